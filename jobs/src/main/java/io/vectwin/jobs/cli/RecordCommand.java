package io.vectwin.jobs.cli;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.ingest.recording.RecordingFileException;
import io.vectwin.ingest.recording.RecordingWriter;
import io.vectwin.ingest.recording.SimulatorRecorder;
import io.vectwin.ingest.recording.TopicNames;
import io.vectwin.ingest.recording.TopicRecorder;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.ingest.sim.SimulatorCounters;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.twin.TwinDecider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin record}: writes telemetry and task requests into a recording (an Avro container
 * file of {@code RecordedEvent}s) — from the simulator, in simulated time, or from the topics of a
 * running Kafka cluster ({@code --from-topic}). {@code vectwin replay} plays it back; the LSTM
 * training reads it.
 */
@Command(
        name = "record",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Records telemetry and task requests into an Avro container file. From the simulator (default):"
                + " --seconds of simulated time, as fast as the machine goes, each task decided by the twin's greedy"
                + " policy on the telemetry of its slot so that node CPU and queues carry real load (--undecided leaves"
                + " them idle). With --from-topic: what arrives on vec.telemetry and vec.tasks of a Kafka cluster"
                + " during --seconds of wall-clock time, stamped with the Kafka record timestamps.")
public final class RecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ClientConfigOption clientConfig;

    @Option(names = "--out", paramLabel = "FILE.avro", required = true, description = "The recording to write (replaced if it exists).")
    Path out;

    @Option(names = "--undecided", description = "Simulator: leave every task undecided (nodes never get work).")
    boolean undecided;

    @Option(names = "--from-topic", description = "Record the topics of a running Kafka cluster instead of the simulator.")
    boolean fromTopic;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "With --from-topic: the cluster's bootstrap servers.")
    String bootstrap;

    @Option(names = "--from-beginning", description = "With --from-topic: start with what the topics already hold"
            + " (default: only what is produced from now on).")
    boolean fromBeginning;

    @Override
    public Integer call() {
        if (fromTopic) {
            return recordTopics();
        }
        for (String topicOnly : new String[] {"--bootstrap", "--from-beginning", "--client-config"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(topicOnly)) {
                throw new InvalidArgumentException(spec, topicOnly, "", "only applies with --from-topic");
            }
        }
        return recordSimulator();
    }

    private int recordSimulator() {
        SimulatorConfig sim = scenario.apply(SimulatorConfig.defaults(), spec).withRealTime(false);
        SimulatorRecorder.TaskDecider decider = undecided ? SimulatorRecorder.TaskDecider.UNDECIDED : greedyTwinDecider(sim);
        SimulatorRecorder recorder = new SimulatorRecorder(sim, System.currentTimeMillis(), decider);
        Map<String, String> metadata = new LinkedHashMap<>(recorder.metadata());
        metadata.put("decided-by", undecided ? "nobody (undecided)" : "greedy");
        metadata.put("vectwin-version", VectwinVersion.projectVersion());
        long start = System.nanoTime();
        SimulatorCounters c;
        long records;
        try (RecordingWriter writer = create(metadata)) {
            c = recorder.record(writer);
            records = writer.count();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "recorded %d records (%d telemetry, %d task requests with %d subtasks) of %.2f s simulated"
                + " (%d slots, V=%d U=%d B=%d, seed %d, profile %s) into %s in %.1f s; %.1f %% of subtasks met their"
                + " deadline%n", records, c.telemetryRecords(), c.taskRequests(), c.subtasksRequested(),
                c.slots() * sim.slotSeconds(), c.slots(), sim.vehicles(), sim.uavs(), sim.baseStations(), sim.seed(),
                sim.profile().cliName(), out, (System.nanoTime() - start) / 1e9, 100 * c.deadlineMetFraction());
        return VectwinCli.EXIT_OK;
    }

    /** The twin job's own decider (greedy, this scenario's parameters), deciding at the task's event time. */
    private static SimulatorRecorder.TaskDecider greedyTwinDecider(SimulatorConfig sim) {
        TwinDecider decider = TwinDecider.create(TwinJobConfig.defaults("unused").withProfile(sim.profile())
                .withCounts(sim.vehicles(), sim.uavs(), sim.baseStations()).withPolicy("greedy"));
        return (vehicle, nodes, task) -> decider.decide(vehicle, nodes, List.of(), task, task.getCreatedAtMillis(),
                task.getCreatedAtMillis(), task::getCreatedAtMillis);
    }

    private int recordTopics() {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new InvalidArgumentException(spec, "--bootstrap", "", "required with --from-topic");
        }
        if (scenario.seconds <= 0) {
            throw new InvalidArgumentException(spec, "--seconds", Double.toString(scenario.seconds), "must be > 0");
        }
        Map<String, String> client = clientConfig.properties(spec);
        TopicNames topics = TopicNames.defaults();
        TopicRecorder recorder = new TopicRecorder(KafkaClientProperties.consumer(bootstrap, "vectwin-record-" + ProcessHandle.current().pid(),
                client), topics, fromBeginning ? TopicRecorder.StartAt.EARLIEST : TopicRecorder.StartAt.LATEST);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("source", "topic");
        metadata.put("bootstrap", bootstrap);
        metadata.put("topics", topics.telemetry() + "," + topics.tasks());
        metadata.put("start", fromBeginning ? "earliest" : "latest");
        metadata.put("vectwin-version", VectwinVersion.projectVersion());
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "recording %s and %s from %s for %.0f s into %s%n", topics.telemetry(), topics.tasks(), bootstrap,
                scenario.seconds, out);
        o.flush();
        TopicRecorder.Result r;
        long records;
        try (StopOnShutdown hook = new StopOnShutdown(recorder::stop);
                RecordingWriter writer = create(metadata)) {
            r = recorder.record(writer, Duration.ofNanos((long) (scenario.seconds * 1e9)));
            records = writer.count();
        }
        o.printf(Locale.ROOT, "recorded %d records (%d telemetry, %d task requests) into %s; %d rejected (undecodable)%s%n",
                records, r.telemetry(), r.tasks(), out, r.rejected(),
                r.rejected() == 0 ? "" : ", first: " + r.firstRejection());
        return VectwinCli.EXIT_OK;
    }

    private RecordingWriter create(Map<String, String> metadata) {
        try {
            return RecordingWriter.create(out, metadata);
        } catch (RecordingFileException e) {
            throw new InvalidArgumentException(spec, "--out", out.toString(), e.getMessage());
        }
    }

    /**
     * Stops a long recording or replay cleanly on Ctrl-C: the hook asks the loop to stop and waits
     * (briefly) for the command to close its file and print its last line, so that an interrupted
     * recording is still a whole file.
     */
    static final class StopOnShutdown implements AutoCloseable {
        private static final long FINISH_WAIT_SECONDS = 10;
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Thread hook;

        StopOnShutdown(Runnable stop) {
            hook = new Thread(() -> {
                stop.run();
                try {
                    finished.await(FINISH_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "vectwin-stop-on-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has been let go above
            }
        }
    }
}

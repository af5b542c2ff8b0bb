package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.ingest.recording.KafkaReplayTarget;
import io.vectwin.ingest.recording.RecordingReader;
import io.vectwin.ingest.recording.RecordingWriter;
import io.vectwin.ingest.recording.Replayer;
import io.vectwin.ingest.recording.SimulatorRecorder;
import io.vectwin.ingest.recording.TopicNames;
import io.vectwin.ingest.recording.TopicRecorder;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.config.TwinJobConfig.DecisionAlignment;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.local.EmbeddedPipeline;
import io.vectwin.jobs.twin.TwinDecider;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.RecordedEvent;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Record and replay on real parts, one broker and one MiniCluster for the class (the embedded
 * pipeline without its simulator): a short simulator recording is replayed twice at maximum speed
 * into the twin job deciding greedily as of event time, and the two runs' decisions are compared;
 * and the recording is replayed verbatim to two other topics, recorded from them, and compared with
 * the original.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordReplayIntegrationTest {

    private static final Path DIR = Path.of("target", "record-replay-it");
    private static final TopicNames ROUND_TRIP = new TopicNames("roundtrip.telemetry", "roundtrip.tasks");

    private EmbeddedPipeline pipeline;
    private Path recording;
    private long subtasksPerRun;
    private long secondRunStart;

    @BeforeAll
    void recordAndStart() throws Exception {
        Files.createDirectories(DIR);
        SimulatorConfig sim = SimulatorConfig.defaults().withCounts(5, 2, 2).withSeed(11).withTasksPerVehiclePerSecond(10)
                .withDurationSeconds(3);
        TwinDecider greedy = TwinDecider.create(TwinJobConfig.defaults("unused").withCounts(5, 2, 2));
        SimulatorRecorder recorder = new SimulatorRecorder(sim, 1_700_000_000_000L, (vehicle, nodes, task) ->
                greedy.decide(vehicle, nodes, List.of(), task, task.getCreatedAtMillis(), task.getCreatedAtMillis(),
                        task::getCreatedAtMillis));
        recording = DIR.resolve("sim.avro");
        try (RecordingWriter w = RecordingWriter.create(recording, recorder.metadata())) {
            subtasksPerRun = recorder.record(w).subtasksRequested();
        }

        // twin wait 10 s: a task is decided on incomplete state only after two waits (20 s), which a job
        // on a loaded 2-core machine must never lag by, or determinism would hang on thread timing
        TwinJobConfig job = TwinJobConfig.defaults("set-by-pipeline").withCounts(5, 2, 2)
                .withDecisionAlignment(DecisionAlignment.EVENT_TIME).withTwinWait(Duration.ofSeconds(10));
        pipeline = EmbeddedPipeline.start(new EmbeddedPipeline.Options(job, null, 1, false, Path.of("target", "flink-tmp")));
        Topics.create(pipeline.bootstrapServers(), 1, List.of(ROUND_TRIP.telemetry(), ROUND_TRIP.tasks()));

        long firstRunStart = System.currentTimeMillis();
        replay(Replayer.Options.defaults().withSpeed(Replayer.MAX_SPEED).withRebase(true));
        awaitDecisions(subtasksPerRun);
        // the second run's rebased times must start after the first run's last one
        long span = 3_000;
        Thread.sleep(Math.max(0, firstRunStart + span + 500 - System.currentTimeMillis()));
        secondRunStart = System.currentTimeMillis();
        replay(Replayer.Options.defaults().withSpeed(Replayer.MAX_SPEED).withRebase(true));
        awaitDecisions(2 * subtasksPerRun);
    }

    private Replayer.Result replay(Replayer.Options options) {
        try (Replayer r = new Replayer(List.of(recording), options);
                KafkaReplayTarget target = new KafkaReplayTarget(
                        KafkaClientProperties.producer(pipeline.bootstrapServers(), "test-replay"))) {
            Replayer.Result result = r.replay(target, System::currentTimeMillis, p -> { });
            assertThat(target.failures()).isZero();
            return result;
        }
    }

    private void awaitDecisions(long n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (pipeline.monitor().stats("").decisions() < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void replayingTheSameFileTwiceGivesTheSameDecisions() {
        AvroSingleObjectSerde<OffloadingDecision> serde = AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
        List<OffloadingDecision> all = TopicReader.readAll(pipeline.bootstrapServers(), Topics.DECISIONS).stream()
                .map(r -> serde.decode(r.value())).toList();
        Map<String, String> first = targets(all.stream().filter(d -> d.getRequestCreatedAtMillis() < secondRunStart).toList());
        Map<String, String> second = targets(all.stream().filter(d -> d.getRequestCreatedAtMillis() >= secondRunStart).toList());

        assertThat(subtasksPerRun).isGreaterThan(50);
        assertThat(first).hasSize((int) subtasksPerRun);
        assertThat(second).hasSameSizeAs(first);
        List<String> differing = first.keySet().stream().filter(k -> !first.get(k).equals(second.get(k)))
                .map(k -> k + ": " + first.get(k) + " then " + second.get(k)).toList();
        assertThat(differing).as("decisions that differ between the two replays").isEmpty();
        // not a trivial agreement: the decisions spread over several nodes
        assertThat(first.values().stream().map(t -> t.split(" ")[0]).distinct().count()).isGreaterThan(1);
    }

    /** "vehicle task#subtask" → "firstHop > forwarding… > processingNode"; a duplicate delivery must agree. */
    private static Map<String, String> targets(List<OffloadingDecision> decisions) {
        Map<String, String> out = new TreeMap<>();
        for (OffloadingDecision d : decisions) {
            List<String> path = new ArrayList<>();
            path.add(d.getFirstHop());
            path.addAll(d.getForwardingPath());
            String target = String.join(" > ", path) + " = " + d.getProcessingNode();
            String previous = out.put(d.getVehicleId() + " " + d.getTaskId() + "#" + d.getSubtaskIndex(), target);
            assertThat(previous).as("duplicate decision for %s#%d", d.getTaskId(), d.getSubtaskIndex()).isIn(null, target);
        }
        return out;
    }

    @Test
    void recordReplayRecordGivesBackTheSameRecords() throws Exception {
        Replayer.Result sent = replay(Replayer.Options.defaults().withSpeed(Replayer.MAX_SPEED).withTopics(ROUND_TRIP));
        Path again = DIR.resolve("again.avro");
        TopicRecorder.Result r;
        try (RecordingWriter w = RecordingWriter.create(again, Map.of("source", "topic"))) {
            r = new TopicRecorder(KafkaClientProperties.consumer(pipeline.bootstrapServers(), "test-recorder"), ROUND_TRIP,
                    TopicRecorder.StartAt.EARLIEST).record(w, Duration.ofSeconds(3));
        }
        assertThat(r.rejected()).isZero();
        assertThat(r.recorded()).isEqualTo(sent.records());

        List<RecordedEvent> original = read(recording);
        List<RecordedEvent> roundTrip = read(again);
        for (String topic : List.of("vec.telemetry", "vec.tasks")) {
            // each topic has one partition, so its order survives; the interleaving of the two topics need not
            assertThat(onTopic(roundTrip, topic)).isEqualTo(onTopic(original, topic));
        }
    }

    private static List<RecordedEvent> read(Path file) {
        try (RecordingReader r = RecordingReader.open(file)) {
            List<RecordedEvent> out = new ArrayList<>();
            r.forEach(out::add);
            return out;
        }
    }

    /** Timestamp and payload of each record on {@code topic}, in order. */
    private static List<String> onTopic(List<RecordedEvent> events, String topic) {
        return events.stream().filter(e -> e.getTopic().equals(topic))
                .map(e -> e.getRecordedAtMillis() + " " + e.getPayload()).collect(Collectors.toList());
    }
}

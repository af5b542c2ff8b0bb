package io.vectwin.jobs.cli;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.ingest.recording.KafkaReplayTarget;
import io.vectwin.ingest.recording.RecordingFileException;
import io.vectwin.ingest.recording.Replayer;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.config.TwinJobConfig.DecisionAlignment;
import io.vectwin.jobs.local.EmbeddedPipeline;
import io.vectwin.jobs.local.PipelineStats;
import io.vectwin.model.params.Profile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vectwin replay}: plays recordings back into {@code vec.telemetry} / {@code vec.tasks}
 * with their relative timing (scaled by {@code --speed}), either into a running Kafka cluster
 * ({@code --kafka}) or, by default, into the embedded pipeline of {@code vectwin demo} (broker,
 * twin job on a MiniCluster, decision monitor; no simulator), whose summary it prints at the end.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Replays recordings (from 'vectwin record') into vec.telemetry and vec.tasks, keeping the recorded"
                + " gaps between records divided by --speed, file after file (--loop: again and again until"
                + " interrupted). Event times are shifted so the replay looks live (--no-rebase: sent as recorded)."
                + " Without --kafka the records go to the embedded pipeline of 'vectwin demo' (no simulator), whose"
                + " twin job decides each task as of its event time, so that replaying a file twice gives the same"
                + " decisions. Prints progress every second and the number of records sent and the achieved rate.")
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Recordings, replayed in this order.")
    List<Path> files;

    @Option(names = "--speed", paramLabel = "1|10|max", defaultValue = "1", converter = SpeedConverter.class,
            description = "Time compression: 1 = as recorded, 10 = ten times faster, max = no waiting (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--loop", description = "Replay the files again and again until interrupted (Ctrl-C).")
    boolean loop;

    @Option(names = "--no-rebase", negatable = true, defaultValue = "true",
            description = "Shift event times so that the replay starts now (default: on; later passes also renumber"
                    + " telemetry and rename tasks).")
    boolean rebase;

    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Replay into this Kafka cluster (its topics must exist) instead of the embedded pipeline.")
    String kafka;

    @Mixin
    TwinOptions twinOptions;

    @Mixin
    ClientConfigOption clientConfig;

    @Mixin
    PolicyOptions policyOptions;


    @Option(names = "--alignment", paramLabel = "arrival|event-time", defaultValue = "event-time",
            converter = AlignmentConverter.class,
            description = "Embedded pipeline: decide each task as of its event time (same decisions on every replay) or"
                    + " on arrival (default: ${DEFAULT-VALUE}).")
    DecisionAlignment alignment;

    @Option(names = "--job-config", paramLabel = "FILE", description = "Embedded pipeline: properties overriding the twin job's"
            + " settings (as for demo).")
    Path jobConfig;

    @Option(names = "--partitions", defaultValue = "1", converter = ArgumentConverters.PositiveInteger.class,
            description = "Embedded pipeline: partitions per topic (default: ${DEFAULT-VALUE}: one partition keeps each"
                    + " topic in recorded order, which event-time alignment needs at --speed max).")
    int partitions;

    @Option(names = "--drain", paramLabel = "S", defaultValue = "10", converter = ArgumentConverters.NonNegativeNumber.class,
            description = "Embedded pipeline: longest wait for the last decisions after the replay (default: ${DEFAULT-VALUE}).")
    double drain;

    @Option(names = "--web-ui", description = "Embedded pipeline: serve the Flink Web UI on http://127.0.0.1:8081.")
    boolean webUi;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Embedded pipeline: also write the summary as JSON.")
    Path summaryJson;

    @Override
    public Integer call() throws Exception {
        Replayer.Options options = Replayer.Options.defaults().withSpeed(speed).withRebase(rebase)
                .withPasses(loop ? Replayer.FOREVER : 1);
        // a missing, empty, foreign or corrupt file fails here, before anything starts, as one line naming it
        try (Replayer replayer = new Replayer(files, options)) {
            if (kafka != null) {
                replayInto(replayer, kafka, clientConfig.properties(spec));
                return VectwinCli.EXIT_OK;
            }
            return replayIntoEmbeddedPipeline(replayer);
        }
    }

    private int replayIntoEmbeddedPipeline(Replayer replayer) throws Exception {
        TwinJobConfig job = embeddedJobConfig(replayer.firstMetadata());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "vectwin replay: %d file(s), %d records per pass, into the embedded pipeline (policy %s,"
                + " profile %s, decisions aligned on %s)%n", files.size(), replayer.recordsPerPass(), job.policy(),
                job.profile().cliName(), job.decisionAlignment().configName());
        out.flush();
        Path tmp = Files.createTempDirectory("vectwin-replay");
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(new EmbeddedPipeline.Options(job, null, partitions, webUi, tmp))) {
            out.println("kafka " + pipeline.bootstrapServers() + (webUi ? ", Flink Web UI http://127.0.0.1:8081" : ""));
            replayInto(replayer, pipeline.bootstrapServers(), Map.of());
            long deadline = System.nanoTime() + (long) (drain * 1e9);
            while (System.nanoTime() < deadline && !pipeline.monitor().allDecided()) {
                Thread.sleep(50);
            }
            PipelineStats s = pipeline.finish(Duration.ZERO);
            out.println(s.summaryLine("", "no simulator: nothing executes replayed decisions"));
            if (summaryJson != null) {
                s.writeJson(summaryJson);
                out.println("wrote " + summaryJson);
            }
        }
        return VectwinCli.EXIT_OK;
    }

    /** The demo's job settings, with the recording's scenario (profile, counts) where its header has it. */
    private TwinJobConfig embeddedJobConfig(Map<String, String> metadata) {
        TwinJobConfig job = twinOptions.apply(policyOptions.apply(TwinJobConfig.defaults("set-by-the-pipeline"))
                .withDecisionAlignment(alignment), spec);
        try {
            if (metadata.containsKey("profile")) {
                job = job.withProfile(Profile.parse(metadata.get("profile")));
            }
            if (metadata.containsKey("vehicles") && metadata.containsKey("uavs") && metadata.containsKey("base-stations")) {
                job = job.withCounts(Integer.parseInt(metadata.get("vehicles")), Integer.parseInt(metadata.get("uavs")),
                        Integer.parseInt(metadata.get("base-stations")));
            }
        } catch (IllegalArgumentException e) {
            throw new RecordingFileException(files.get(0), "header metadata describes no valid scenario: " + e.getMessage(), e);
        }
        return JobSettings.finish(job, jobConfig, spec);
    }

    private void replayInto(Replayer replayer, String bootstrap, Map<String, String> client) {
        ProgressLine bar = ProgressLine.forConsole(spec.commandLine().getOut());
        Replayer.Result r;
        long failures;
        String firstFailure;
        Map<String, String> producer = new LinkedHashMap<>();
        // as fast as possible: let the producer batch (one record per request caps a replay near 1 500 records/s);
        // at a finite speed records go out one by one, on time
        producer.put(ProducerConfig.LINGER_MS_CONFIG, speed == Replayer.MAX_SPEED ? "5" : "0");
        producer.putAll(client);
        try (KafkaReplayTarget target = new KafkaReplayTarget(KafkaClientProperties.producer(bootstrap, "vectwin-replay", producer));
                RecordCommand.StopOnShutdown hook = new RecordCommand.StopOnShutdown(replayer::stop)) {
            r = replayer.replay(target, System::currentTimeMillis, p -> {
                String detail = String.format(Locale.ROOT, "%d records  %.0f records/s", p.sent(), p.ratePerSecond());
                if (p.total() > 0) {
                    bar.update("replay", p.sent(), p.total(), detail);
                } else { // --loop: the bar shows the pass under way
                    bar.update("replay pass " + (p.passesCompleted() + 1), Math.round(1000 * p.passFraction()), 1000, detail);
                }
            });
            failures = target.failures();
            firstFailure = target.firstFailure();
        }
        bar.finish(String.format(Locale.ROOT, "replayed %d records (%d telemetry, %d task requests, %d pass%s) to %s in %.2f s:"
                + " %.0f records/s (speed %s)%s%s", r.records(), r.telemetry(), r.tasks(), r.passes(),
                r.passes() == 1 ? "" : "es", bootstrap, r.elapsedSeconds(), r.ratePerSecond(),
                speed == Replayer.MAX_SPEED ? "max" : NumberText.exact(speed), r.stopped() ? ", stopped early" : "",
                failures == 0 ? "" : "; " + failures + " failed to send, first: " + firstFailure));
        if (failures > 0) {
            throw new IllegalStateException(failures + " of " + r.records() + " records could not be sent: " + firstFailure);
        }
    }

    /** {@code max}, or a number &gt; 0. */
    static final class SpeedConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            if (text.strip().equalsIgnoreCase("max")) {
                return Replayer.MAX_SPEED;
            }
            double v = ArgumentConverters.finiteNumber(text);
            if (v <= 0) {
                throw new TypeConversionException("'" + text + "' is not a speed (a number > 0, or max)");
            }
            return v;
        }
    }

    static final class AlignmentConverter extends ArgumentConverters.Parsing<DecisionAlignment> {
        public AlignmentConverter() {
            super(DecisionAlignment::parse);
        }
    }
}

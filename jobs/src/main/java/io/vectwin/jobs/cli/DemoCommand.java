package io.vectwin.jobs.cli;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.ingest.sim.SimulatorCounters;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.local.EmbeddedPipeline;
import io.vectwin.jobs.local.PipelineStats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin demo}: the whole twin loop on this machine — an in-process Kafka broker, the twin
 * job on a Flink MiniCluster, and the simulator in real time — with a progress line every few
 * seconds and a final summary.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Runs the digital-twin loop end to end on this machine: an embedded Kafka broker (KRaft, "
                + "loopback), the twin decision job on a Flink MiniCluster, and the physical-world simulator in "
                + "real time (one slot every 20 ms). Prints decisions/s, decision latency p50/p99 (request created "
                + "to decision consumed), deadline hit rate and dead letters every --every seconds, then a "
                + "summary.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--partitions", defaultValue = "2", converter = PositiveInteger.class,
            description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--exactly-once", description = "Transactional decision sink (default: at-least-once).")
    boolean exactlyOnce;

    @Option(names = "--no-web-ui", negatable = true, defaultValue = "true",
            description = "Serve the Flink Web UI on http://127.0.0.1:8081 (default: on).")
    boolean webUi;

    @Option(names = "--every", paramLabel = "S", defaultValue = "5", converter = NonNegativeNumber.class,
            description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
    double every;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10", converter = NonNegativeNumber.class,
            description = "Seconds after which the latency percentiles restart, so the summary describes the steady"
                    + " state rather than JIT and start-up (default: ${DEFAULT-VALUE}; counts always cover the whole run).")
    double warmup;


    @Mixin
    TwinOptions twinOptions;

    @Option(names = "--job-config", paramLabel = "FILE",
            description = "Properties file overriding the twin job's settings (keys: bootstrap-independent tuning such as"
                    + " buffer.timeout.ms, sink.linger.ms, checkpoint.interval.ms, max.out.of.orderness.ms, vehicle.ttl.ms, history.length,"
                    + " twin.wait.ms, parallelism, policy, seed, exactly.once; see docs/PIPELINE.md).")
    Path jobConfig;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Also write the final summary as JSON.")
    Path summaryJson;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SimulatorConfig sim = scenario.apply(SimulatorConfig.defaults(), spec).withRealTime(true);
        TwinJobConfig job = policyOptions.apply(TwinJobConfig.defaults("set-by-the-pipeline").withProfile(sim.profile())
                .withCounts(sim.vehicles(), sim.uavs(), sim.baseStations()).withExactlyOnce(exactlyOnce));
        job = twinOptions.apply(job, spec);
        job = JobSettings.finish(job, jobConfig, spec);
        String policy = job.policy();
        double seconds = scenario.seconds;
        Path tmp = Files.createTempDirectory("vectwin-demo");
        out.printf(Locale.ROOT, "vectwin demo: V=%d U=%d B=%d, policy %s, profile %s, twin %s, %.0f s%n", sim.vehicles(),
                sim.uavs(), sim.baseStations(), policy, sim.profile().cliName(),
                job.twin().view().name().toLowerCase(Locale.ROOT), seconds);
        out.flush();
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(new EmbeddedPipeline.Options(job, sim, partitions, webUi, tmp))) {
            out.println("kafka " + pipeline.bootstrapServers() + (webUi ? ", Flink Web UI http://127.0.0.1:8081" : ""));
            out.flush();
            long start = System.nanoTime();
            long lastDecisions = 0;
            // never let the warm-up eat more than half of a short run
            double warmupSeconds = Math.min(warmup, seconds / 2);
            long warmEnd = start + (long) (warmupSeconds * 1e9);
            boolean warm = warmupSeconds <= 0;
            long end = start + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                long now = System.nanoTime();
                long nextStop = Math.min(end, warm ? Long.MAX_VALUE : warmEnd);
                Thread.sleep((long) Math.max(100, Math.min(every * 1000, (nextStop - now) / 1e6)));
                PipelineStats s = pipeline.monitor().stats(policy);
                double[] window = pipeline.monitor().windowPercentilesMs();
                double elapsed = (System.nanoTime() - start) / 1e9;
                double[] stages = pipeline.monitor().stageMediansMs();
                out.printf(Locale.ROOT, "t=%5.1fs decisions/s %7.0f  latency p50 %6.1f ms p99 %6.1f ms  deadline hit %5.1f %%  dead letters %d  (median to twin %.1f, decide %.1f, deliver %.1f ms)%n",
                        elapsed, (s.decisions() - lastDecisions) / Math.max(every, 0.1), window[0], window[1],
                        100 * s.deadlineHitRate(), s.deadLetters(), stages[0], stages[1], stages[2]);
                out.flush();
                lastDecisions = s.decisions();
                if (!warm && System.nanoTime() >= warmEnd) {
                    pipeline.monitor().resetLatencies();
                    warm = true;
                    out.printf(Locale.ROOT, "warm-up of %.1f s over: latency percentiles restart%n", warmupSeconds);
                }
            }
            PipelineStats summary = pipeline.finish(Duration.ofSeconds(5));
            SimulatorCounters c = pipeline.simulatorCounters();
            out.println(summary.summaryLine(
                    warmupSeconds > 0 ? String.format(Locale.ROOT, " after the %.1f s warm-up", warmupSeconds) : "",
                    String.format(Locale.ROOT, "simulator: %d slots, %d late and %d rejected decisions", c.slots(),
                            c.lateDecisions(), c.rejectedDecisions())));
            if (summaryJson != null) {
                summary.writeJson(summaryJson);
                out.println("wrote " + summaryJson);
            }
        }
        return VectwinCli.EXIT_OK;
    }
}

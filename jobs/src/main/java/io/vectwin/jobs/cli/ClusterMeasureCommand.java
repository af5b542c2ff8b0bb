package io.vectwin.jobs.cli;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cluster.ClusterState;
import io.vectwin.jobs.cluster.DecisionRateMeasurement;
import io.vectwin.jobs.cluster.ScalingReport;
import io.vectwin.jobs.config.TwinJobConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vectwin cluster measure}: decisions/s on the cluster of --dir per parallelism, into docs/SCALING.md. */
@Command(
        name = "measure",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Measures decisions/s of the twin job on the running cluster of --dir, once per --parallelism:"
                + " the job on fresh topics, the simulator in fast mode in this JVM, --warmup seconds, then --seconds"
                + " counted. Rewrites the marked section of --doc with the figures.")
public final class ClusterMeasureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ClusterCommand.DEFAULT_DIR,
            description = "Cluster directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--parallelism", paramLabel = "P[,P...]", split = ",", defaultValue = "1,2",
            converter = PositiveInteger.class, description = "Parallelisms to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> parallelisms;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10", converter = NonNegativeNumber.class,
            description = "Seconds of load before counting starts, per parallelism (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--max-wait-ms", paramLabel = "MS", defaultValue = "2000", converter = PositiveInteger.class,
            description = "Longest wait of the simulator for a slot's decisions (default: ${DEFAULT-VALUE}); long, so that"
                    + " a busy job is measured by its throughput rather than by slots closed without their decisions.")
    int maxWaitMs;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--job-config", paramLabel = "FILE", description = "Properties file overriding the twin job's settings.")
    Path jobConfig;

    @Option(names = "--doc", paramLabel = "FILE", defaultValue = "docs/SCALING.md",
            description = "Markdown file whose <!-- cluster-measure:begin/end --> section gets the figures"
                    + " (default: ${DEFAULT-VALUE}).")
    Path doc;

    @Override
    public Integer call() throws Exception {
        if (scenario.seconds <= 0) {
            throw new InvalidArgumentException(spec, "--seconds", "0", "must be > 0: decisions are counted over it");
        }
        try {
            ScalingReport.checkWritable(doc);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, "--doc", doc.toString(), e.getMessage());
        }
        ClusterState cluster = ClusterSubmitCommand.runningCluster(spec, dir);
        int slots = cluster.layout().totalSlots();
        for (int p : parallelisms) {
            if (p > slots) {
                throw new InvalidArgumentException(spec, "--parallelism", Integer.toString(p),
                        "the cluster has only " + slots + " task slots");
            }
        }
        SimulatorConfig sim = scenario.apply(SimulatorConfig.defaults(), spec)
                .withFastModeMaxWait(Duration.ofMillis(maxWaitMs));
        TwinJobConfig job = policyOptions.apply(TwinJobConfig.defaults(cluster.bootstrapServers()))
                .withProfile(sim.profile()).withCounts(sim.vehicles(), sim.uavs(), sim.baseStations())
                .withCheckpointInterval(ClusterSubmitCommand.CHECKPOINT_INTERVAL).withTwinWait(Duration.ofSeconds(30));
        job = JobSettings.finish(job, jobConfig, spec);
        PrintWriter out = spec.commandLine().getOut();
        List<DecisionRateMeasurement.Result> results = DecisionRateMeasurement.run(cluster,
                new DecisionRateMeasurement.Settings(parallelisms, seconds(warmup), seconds(scenario.seconds), sim, job),
                line -> {
                    out.println(line);
                    out.flush();
                });
        String load = String.format(Locale.ROOT, "%d vehicles, %d UAVs, %d base stations, %s tasks/vehicle/s, %s profile",
                sim.vehicles(), sim.uavs(), sim.baseStations(), NumberText.exact(sim.tasksPerVehiclePerSecond()),
                sim.profile().cliName());
        String body = ScalingReport.render(results, new ScalingReport.Context(Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), cluster.layout(), load,
                job.policy(), maxWaitMs / 1000.0, warmup, scenario.seconds, sim.slotSeconds(), commandLine()));
        ScalingReport.write(doc, body);
        out.print(body);
        out.println("wrote " + doc);
        return VectwinCli.EXIT_OK;
    }

    private String commandLine() {
        // picocli keeps the whole command line, "cluster measure" included, in every level's parse result
        return "bin/vectwin " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}

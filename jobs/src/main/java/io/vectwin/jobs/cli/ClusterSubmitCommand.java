package io.vectwin.jobs.cli;

import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cluster.ClusterJobs;
import io.vectwin.jobs.cluster.ClusterState;
import io.vectwin.jobs.cluster.FlinkRest;
import io.vectwin.jobs.cluster.LocalCluster;
import io.vectwin.jobs.config.TwinJobConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vectwin cluster submit}: the twin job onto the cluster of --dir, through its REST port. */
@Command(
        name = "submit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Submits the twin decision job to the cluster of --dir through Flink's REST API, on the cluster's"
                + " Kafka broker and the vectwin topics, with checkpoints (restarts resume from the last one); returns"
                + " once every subtask runs and prints on which TaskManagers.")
public final class ClusterSubmitCommand implements Callable<Integer> {

    /** Checkpoints every few seconds, so a restart after a lost TaskManager replays little. */
    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(3);

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ClusterCommand.DEFAULT_DIR,
            description = "Cluster directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "2", converter = PositiveInteger.class,
            description = "Parallelism of every operator; overrides the --job-config file (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Mixin
    PolicyOptions policyOptions;


    @Mixin
    TwinOptions twinOptions;

    @Option(names = "--job-config", paramLabel = "FILE",
            description = "Properties file overriding the twin job's settings (see docs/PIPELINE.md); checkpoints"
                    + " default to every 3 s here.")
    Path jobConfig;

    @Override
    public Integer call() throws Exception {
        ClusterState cluster = runningCluster(spec, dir);
        TwinJobConfig job = jobConfig(spec, cluster, policyOptions, twinOptions, jobConfig, parallelism);
        JobClient client = ClusterJobs.submit(cluster, job, TwinDecisionJob.KafkaTopics.defaults());
        List<FlinkRest.Subtask> subtasks = ClusterJobs.awaitAllRunning(new FlinkRest(cluster.restUrl()),
                client.getJobID(), Duration.ofSeconds(90));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("twin job %s (%s policy, parallelism %d) runs on %s: %d subtasks%n", client.getJobID(), job.policy(),
                job.parallelism(), new TreeSet<>(subtasks.stream().map(FlinkRest.Subtask::taskManagerId).toList()),
                subtasks.size());
        out.printf("Web UI %s/#/job/running/%s; run the physical world with: bin/vectwin simulate --bootstrap %s%n",
                cluster.restUrl(), client.getJobID(), cluster.bootstrapServers());
        return VectwinCli.EXIT_OK;
    }

    /** The running cluster of {@code dir}; a missing or dead one is a bad --dir. */
    static ClusterState runningCluster(CommandSpec spec, Path dir) {
        try {
            return LocalCluster.running(dir);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, "--dir", dir.toString(), e.getMessage());
        }
    }

    /**
     * The job's settings on the cluster's broker: checkpoints every {@link #CHECKPOINT_INTERVAL}, the
     * policy and twin switches, the --job-config file, then {@code parallelism}, which must fit the slots.
     */
    static TwinJobConfig jobConfig(CommandSpec spec, ClusterState cluster, PolicyOptions policyOptions,
            TwinOptions twinOptions, Path jobConfig, int parallelism) {
        int slots = cluster.layout().totalSlots();
        if (parallelism > slots) {
            throw new InvalidArgumentException(spec, "--parallelism", Integer.toString(parallelism),
                    "the cluster has only " + slots + " task slots");
        }
        TwinJobConfig job = policyOptions.apply(TwinJobConfig.defaults(cluster.bootstrapServers()))
                .withCheckpointInterval(CHECKPOINT_INTERVAL)
                // a slow start on a busy machine must not dead-letter the first tasks (their vehicles not yet seen)
                .withTwinWait(Duration.ofSeconds(30));
        job = twinOptions.apply(job, spec);
        job = JobSettings.finish(job, jobConfig, spec);
        return job.withBootstrapServers(cluster.bootstrapServers()).toBuilder().parallelism(parallelism).build();
    }
}

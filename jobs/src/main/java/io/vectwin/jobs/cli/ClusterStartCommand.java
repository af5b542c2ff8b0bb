package io.vectwin.jobs.cli;

import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cluster.ClusterLayout;
import io.vectwin.jobs.cluster.ClusterState;
import io.vectwin.jobs.cluster.LocalCluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vectwin cluster start}: the broker, JobManager and TaskManager JVMs; returns once they are ready. */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Starts a Kafka broker, a Flink JobManager and TaskManagers as separate JVMs on loopback, with "
                + "the vectwin topics created; returns once Flink reports every TaskManager and slot. Logs, "
                + "configuration, checkpoints and the state file (pids, ports) go into --dir.")
public final class ClusterStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ClusterCommand.DEFAULT_DIR,
            description = "Cluster directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--task-managers", paramLabel = "N", defaultValue = "2", converter = PositiveInteger.class,
            description = "TaskManager JVMs (default: ${DEFAULT-VALUE}).")
    int taskManagers;

    @Option(names = "--slots", paramLabel = "N", defaultValue = "2", converter = PositiveInteger.class,
            description = "Task slots per TaskManager (default: ${DEFAULT-VALUE}).")
    int slots;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "4", converter = PositiveInteger.class,
            description = "Partitions of every vectwin topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "120", converter = NonNegativeNumber.class,
            description = "Seconds to wait for the cluster to get ready (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        LocalCluster cluster = LocalCluster.start(new LocalCluster.Options(dir,
                new ClusterLayout(taskManagers, slots, partitions), Duration.ofMillis((long) (timeout * 1000))));
        ClusterState s = cluster.state();
        out.printf("cluster ready in %.1f s in %s%n", (System.nanoTime() - t0) / 1e9, cluster.directory().root());
        for (ClusterState.Member m : s.processes()) {
            out.printf("  %-14s pid %-7d log %s%n", m.role(), m.pid(), m.log());
        }
        out.printf("kafka %s (%d partitions per topic); Flink Web UI and REST %s, %d TaskManagers x %d slots%n",
                s.bootstrapServers(), partitions, s.restUrl(), taskManagers, slots);
        out.printf("next: bin/vectwin cluster submit --dir %s --parallelism 2; then bin/vectwin simulate --bootstrap %s%n",
                dir, s.bootstrapServers());
        return VectwinCli.EXIT_OK;
    }
}

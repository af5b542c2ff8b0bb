package io.vectwin.jobs.cli;

import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cluster.LocalCluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vectwin cluster stop}: stops the processes recorded in the cluster directory's state file. */
@Command(
        name = "stop",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Stops the cluster of --dir: TaskManagers, JobManager, then the Kafka broker (SIGTERM, then a kill"
                + " after --grace seconds). Logs stay in the directory.")
public final class ClusterStopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ClusterCommand.DEFAULT_DIR,
            description = "Cluster directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--grace", paramLabel = "S", defaultValue = "20", converter = NonNegativeNumber.class,
            description = "Seconds a process may take to stop before it is killed (default: ${DEFAULT-VALUE}).")
    double grace;

    @Override
    public Integer call() {
        List<String> report;
        try {
            report = LocalCluster.stop(dir, Duration.ofMillis((long) (grace * 1000)));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, "--dir", dir.toString(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        report.forEach(line -> out.println("  " + line));
        out.println("cluster in " + dir + " stopped");
        return VectwinCli.EXIT_OK;
    }
}

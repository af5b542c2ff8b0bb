package io.vectwin.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin cluster}: a real multi-process cluster on this machine (a Kafka broker JVM, a Flink
 * JobManager and TaskManagers, started from the project's jars), the twin job submitted to it through
 * the REST port, and decisions/s measured on it. See {@link io.vectwin.jobs.cluster.LocalCluster}.
 */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        description = "A multi-process Flink + Kafka cluster on this machine: start, submit the twin job, measure, stop.",
        subcommands = {
            ClusterStartCommand.class,
            ClusterSubmitCommand.class,
            ClusterMeasureCommand.class,
            ClusterStopCommand.class,
        })
public final class ClusterCommand implements Callable<Integer> {

    /** The cluster directory when --dir is not given. */
    static final String DEFAULT_DIR = "target/vectwin-cluster";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (start, submit, measure, stop)");
    }
}

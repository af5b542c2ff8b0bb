package io.vectwin.jobs.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a {@link LocalCluster} keeps everything it needs and writes: the Flink configuration, the
 * processes' argument files and logs, temporary files, checkpoints, the Kafka log and the state
 * file another CLI invocation reads to find (and stop) the processes.
 *
 * @param root the cluster directory, absolute
 */
public record ClusterDirectory(Path root) {

    public ClusterDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** Flink's {@code config.yaml} and the processes' JVM argument files. */
    public Path conf() {
        return root.resolve("conf");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** {@code io.tmp.dirs} and {@code java.io.tmpdir} of every process (Flink writes large files there). */
    public Path tmp() {
        return root.resolve("tmp");
    }

    /** Where checkpoints go ({@code execution.checkpointing.dir}). */
    public Path checkpoints() {
        return root.resolve("checkpoints");
    }

    /** Flink looks for plugins in the working directory's {@code plugins}; an empty one keeps it quiet. */
    public Path plugins() {
        return root.resolve("plugins");
    }

    /** The Kafka broker's log directory. */
    public Path kafkaLog() {
        return root.resolve("kafka");
    }

    /** The broker process writes its bootstrap address here once its topics exist. */
    public Path kafkaBootstrapFile() {
        return root.resolve("kafka-bootstrap.txt");
    }

    /** Pids, roles and ports of the running cluster ({@link ClusterState}). */
    public Path stateFile() {
        return root.resolve("cluster.json");
    }

    /** The log file of a process ({@code kafka}, {@code jobmanager}, {@code taskmanager-1}, ...). */
    public Path log(String role) {
        return logs().resolve(role + ".log");
    }

    /** The JVM argument file ({@code java @FILE}) of a process. */
    public Path argFile(String role) {
        return conf().resolve(role + ".args");
    }

    /** The subdirectories a new cluster starts without (what an earlier run left there). */
    List<Path> generated() {
        return List.of(conf(), logs(), tmp(), checkpoints(), plugins(), kafkaLog(), kafkaBootstrapFile(), stateFile());
    }
}

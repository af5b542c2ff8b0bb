package io.vectwin.jobs.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a started {@link LocalCluster} is made of — its processes (role, pid, argument file, log)
 * and endpoints — as written to {@link ClusterDirectory#stateFile()}, so that a later CLI invocation
 * can submit to it, measure it and stop it.
 *
 * @param directory        the cluster directory
 * @param bootstrapServers Kafka bootstrap servers; empty until the broker is ready
 * @param restPort         the JobManager's REST port (on {@link FlinkClusterConfiguration#HOST})
 * @param layout           TaskManagers, slots, partitions
 * @param processes        in start order: kafka, jobmanager, taskmanager-1, ...
 */
public record ClusterState(String directory, String bootstrapServers, int restPort, ClusterLayout layout,
        List<Member> processes) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One process of the cluster.
     *
     * @param role    kafka, jobmanager, taskmanager-N
     * @param pid     its process id
     * @param argFile the JVM argument file it was started with (it appears in its command line)
     * @param log     its log file
     */
    public record Member(String role, long pid, String argFile, String log) {
        public Member {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(argFile, "argFile");
            Objects.requireNonNull(log, "log");
        }
    }

    public ClusterState {
        Objects.requireNonNull(directory, "directory");
        bootstrapServers = bootstrapServers == null ? "" : bootstrapServers;
        Objects.requireNonNull(layout, "layout");
        processes = List.copyOf(processes);
    }

    /** {@code http://127.0.0.1:<restPort>}. */
    public String restUrl() {
        return "http://" + FlinkClusterConfiguration.HOST + ":" + restPort;
    }

    public Optional<Member> member(String role) {
        return processes.stream().filter(m -> m.role().equals(role)).findFirst();
    }

    ClusterState withBootstrapServers(String servers) {
        return new ClusterState(directory, servers, restPort, layout, processes);
    }

    ClusterState with(Member member) {
        List<Member> all = new ArrayList<>(processes);
        all.add(member);
        return new ClusterState(directory, bootstrapServers, restPort, layout, all);
    }

    /** Writes the state to {@code file} atomically (a reader never sees half a file). */
    public void write(Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cluster state " + file, e);
        }
    }

    /**
     * Reads a state file.
     *
     * @throws IllegalArgumentException if it is missing or not a cluster state, naming the file
     */
    public static ClusterState read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no cluster state (is a cluster started there?)");
        }
        try {
            return JSON.readValue(file.toFile(), ClusterState.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a cluster state: " + e.getMessage(), e);
        }
    }
}

package io.vectwin.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint;
import org.apache.flink.runtime.taskexecutor.TaskManagerRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real multi-process cluster on this machine, started from the Maven jars (no Flink distribution,
 * no Docker): a Kafka broker JVM ({@link KafkaBrokerProcess}), a standalone Flink JobManager
 * ({@link StandaloneSessionClusterEntrypoint}) and TaskManagers ({@link TaskManagerRunner}), each a
 * JVM of its own ({@link ChildJvm}), configured by {@link FlinkClusterConfiguration} in a cluster
 * directory ({@link ClusterDirectory}). Jobs go in through the REST port ({@link ClusterJobs}).
 *
 * <p>{@link #start} returns once the broker serves the vectwin topics and the REST API reports every
 * TaskManager and slot. The processes outlive this object: their pids are in the state file, so that
 * {@link #stop(Path, Duration)} from another invocation finds them; {@link #close()} stops them too.
 */
public final class LocalCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);

    /** How long {@link #start} waits for the broker and the TaskManagers by default. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
    /** How long a process may take to stop after SIGTERM before it is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);

    public static final String KAFKA = "kafka";
    public static final String JOB_MANAGER = "jobmanager";

    /** Heap of the broker JVM: its buffers are small (EmbeddedKafkaBroker's settings). */
    private static final List<String> KAFKA_JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m");
    /** Flink logs at INFO into the process's log file (the CLI's own default is WARN). */
    private static final String FLINK_LOG_LEVEL = "-Dorg.slf4j.simpleLogger.defaultLogLevel=info";

    /**
     * @param directory    the cluster directory (created; what an earlier, stopped cluster left there is removed)
     * @param layout       TaskManagers, slots, partitions
     * @param startTimeout how long to wait for the broker and the TaskManagers
     */
    public record Options(Path directory, ClusterLayout layout, Duration startTimeout) {
        public Options(Path directory, ClusterLayout layout) {
            this(directory, layout, DEFAULT_START_TIMEOUT);
        }
    }

    private final ClusterDirectory dir;
    private final ClusterState state;
    private final Map<String, Process> processes;
    private final FlinkRest rest;

    private LocalCluster(ClusterDirectory dir, ClusterState state, Map<String, Process> processes) {
        this.dir = dir;
        this.state = state;
        this.processes = processes;
        this.rest = new FlinkRest(state.restUrl());
    }

    /**
     * Starts the broker, the JobManager and the TaskManagers, and waits until all are ready.
     *
     * @throws IllegalStateException if a cluster already runs in the directory, or a process fails or
     *                               does not get ready in time (everything started is stopped again)
     */
    public static LocalCluster start(Options options) {
        ClusterDirectory dir = new ClusterDirectory(options.directory());
        refuseIfRunning(dir);
        clean(dir);
        ClusterLayout layout = options.layout();
        int[] ports = freeLoopbackPorts(2);
        FlinkClusterConfiguration flink = FlinkClusterConfiguration.of(dir, layout, ports[0], ports[1]);
        flink.write(dir.conf());
        createDirectories(dir.checkpoints());
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        Map<String, Process> started = new LinkedHashMap<>();
        ClusterState state = new ClusterState(dir.root().toString(), "", ports[1], layout, List.of());
        try {
            state = launch(dir, state, started, KAFKA, KAFKA_JVM_OPTIONS, KafkaBrokerProcess.class.getName(),
                    List.of("--log-dir", dir.kafkaLog().toString(), "--partitions", Integer.toString(layout.partitions()),
                            "--bootstrap-file", dir.kafkaBootstrapFile().toString()));
            FlinkClusterConfiguration.ProcessFlags jm = flink.jobManagerFlags();
            state = launch(dir, state, started, JOB_MANAGER, flinkJvmOptions(dir, JOB_MANAGER, jm),
                    StandaloneSessionClusterEntrypoint.class.getName(), flinkArguments(dir, jm));
            for (int i = 1; i <= layout.taskManagers(); i++) {
                String role = ClusterLayout.taskManagerRole(i);
                FlinkClusterConfiguration.ProcessFlags tm = flink.taskManagerFlags(role);
                state = launch(dir, state, started, role, flinkJvmOptions(dir, role, tm),
                        TaskManagerRunner.class.getName(), flinkArguments(dir, tm));
            }
            state = state.withBootstrapServers(awaitBootstrap(dir, started, deadline));
            state.write(dir.stateFile());
            awaitSlots(new FlinkRest(state.restUrl()), layout, dir, started, deadline);
            LOG.info("local cluster ready in {}: kafka {}, Flink REST {}", dir.root(), state.bootstrapServers(),
                    state.restUrl());
            return new LocalCluster(dir, state, started);
        } catch (RuntimeException | Error e) {
            ClusterStopper.stop(state, Duration.ofSeconds(5));
            started.values().forEach(Process::destroyForcibly);
            deleteQuietly(dir.stateFile());
            throw e;
        }
    }

    /**
     * Stops the cluster whose state is in {@code directory} (started by this or another invocation) and
     * removes the state file; the logs stay.
     *
     * @return what happened to each process
     * @throws IllegalArgumentException if no cluster state is there
     */
    public static List<String> stop(Path directory, Duration grace) {
        ClusterDirectory dir = new ClusterDirectory(directory);
        ClusterState state = ClusterState.read(dir.stateFile());
        List<String> report = new ArrayList<>();
        for (ClusterStopper.Outcome o : ClusterStopper.stop(state, grace)) {
            report.add(o.role() + " (pid " + o.pid() + "): " + o.how());
        }
        deleteQuietly(dir.stateFile());
        return report;
    }

    /**
     * The state of the cluster running in {@code directory}.
     *
     * @throws IllegalArgumentException if there is no state file, or its JobManager or broker no longer runs
     */
    public static ClusterState running(Path directory) {
        ClusterDirectory dir = new ClusterDirectory(directory);
        ClusterState state = ClusterState.read(dir.stateFile());
        for (String role : List.of(KAFKA, JOB_MANAGER)) {
            ClusterState.Member m = state.member(role).orElseThrow(() -> new IllegalArgumentException(
                    dir.stateFile() + ": no " + role + " in the cluster state"));
            if (ClusterStopper.ours(m).isEmpty()) {
                throw new IllegalArgumentException(dir.stateFile() + ": the " + role + " (pid " + m.pid()
                        + ") no longer runs; stop and start the cluster again");
            }
        }
        return state;
    }

    public ClusterState state() {
        return state;
    }

    public ClusterDirectory directory() {
        return dir;
    }

    public String bootstrapServers() {
        return state.bootstrapServers();
    }

    public FlinkRest rest() {
        return rest;
    }

    /** Whether the process of {@code role} (started by this object) still runs. */
    public boolean isAlive(String role) {
        Process p = processes.get(role);
        return p != null && p.isAlive();
    }

    /**
     * Kills the process of {@code role} at once (SIGKILL, no shutdown): a crash, for failover tests.
     * Returns once it is gone.
     */
    public void kill(String role) throws InterruptedException {
        Process p = Optional.ofNullable(processes.get(role))
                .orElseThrow(() -> new IllegalArgumentException("no process " + role + " in " + processes.keySet()));
        p.destroyForcibly().waitFor();
        LOG.info("killed {} (pid {})", role, p.pid());
    }

    /** Stops every process (TaskManagers, JobManager, broker) and removes the state file. */
    @Override
    public void close() {
        for (ClusterStopper.Outcome o : ClusterStopper.stop(state, STOP_GRACE)) {
            LOG.info("{} (pid {}): {}", o.role(), o.pid(), o.how());
        }
        processes.values().forEach(Process::destroyForcibly); // only those the stopper could not identify
        deleteQuietly(dir.stateFile());
    }

    private static ClusterState launch(ClusterDirectory dir, ClusterState state, Map<String, Process> started,
            String role, List<String> jvmOptions, String mainClass, List<String> args) {
        Process p = ChildJvm.start(dir, role, jvmOptions, mainClass, args);
        started.put(role, p);
        ClusterState next = state.with(new ClusterState.Member(role, p.pid(), dir.argFile(role).toString(),
                dir.log(role).toString()));
        next.write(dir.stateFile()); // at once: a start that fails half-way can still be stopped from the CLI
        return next;
    }

    private static List<String> flinkJvmOptions(ClusterDirectory dir, String role,
            FlinkClusterConfiguration.ProcessFlags flags) {
        List<String> options = new ArrayList<>(flags.jvmOptions());
        options.addAll(FlinkClusterConfiguration.JAVA_17_OPENS);
        options.add(FLINK_LOG_LEVEL);
        // the Web UI serves the JobManager's and TaskManagers' logs from here
        options.add("-Dlog.file=" + dir.log(role));
        return options;
    }

    private static List<String> flinkArguments(ClusterDirectory dir, FlinkClusterConfiguration.ProcessFlags flags) {
        List<String> args = new ArrayList<>(List.of("--configDir", dir.conf().toString()));
        args.addAll(flags.dynamicProperties());
        return args;
    }

    private static String awaitBootstrap(ClusterDirectory dir, Map<String, Process> started, long deadline) {
        Path file = dir.kafkaBootstrapFile();
        while (true) {
            if (Files.isRegularFile(file)) {
                try {
                    String bootstrap = Files.readString(file, StandardCharsets.UTF_8).strip();
                    if (!bootstrap.isEmpty()) {
                        return bootstrap;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
            checkAlive(dir, started);
            pause(deadline, "the Kafka broker did not get ready", dir.log(KAFKA));
        }
    }

    private static void awaitSlots(FlinkRest rest, ClusterLayout layout, ClusterDirectory dir,
            Map<String, Process> started, long deadline) {
        while (true) {
            Optional<FlinkRest.Overview> o = rest.overviewIfUp();
            if (o.isPresent() && o.get().taskManagers() == layout.taskManagers()
                    && o.get().slotsTotal() == layout.totalSlots()) {
                return;
            }
            checkAlive(dir, started);
            pause(deadline, "Flink did not report " + layout.taskManagers() + " TaskManagers with "
                    + layout.totalSlots() + " slots (last overview: " + o.map(Object::toString).orElse("no answer")
                    + ")", dir.log(JOB_MANAGER));
        }
    }

    private static void checkAlive(ClusterDirectory dir, Map<String, Process> started) {
        for (Map.Entry<String, Process> e : started.entrySet()) {
            if (!e.getValue().isAlive()) {
                throw new IllegalStateException("the " + e.getKey() + " JVM exited with code " + e.getValue().exitValue()
                        + " during start-up; " + tail(dir.log(e.getKey())));
            }
        }
    }

    private static void pause(long deadline, String failure, Path log) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(failure + " in time; " + tail(log));
        }
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the cluster", e);
        }
    }

    /** The last lines of a log, for an error message that says why. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "last lines of " + log + ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5),
                    lines.size()));
        } catch (IOException e) {
            return "see " + log;
        }
    }

    private static void refuseIfRunning(ClusterDirectory dir) {
        if (!Files.isRegularFile(dir.stateFile())) {
            return;
        }
        ClusterState old;
        try {
            old = ClusterState.read(dir.stateFile());
        } catch (IllegalArgumentException unreadable) {
            return; // nothing we could stop; the new cluster replaces it
        }
        for (ClusterState.Member m : old.processes()) {
            if (ClusterStopper.ours(m).isPresent()) {
                throw new IllegalStateException("a cluster runs in " + dir.root() + " already (" + m.role() + ", pid "
                        + m.pid() + "); stop it first");
            }
        }
    }

    /** Removes what an earlier cluster in the directory left (state, logs, checkpoints, Kafka log). */
    private static void clean(ClusterDirectory dir) {
        for (Path p : dir.generated()) {
            deleteRecursively(p);
        }
        createDirectories(dir.root());
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    private static void createDirectories(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + p, e);
        }
    }

    /** {@code n} distinct ports free on the loopback address (bound together, then released). */
    static int[] freeLoopbackPorts(int n) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket();
                sockets.add(s);
                s.bind(new InetSocketAddress(InetAddress.getByName(FlinkClusterConfiguration.HOST), 0));
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free loopback ports", e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // released either way
                }
            }
        }
    }
}

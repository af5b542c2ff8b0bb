package io.vectwin.jobs.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.network.SocketServerConfigs;
import org.apache.kafka.server.config.KRaftConfigs;
import org.apache.kafka.server.config.ReplicationConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode, started in this JVM: one process that is both broker and
 * controller, listening on free loopback ports, with its log in a (by default temporary) directory.
 *
 * <p>It serves {@code bin/vectwin demo} and the integration tests of the Flink job. Topics are never
 * created implicitly ({@code auto.create.topics.enable=false}): create them with {@link Topics}.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start()) {
 *     Topics.create(kafka.bootstrapServers(), 4, Topics.all());
 *     ...
 * }
 * }</pre>
 *
 * <p>The recipe (format the log directory with {@link StorageTool#execute}, never {@code StorageTool.main},
 * which exits the JVM; then {@link KafkaRaftServer}) is the one of the project's DESIGN.md. {@link #start()}
 * returns only once an admin client sees the broker in the cluster. {@link #close()} shuts the broker down,
 * waits for it, and deletes the log directory if asked to; it is idempotent.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    /** The loopback address every listener binds to and advertises. */
    public static final String HOST = "127.0.0.1";
    /** The node id of the single broker-and-controller. */
    public static final int NODE_ID = 1;
    /** The name of the client listener. */
    public static final String BROKER_LISTENER = "PLAINTEXT";
    /** The name of the KRaft controller listener. */
    public static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** How long {@link #start()} waits for the broker to answer by default. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
    /** The broker's {@code transaction.max.timeout.ms}: Kafka's default, stated explicitly (see DESIGN.md). */
    public static final long TRANSACTION_MAX_TIMEOUT_MS = 900_000L;

    /**
     * Broker configuration keys whose {@code *Config} constants live in Kafka jars that reach this module
     * only at runtime ({@code kafka-raft}, {@code kafka-server-common}, {@code kafka-group-coordinator},
     * {@code kafka-transaction-coordinator}, {@code kafka-share-coordinator}, {@code kafka-storage}). They are
     * spelled here once, each beside the constant it mirrors; a test checks them against those constants.
     */
    static final class Keys {
        /** {@code QuorumConfig.QUORUM_VOTERS_CONFIG}. */
        static final String QUORUM_VOTERS = "controller.quorum.voters";
        /** {@code ServerLogConfigs.LOG_DIRS_CONFIG}. */
        static final String LOG_DIRS = "log.dirs";
        /** {@code ServerLogConfigs.NUM_PARTITIONS_CONFIG}. */
        static final String NUM_PARTITIONS = "num.partitions";
        /** {@code ServerLogConfigs.AUTO_CREATE_TOPICS_ENABLE_CONFIG}. */
        static final String AUTO_CREATE_TOPICS_ENABLE = "auto.create.topics.enable";
        /** {@code ServerLogConfigs.MIN_IN_SYNC_REPLICAS_CONFIG}. */
        static final String MIN_IN_SYNC_REPLICAS = "min.insync.replicas";
        /** {@code ServerLogConfigs.LOG_FLUSH_INTERVAL_MESSAGES_CONFIG}. */
        static final String LOG_FLUSH_INTERVAL_MESSAGES = "log.flush.interval.messages";
        /** {@code ServerLogConfigs.NUM_RECOVERY_THREADS_PER_DATA_DIR_CONFIG}. */
        static final String NUM_RECOVERY_THREADS_PER_DATA_DIR = "num.recovery.threads.per.data.dir";
        /** {@code ServerConfigs.NUM_IO_THREADS_CONFIG}. */
        static final String NUM_IO_THREADS = "num.io.threads";
        /** {@code ServerConfigs.BACKGROUND_THREADS_CONFIG}. */
        static final String BACKGROUND_THREADS = "background.threads";
        /** {@code GroupCoordinatorConfig.OFFSETS_TOPIC_REPLICATION_FACTOR_CONFIG}. */
        static final String OFFSETS_TOPIC_REPLICATION_FACTOR = "offsets.topic.replication.factor";
        /** {@code GroupCoordinatorConfig.OFFSETS_TOPIC_PARTITIONS_CONFIG}. */
        static final String OFFSETS_TOPIC_PARTITIONS = "offsets.topic.num.partitions";
        /** {@code GroupCoordinatorConfig.GROUP_INITIAL_REBALANCE_DELAY_MS_CONFIG}. */
        static final String GROUP_INITIAL_REBALANCE_DELAY_MS = "group.initial.rebalance.delay.ms";
        /** {@code TransactionLogConfig.TRANSACTIONS_TOPIC_REPLICATION_FACTOR_CONFIG}. */
        static final String TRANSACTIONS_TOPIC_REPLICATION_FACTOR = "transaction.state.log.replication.factor";
        /** {@code TransactionLogConfig.TRANSACTIONS_TOPIC_MIN_ISR_CONFIG}. */
        static final String TRANSACTIONS_TOPIC_MIN_ISR = "transaction.state.log.min.isr";
        /** {@code TransactionLogConfig.TRANSACTIONS_TOPIC_PARTITIONS_CONFIG}. */
        static final String TRANSACTIONS_TOPIC_PARTITIONS = "transaction.state.log.num.partitions";
        /** {@code TransactionStateManagerConfig.TRANSACTIONS_MAX_TIMEOUT_MS_CONFIG}. */
        static final String TRANSACTIONS_MAX_TIMEOUT_MS = "transaction.max.timeout.ms";
        /** {@code ShareCoordinatorConfig.STATE_TOPIC_REPLICATION_FACTOR_CONFIG}. */
        static final String SHARE_STATE_TOPIC_REPLICATION_FACTOR = "share.coordinator.state.topic.replication.factor";
        /** {@code ShareCoordinatorConfig.STATE_TOPIC_MIN_ISR_CONFIG}. */
        static final String SHARE_STATE_TOPIC_MIN_ISR = "share.coordinator.state.topic.min.isr";
        /** {@code ShareCoordinatorConfig.STATE_TOPIC_NUM_PARTITIONS_CONFIG}. */
        static final String SHARE_STATE_TOPIC_PARTITIONS = "share.coordinator.state.topic.num.partitions";
        /** {@code CleanerConfig.LOG_CLEANER_DEDUPE_BUFFER_SIZE_PROP}. */
        static final String LOG_CLEANER_DEDUPE_BUFFER_SIZE = "log.cleaner.dedupe.buffer.size";

        private Keys() {
        }
    }

    /** Keys that wire the broker to its ports and directory: {@link Builder#property} refuses them. */
    static final Set<String> RESERVED_KEYS = Set.of(
            KRaftConfigs.PROCESS_ROLES_CONFIG,
            KRaftConfigs.NODE_ID_CONFIG,
            KRaftConfigs.CONTROLLER_LISTENER_NAMES_CONFIG,
            Keys.QUORUM_VOTERS,
            SocketServerConfigs.LISTENERS_CONFIG,
            SocketServerConfigs.ADVERTISED_LISTENERS_CONFIG,
            SocketServerConfigs.LISTENER_SECURITY_PROTOCOL_MAP_CONFIG,
            ReplicationConfigs.INTER_BROKER_LISTENER_NAME_CONFIG,
            Keys.LOG_DIRS);

    /** The file that marks a formatted log directory, and its cluster-id key. */
    private static final String META_PROPERTIES = "meta.properties";
    private static final String META_CLUSTER_ID = "cluster.id";

    private final KafkaRaftServer server;
    private final Properties brokerProperties;
    private final String clusterId;
    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean deleteLogDirOnClose;
    private Thread shutdownHook;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Properties brokerProperties, String clusterId, int port,
            int controllerPort, Path logDir, boolean deleteLogDirOnClose) {
        this.server = server;
        this.brokerProperties = brokerProperties;
        this.clusterId = clusterId;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
        this.deleteLogDirOnClose = deleteLogDirOnClose;
    }

    /** Starts a broker in a fresh temporary directory, deleted on {@link #close()}. */
    public static EmbeddedKafkaBroker start() {
        return builder().start();
    }

    /**
     * Starts a broker whose log lives in {@code logDir} (created if missing), kept on {@link #close()}. A
     * directory formatted by an earlier run is reused as it is (its cluster id and topics survive).
     */
    public static EmbeddedKafkaBroker start(Path logDir) {
        return builder().logDir(logDir).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The port of the client ({@value #BROKER_LISTENER}) listener. */
    public int port() {
        return port;
    }

    /** The port of the KRaft controller listener. */
    public int controllerPort() {
        return controllerPort;
    }

    /** The id of the cluster: new for a fresh log directory, the recorded one for a directory used before. */
    public String clusterId() {
        return clusterId;
    }

    public Path logDir() {
        return logDir;
    }

    /** A copy of the configuration the broker was started with. */
    public Properties brokerProperties() {
        Properties copy = new Properties();
        copy.putAll(brokerProperties);
        return copy;
    }

    /** Whether {@link #close()} has not been called yet. */
    public synchronized boolean isRunning() {
        return !closed;
    }

    /**
     * Shuts the broker down and waits for it to stop, then deletes the log directory if so configured.
     * Calling it again (or from another thread meanwhile) returns once the broker has stopped.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        long t0 = System.nanoTime();
        try {
            stop(server);
        } finally {
            ExitGuard.release();
            if (deleteLogDirOnClose) {
                deleteRecursively(logDir);
            }
        }
        LOG.info("Kafka broker on {} stopped in {} ms", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers() + ", controller " + HOST + ":" + controllerPort + ", "
                + logDir + (closed ? ", closed" : "") + "]";
    }

    private void installShutdownHook() {
        Thread hook = new Thread(() -> {
            synchronized (this) {
                shutdownHook = null; // the JVM is exiting: removing the hook is no longer allowed
            }
            close();
        }, "vectwin-kafka-shutdown-" + port);
        synchronized (this) {
            shutdownHook = hook;
        }
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void removeShutdownHook() {
        Thread hook;
        synchronized (this) {
            hook = shutdownHook;
            shutdownHook = null;
        }
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException jvmShuttingDown) {
                // the hook runs (or has run) anyway
            }
        }
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    /**
     * Kafka's server ends the process on a fatal fault: {@code ProcessTerminatingFaultHandler} calls
     * {@link Exit#halt(int)} (e.g. when the controller cannot bind its port at startup), and some paths call
     * {@link Exit#exit(int)}. In a broker embedded in the CLI or in a test JVM that would kill everything else
     * with it, without a word. While at least one embedded broker runs, both are turned into an exception thrown
     * in the failing Kafka thread (startup then fails with it, and {@code start()} retries or reports it);
     * Kafka's default procedures are restored when the last embedded broker closes. {@code Exit} offers no way
     * to read a procedure someone else installed, so such a procedure is replaced by Kafka's default then.
     */
    static final class ExitGuard {

        private static int holders;

        private ExitGuard() {
        }

        static synchronized void acquire() {
            if (holders++ == 0) {
                Exit.setHaltProcedure((status, message) -> refuse("halt", status, message));
                Exit.setExitProcedure((status, message) -> refuse("exit", status, message));
            }
        }

        static synchronized void release() {
            if (holders > 0 && --holders == 0) {
                Exit.resetHaltProcedure();
                Exit.resetExitProcedure();
            }
        }

        static synchronized boolean active() {
            return holders > 0;
        }

        private static void refuse(String what, int status, String message) {
            String text = "Kafka asked to " + what + " the JVM with status " + status
                    + (message == null ? "" : " (" + message + ")") + "; an embedded broker must not end its host";
            LOG.error(text);
            throw new IllegalStateException(text);
        }
    }

    /** Options of an embedded broker; {@link #start()} starts one. */
    public static final class Builder {

        private Path logDir;
        private Boolean deleteLogDirOnClose;
        private final Map<String, String> extraProperties = new LinkedHashMap<>();
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private boolean closeOnJvmShutdown = true;
        private Supplier<int[]> portPicker = () -> freeLoopbackPorts(2);

        private Builder() {
        }

        /** For tests of the bind retry: supplies {broker port, controller port} for each attempt. */
        Builder portPicker(Supplier<int[]> picker) {
            this.portPicker = Objects.requireNonNull(picker, "picker");
            return this;
        }

        /** The log directory (created if missing). Default: a new temporary directory. */
        public Builder logDir(Path logDir) {
            this.logDir = Objects.requireNonNull(logDir, "logDir");
            return this;
        }

        /**
         * Whether {@link EmbeddedKafkaBroker#close()} deletes the log directory. Default: yes for the temporary
         * directory, no for a directory given with {@link #logDir(Path)}.
         */
        public Builder deleteLogDirOnClose(boolean delete) {
            this.deleteLogDirOnClose = delete;
            return this;
        }

        /**
         * An extra broker property, applied over the defaults. The keys that wire listeners, node id, quorum
         * and log directory ({@link EmbeddedKafkaBroker#RESERVED_KEYS}) are refused.
         */
        public Builder property(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (RESERVED_KEYS.contains(key)) {
                throw new IllegalArgumentException("broker property " + key + " is set by EmbeddedKafkaBroker itself");
            }
            extraProperties.put(key, value);
            return this;
        }

        /** Extra broker properties: see {@link #property(String, String)}. */
        public Builder properties(Map<String, String> properties) {
            properties.forEach(this::property);
            return this;
        }

        /** How long {@link #start()} waits for the broker to answer an admin client. Default 60 s. */
        public Builder readyTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("readyTimeout must be positive: " + timeout);
            }
            this.readyTimeout = timeout;
            return this;
        }

        /** Whether a JVM shutdown hook closes the broker if it is still running (default true, e.g. on Ctrl-C). */
        public Builder closeOnJvmShutdown(boolean close) {
            this.closeOnJvmShutdown = close;
            return this;
        }

        /**
         * Formats the log directory if it is not formatted yet, starts the broker and waits until it answers.
         *
         * @throws IllegalStateException if the broker fails to start or does not answer in time
         * @throws UncheckedIOException if the directory or configuration file cannot be written
         */
        public EmbeddedKafkaBroker start() {
            boolean temporary = logDir == null;
            boolean delete = deleteLogDirOnClose != null ? deleteLogDirOnClose : temporary;
            Path dir;
            try {
                dir = temporary ? Files.createTempDirectory("vectwin-kafka-") : Files.createDirectories(logDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the Kafka log directory", e);
            }
            ExitGuard.acquire();
            try {
                return startIn(dir.toAbsolutePath(), delete);
            } catch (RuntimeException | Error e) {
                ExitGuard.release();
                if (delete) {
                    deleteRecursively(dir);
                }
                throw e;
            }
        }

        private EmbeddedKafkaBroker startIn(Path dir, boolean delete) {
            long t0 = System.nanoTime();
            String clusterId = existingClusterId(dir).orElseGet(() -> Uuid.randomUuid().toString());
            // Ports are picked by binding port 0 and released just before Kafka binds them: another process may
            // take one in between. That race is small; on a bind failure we try once more with new ports.
            for (int attempt = 1; ; attempt++) {
                int[] ports = portPicker.get();
                Properties props = brokerProperties(ports[0], ports[1], dir);
                format(props, clusterId);
                long formatted = System.nanoTime();
                KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
                try {
                    server.startup();
                    LOG.debug("Kafka log directory formatted in {} ms, server started in {} ms",
                            TimeUnit.NANOSECONDS.toMillis(formatted - t0),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - formatted));
                } catch (RuntimeException e) {
                    stopQuietly(server);
                    // A controller that cannot bind reports through the fault handler, whose halt ExitGuard turns
                    // into an exception without the BindException: so look at the ports themselves too.
                    if (attempt == 1 && (isBindFailure(e) || !allBindable(ports))) {
                        LOG.warn("Kafka could not bind port {} or {} ({}); retrying with new ports", ports[0],
                                ports[1], e.toString());
                        continue;
                    }
                    throw new IllegalStateException("the embedded Kafka broker failed to start", e);
                }
                EmbeddedKafkaBroker broker =
                        new EmbeddedKafkaBroker(server, props, clusterId, ports[0], ports[1], dir, delete);
                try {
                    awaitReady(broker.bootstrapServers(), readyTimeout);
                } catch (RuntimeException e) {
                    stopQuietly(server);
                    throw e;
                }
                if (closeOnJvmShutdown) {
                    broker.installShutdownHook();
                }
                LOG.info("Kafka broker ready on {} in {} ms (log {})", broker.bootstrapServers(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), dir);
                return broker;
            }
        }

        private Properties brokerProperties(int port, int controllerPort, Path dir) {
            String brokerEndpoint = BROKER_LISTENER + "://" + HOST + ":" + port;
            Properties p = new Properties();
            // KRaft, combined mode: this one process is the broker and the only controller voter.
            p.setProperty(KRaftConfigs.PROCESS_ROLES_CONFIG, "broker,controller");
            p.setProperty(KRaftConfigs.NODE_ID_CONFIG, Integer.toString(NODE_ID));
            p.setProperty(Keys.QUORUM_VOTERS, NODE_ID + "@" + HOST + ":" + controllerPort);
            p.setProperty(SocketServerConfigs.LISTENERS_CONFIG,
                    brokerEndpoint + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
            p.setProperty(SocketServerConfigs.ADVERTISED_LISTENERS_CONFIG, brokerEndpoint);
            p.setProperty(KRaftConfigs.CONTROLLER_LISTENER_NAMES_CONFIG, CONTROLLER_LISTENER);
            p.setProperty(SocketServerConfigs.LISTENER_SECURITY_PROTOCOL_MAP_CONFIG,
                    BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
            p.setProperty(ReplicationConfigs.INTER_BROKER_LISTENER_NAME_CONFIG, BROKER_LISTENER);
            p.setProperty(Keys.LOG_DIRS, dir.toString());
            // One replica of everything, internal topics included.
            p.setProperty(ReplicationConfigs.DEFAULT_REPLICATION_FACTOR_CONFIG, "1");
            p.setProperty(Keys.MIN_IN_SYNC_REPLICAS, "1");
            p.setProperty(Keys.OFFSETS_TOPIC_REPLICATION_FACTOR, "1");
            p.setProperty(Keys.TRANSACTIONS_TOPIC_REPLICATION_FACTOR, "1");
            p.setProperty(Keys.TRANSACTIONS_TOPIC_MIN_ISR, "1");
            p.setProperty(Keys.SHARE_STATE_TOPIC_REPLICATION_FACTOR, "1");
            p.setProperty(Keys.SHARE_STATE_TOPIC_MIN_ISR, "1");
            // Topics exist only when created explicitly (Topics.create); one partition unless asked otherwise.
            p.setProperty(Keys.AUTO_CREATE_TOPICS_ENABLE, "false");
            p.setProperty(Keys.NUM_PARTITIONS, "1");
            // Small machine (2 cores shared): few partitions for the internal topics (Kafka's default is 50 each),
            // few threads, a small log-cleaner buffer (default 128 MiB of heap), no forced fsync.
            p.setProperty(Keys.OFFSETS_TOPIC_PARTITIONS, "1");
            p.setProperty(Keys.TRANSACTIONS_TOPIC_PARTITIONS, "1");
            p.setProperty(Keys.SHARE_STATE_TOPIC_PARTITIONS, "1");
            p.setProperty(SocketServerConfigs.NUM_NETWORK_THREADS_CONFIG, "2");
            p.setProperty(Keys.NUM_IO_THREADS, "2");
            p.setProperty(Keys.BACKGROUND_THREADS, "2");
            p.setProperty(Keys.NUM_RECOVERY_THREADS_PER_DATA_DIR, "1");
            p.setProperty(Keys.LOG_CLEANER_DEDUPE_BUFFER_SIZE, Integer.toString(4 * 1024 * 1024));
            p.setProperty(Keys.LOG_FLUSH_INTERVAL_MESSAGES, Long.toString(Long.MAX_VALUE));
            // Consumers join at once; exactly-once sinks need transaction.timeout.ms <= this (DESIGN.md).
            p.setProperty(Keys.GROUP_INITIAL_REBALANCE_DELAY_MS, "0");
            p.setProperty(Keys.TRANSACTIONS_MAX_TIMEOUT_MS, Long.toString(TRANSACTION_MAX_TIMEOUT_MS));
            extraProperties.forEach(p::setProperty);
            return p;
        }
    }

    /**
     * The cluster id of a log directory formatted by an earlier run. Kafka 4.2's {@code format --ignore-formatted}
     * still refuses a directory whose {@code meta.properties} names another cluster id, so a restart reuses it.
     */
    static Optional<String> existingClusterId(Path dir) {
        Path meta = dir.resolve(META_PROPERTIES);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
        String id = properties.getProperty(META_CLUSTER_ID);
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(meta + " has no " + META_CLUSTER_ID);
        }
        return Optional.of(id.strip());
    }

    /** Formats {@code log.dirs} for KRaft; a directory formatted before is left as it is. */
    private static void format(Properties props, String clusterId) {
        Path configFile = null;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            configFile = Files.createTempFile("vectwin-kafka-", ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "vectwin embedded Kafka broker");
            }
            int rc;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                // Never StorageTool.main: it calls Exit.exit and ends the JVM.
                rc = StorageTool.execute(new String[] {
                    "format", "-t", clusterId, "-c", configFile.toString(), "--ignore-formatted"}, print);
            }
            String text = output.toString(StandardCharsets.UTF_8).strip();
            if (rc != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed (exit code " + rc + "): "
                        + text);
            }
            LOG.debug("kafka-storage format: {}", text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka broker configuration", e);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            // StorageTool reports bad input with (Scala: unchecked) TerseException and friends.
            throw new IllegalStateException("formatting the Kafka log directory failed: " + e.getMessage() + " "
                    + output.toString(StandardCharsets.UTF_8).strip(), e);
        } finally {
            if (configFile != null) {
                try {
                    Files.deleteIfExists(configFile);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", configFile, e);
                }
            }
        }
    }

    /** Polls the broker with an admin client until it lists itself in the cluster, or the timeout passes. */
    private static void awaitReady(String bootstrap, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "vectwin-kafka-ready-check");
        int apiTimeoutMs = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        // Kafka refuses a default.api.timeout.ms below request.timeout.ms.
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5_000, apiTimeoutMs));
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, apiTimeoutMs);
        config.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 20);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 20);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        Exception last = null;
        try (Admin admin = Admin.create(config)) {
            while (true) {
                long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remainingMs <= 0) {
                    break;
                }
                try {
                    DescribeClusterResult cluster = admin.describeCluster(
                            new DescribeClusterOptions().timeoutMs((int) Math.min(Integer.MAX_VALUE, remainingMs)));
                    Collection<Node> nodes = cluster.nodes().get(remainingMs, TimeUnit.MILLISECONDS);
                    if (nodes.stream().anyMatch(n -> n.id() == NODE_ID)) {
                        return;
                    }
                } catch (ExecutionException e) {
                    last = e;
                } catch (java.util.concurrent.TimeoutException e) {
                    last = e;
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                }
                sleep(20);
            }
        }
        throw new IllegalStateException("the embedded Kafka broker on " + bootstrap + " did not answer within "
                + timeout, last);
    }

    /** {@code n} distinct free TCP ports on the loopback address (bound together, then released). */
    static int[] freeLoopbackPorts(int n) {
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            InetAddress loopback = InetAddress.getByName(HOST);
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket();
                sockets[i].setReuseAddress(true);
                sockets[i].bind(new InetSocketAddress(loopback, 0));
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + HOST, e);
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // nothing to do
                    }
                }
            }
        }
    }

    /** Whether every port can be bound on the loopback address right now. */
    private static boolean allBindable(int[] ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Address already in use") || message.contains("failed to bind"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            stop(server);
        } catch (RuntimeException e) {
            LOG.debug("stopping a Kafka broker that failed to start", e);
        }
    }

    /**
     * Deletes {@code dir} and everything under it. Files that vanish meanwhile are fine; a directory that
     * something refills while we delete it is retried a few times before giving up with a warning.
     */
    static void deleteRecursively(Path dir) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                if (!Files.exists(dir)) {
                    return;
                }
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                        if (e != null && !(e instanceof NoSuchFileException)) {
                            throw e;
                        }
                        Files.deleteIfExists(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
                return;
            } catch (NoSuchFileException e) {
                return;
            } catch (DirectoryNotEmptyException e) {
                sleep(50);
            } catch (IOException e) {
                if (attempt == 3) {
                    LOG.warn("cannot delete the Kafka log directory {}: {}", dir, e.toString());
                    return;
                }
                sleep(50);
            }
        }
        LOG.warn("cannot delete the Kafka log directory {}: something keeps writing to it", dir);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.vectwin.jobs.local;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.ingest.sim.SimulatorCounters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The whole loop on one machine, with real parts only: an in-process KRaft Kafka broker, the twin
 * job on a Flink MiniCluster, the physical-world simulator, and a {@link DecisionMonitor} reading
 * the topics. {@code bin/vectwin demo} and the integration tests run it.
 */
public final class EmbeddedPipeline implements AutoCloseable {

    /**
     * How to run it. {@code simulator} may be null: then no physical world runs and the records come
     * from elsewhere (a replay, {@code bin/vectwin replay}); nothing executes the decisions.
     */
    public record Options(TwinJobConfig job, SimulatorConfig simulator, int partitions, boolean webUi, Path tmpDir) {
    }

    private final Options options;
    private final EmbeddedTwinJob twin;
    private final DecisionMonitor monitor;
    private final KafkaSimulator simulator;

    private EmbeddedPipeline(Options options, EmbeddedTwinJob twin, DecisionMonitor monitor, KafkaSimulator simulator) {
        this.options = options;
        this.twin = twin;
        this.monitor = monitor;
        this.simulator = simulator;
    }

    /**
     * Starts broker, topics, job and monitor, then the simulator. The job and simulator configs'
     * bootstrap servers are replaced by the embedded broker's.
     */
    public static EmbeddedPipeline start(Options options) throws Exception {
        EmbeddedTwinJob twin = EmbeddedTwinJob.start(options.job(), options.partitions(), List.of(), options.tmpDir(),
                options.webUi());
        DecisionMonitor monitor = null;
        try {
            String bootstrap = twin.bootstrapServers();
            monitor = new DecisionMonitor(bootstrap, System::currentTimeMillis);
            KafkaSimulator simulator = options.simulator() == null ? null
                    : new KafkaSimulator(options.simulator().withBootstrapServers(bootstrap)).start();
            return new EmbeddedPipeline(options, twin, monitor, simulator);
        } catch (Exception | Error e) {
            if (monitor != null) {
                monitor.close();
            }
            twin.close();
            throw e;
        }
    }

    /**
     * A Flink MiniCluster environment on loopback whose large temporary files (RPC jars, blobs)
     * stay in {@code tmpDir}; with {@code webUi} its Web UI on port 8081. Shared by the embedded
     * pipeline and {@code vectwin attach}.
     */
    public static StreamExecutionEnvironment localEnvironment(Path tmpDir, int parallelism, boolean webUi)
            throws Exception {
        Files.createDirectories(tmpDir);
        Configuration conf = new Configuration();
        conf.set(CoreOptions.TMP_DIRS, tmpDir.toAbsolutePath().toString());
        // checkpoints to files: the JobManager's memory storage refuses any operator state over 5 MiB, and
        // the twin's state grows with the decision rate (decisions waiting for their outcomes)
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, tmpDir.resolve("checkpoints").toAbsolutePath().toUri().toString());
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        if (webUi) {
            conf.set(RestOptions.PORT, 8081);
            return StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
        }
        return StreamExecutionEnvironment.createLocalEnvironment(conf);
    }

    public String bootstrapServers() {
        return twin.bootstrapServers();
    }

    public DecisionMonitor monitor() {
        return monitor;
    }

    /** The simulator's counters ({@link SimulatorCounters#ZERO} when there is no simulator). */
    public SimulatorCounters simulatorCounters() {
        return simulator == null ? SimulatorCounters.ZERO : simulator.counters();
    }

    public String policy() {
        return options.job().policy();
    }

    /** Stops the simulator (no new requests) and waits up to {@code drain} for the decisions in flight. */
    public PipelineStats finish(Duration drain) throws InterruptedException {
        if (simulator != null) {
            simulator.close();
        }
        long deadline = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < deadline && !monitor.allDecided()) {
            Thread.sleep(50);
        }
        // outcomes of the last slot follow its decisions; give them a moment too
        Thread.sleep(Math.min(500, drain.toMillis()));
        return monitor.stats(policy());
    }

    @Override
    public void close() throws Exception {
        try {
            if (simulator != null) {
                simulator.close();
            }
            monitor.close();
        } finally {
            twin.close();
        }
    }
}

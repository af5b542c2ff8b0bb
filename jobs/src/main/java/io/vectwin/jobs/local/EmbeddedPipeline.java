package io.vectwin.jobs.local;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.EmbeddedKafkaBroker;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.ingest.sim.SimulatorCounters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
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
    private final EmbeddedKafkaBroker broker;
    private final JobClient job;
    private final DecisionMonitor monitor;
    private final KafkaSimulator simulator;

    private EmbeddedPipeline(Options options, EmbeddedKafkaBroker broker, JobClient job, DecisionMonitor monitor,
            KafkaSimulator simulator) {
        this.options = options;
        this.broker = broker;
        this.job = job;
        this.monitor = monitor;
        this.simulator = simulator;
    }

    /**
     * Starts broker, topics, job and monitor, then the simulator. The job and simulator configs'
     * bootstrap servers are replaced by the embedded broker's.
     */
    public static EmbeddedPipeline start(Options options) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        JobClient job = null;
        DecisionMonitor monitor = null;
        try {
            String bootstrap = broker.bootstrapServers();
            Topics.create(bootstrap, options.partitions(), Topics.all());
            TwinJobConfig jobConfig = options.job().withBootstrapServers(bootstrap);
            job = TwinDecisionJob.startOnKafka(flinkEnvironment(options, jobConfig), jobConfig);
            awaitRunning(job, Duration.ofSeconds(60));
            monitor = new DecisionMonitor(bootstrap, System::currentTimeMillis);
            KafkaSimulator simulator = options.simulator() == null ? null
                    : new KafkaSimulator(options.simulator().withBootstrapServers(bootstrap)).start();
            return new EmbeddedPipeline(options, broker, job, monitor, simulator);
        } catch (Exception | Error e) {
            if (monitor != null) {
                monitor.close();
            }
            if (job != null) {
                job.cancel();
            }
            broker.close();
            throw e;
        }
    }

    /** The simulator starts only once the job runs, so its first requests do not queue behind the job's start-up. */
    public static void awaitRunning(JobClient job, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JobStatus status = job.getJobStatus().get();
            if (status == JobStatus.RUNNING) {
                return;
            }
            if (status.isGloballyTerminalState()) {
                throw new IllegalStateException("the twin job ended before it ran: " + status);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the twin job did not reach RUNNING within " + timeout);
    }

    /** A MiniCluster environment whose temporary files stay under {@code tmpDir} (Flink writes large ones). */
    static StreamExecutionEnvironment flinkEnvironment(Options options, TwinJobConfig job) throws Exception {
        return localEnvironment(options.tmpDir(), job.parallelism(), options.webUi());
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
        return broker.bootstrapServers();
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
            try {
                job.cancel().get();
            } catch (Exception e) {
                // the job may already be gone; the broker must still stop
            } finally {
                broker.close();
            }
        }
    }
}

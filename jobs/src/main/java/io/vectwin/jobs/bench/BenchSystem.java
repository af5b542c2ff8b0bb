package io.vectwin.jobs.bench;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.EmbeddedKafkaBroker;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.local.EmbeddedPipeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.execution.JobClient;

/**
 * The system a latency run measures, on this machine: an in-process Kafka broker, the twin job on
 * a Flink MiniCluster, and the simulator in real time for the telemetry of every vehicle, UAV and
 * BS — but issuing no tasks of its own (the load tool issues them) and reading no decisions (so
 * the benchmark's decisions are not executed into outcomes). Unlike the demo's
 * {@link EmbeddedPipeline}, no monitor reads the topics, so nothing but the load tool competes
 * with the pipeline for the two cores.
 */
public final class BenchSystem implements AutoCloseable {

    /** The simulator's task, decision and outcome topics: none of them carries anything. */
    static final SimulatorConfig.Topics TELEMETRY_ONLY = new SimulatorConfig.Topics(Topics.TELEMETRY,
            "vec.bench.sim-tasks", "vec.bench.sim-decisions", "vec.bench.sim-outcomes");

    private final EmbeddedKafkaBroker broker;
    private final JobClient job;
    private final KafkaSimulator telemetry;

    private BenchSystem(EmbeddedKafkaBroker broker, JobClient job, KafkaSimulator telemetry) {
        this.broker = broker;
        this.job = job;
        this.telemetry = telemetry;
    }

    /** The topics a latency run writes besides the pipeline's own. */
    public static List<String> benchTopics() {
        return List.of(LatencyBench.PASSTHROUGH_REQUESTS, LatencyBench.PASSTHROUGH_COPIES, TELEMETRY_ONLY.tasks(),
                TELEMETRY_ONLY.decisions(), TELEMETRY_ONLY.outcomes());
    }

    /**
     * Starts broker, topics ({@code partitions} each), the job and the telemetry; returns once the
     * job runs and the twin has had a moment to learn every entity.
     */
    public static BenchSystem start(TwinJobConfig jobConfig, SimulatorConfig simulator, int partitions, Path tmpDir)
            throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        JobClient job = null;
        try {
            String bootstrap = broker.bootstrapServers();
            List<String> topics = new ArrayList<>(Topics.all());
            topics.addAll(benchTopics());
            Topics.create(bootstrap, partitions, topics);
            TwinJobConfig config = jobConfig.withBootstrapServers(bootstrap);
            job = TwinDecisionJob.startOnKafka(EmbeddedPipeline.localEnvironment(tmpDir, config.parallelism(), false), config);
            EmbeddedPipeline.awaitRunning(job, Duration.ofSeconds(60));
            KafkaSimulator telemetry = new KafkaSimulator(simulator.withTasksPerVehiclePerSecond(0).withRealTime(true)
                    .withTopics(TELEMETRY_ONLY).withBootstrapServers(bootstrap)).start();
            // a few slots of telemetry, so that the first requests find their vehicles' twins
            Thread.sleep(1_000);
            return new BenchSystem(broker, job, telemetry);
        } catch (Exception | Error e) {
            if (job != null) {
                job.cancel();
            }
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        try {
            telemetry.close();
        } finally {
            try {
                job.cancel().get();
            } catch (Exception e) {
                // the job may have failed already; the broker must still go
            } finally {
                broker.close();
            }
        }
    }
}

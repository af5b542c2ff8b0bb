package io.vectwin.jobs.bench;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.local.EmbeddedTwinJob;
import java.nio.file.Path;
import java.util.List;

/**
 * The system a latency run measures, on this machine: an in-process Kafka broker, the twin job on
 * a Flink MiniCluster, and the simulator in real time for the telemetry of every vehicle, UAV and
 * BS — but issuing no tasks of its own (the load tool issues them) and reading no decisions (so
 * the benchmark's decisions are not executed into outcomes). Unlike the demo's
 * {@code EmbeddedPipeline}, no monitor reads the topics, so nothing but the load tool competes
 * with the pipeline for the two cores.
 */
public final class BenchSystem implements AutoCloseable {

    /** The simulator's task, decision and outcome topics: none of them carries anything. */
    static final SimulatorConfig.Topics TELEMETRY_ONLY = new SimulatorConfig.Topics(Topics.TELEMETRY,
            "vec.bench.sim-tasks", "vec.bench.sim-decisions", "vec.bench.sim-outcomes");

    private final EmbeddedTwinJob twin;
    private final KafkaSimulator telemetry;

    private BenchSystem(EmbeddedTwinJob twin, KafkaSimulator telemetry) {
        this.twin = twin;
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
        EmbeddedTwinJob twin = EmbeddedTwinJob.start(jobConfig, partitions, benchTopics(), tmpDir, false);
        try {
            KafkaSimulator telemetry = new KafkaSimulator(simulator.withTasksPerVehiclePerSecond(0).withRealTime(true)
                    .withTopics(TELEMETRY_ONLY).withBootstrapServers(twin.bootstrapServers())).start();
            // a few slots of telemetry, so that the first requests find their vehicles' twins
            Thread.sleep(1_000);
            return new BenchSystem(twin, telemetry);
        } catch (Exception | Error e) {
            twin.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return twin.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        try {
            telemetry.close();
        } finally {
            twin.close();
        }
    }
}

package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.local.EmbeddedPipeline;
import io.vectwin.jobs.local.PipelineStats;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The loop with the transactional (exactly-once) decision sink: decisions become visible to
 * {@code read_committed} readers only when a checkpoint commits them, and then every requested
 * subtask has exactly one — no duplicates even before de-duplication.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOncePipelineIntegrationTest {

    private EmbeddedPipeline pipeline;
    private PipelineStats stats;

    @BeforeAll
    void run() throws Exception {
        TwinJobConfig job = TwinJobConfig.defaults("set-by-pipeline").withCounts(6, 4, 4).withExactlyOnce(true)
                .withCheckpointInterval(Duration.ofMillis(500)).withTwinWait(Duration.ofSeconds(30));
        SimulatorConfig sim = SimulatorConfig.defaults().withCounts(6, 4, 4).withSeed(3).withTasksPerVehiclePerSecond(10)
                .withDurationSeconds(4).withRealTime(true);
        pipeline = EmbeddedPipeline.start(new EmbeddedPipeline.Options(job, sim, 1, false, Path.of("target", "flink-tmp")));
        Thread.sleep(4_500);
        stats = pipeline.finish(Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void committedDecisionsCoverEveryRequestedSubtaskExactlyOnce() {
        assertThat(stats.subtasksRequested()).isGreaterThan(50);
        assertThat(stats.missingDecisions()).isZero();
        assertThat(stats.duplicateDecisions()).isZero();
        assertThat(stats.decisions()).isEqualTo(stats.subtasksRequested());
        // a read_committed reader of the topic sees exactly these decisions, nothing from aborted transactions
        assertThat(TopicReader.readAll(pipeline.bootstrapServers(), Topics.DECISIONS)).hasSize((int) stats.decisions());
    }
}

package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.bench.BenchSystem;
import io.vectwin.jobs.bench.BenchTasks;
import io.vectwin.jobs.bench.LatencyBench;
import io.vectwin.jobs.bench.LatencyReport;
import io.vectwin.jobs.bench.PhaseResult;
import io.vectwin.jobs.bench.RateResult;
import io.vectwin.jobs.config.TwinJobConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The latency tool on real parts, once for the class: the embedded broker, the twin job on a
 * MiniCluster and the simulator's telemetry ({@link BenchSystem}), two low rates through the
 * pipeline and the passthrough. Checks what a run must get right whatever the machine's speed:
 * every request answered exactly once, the interval logs holding every measured latency, the
 * JSON report. No latency value is asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatencyBenchIntegrationTest {

    private static final List<Double> RATES = List.of(100.0, 300.0);

    private static final String STALE_LOG = "pipeline-77.hlog";

    private final StringWriter progress = new StringWriter();
    private Path hdrDir;
    private List<RateResult> results;

    @BeforeAll
    void run() throws Exception {
        hdrDir = Files.createDirectories(Path.of("target", "latency-bench-it", "hdr"));
        Files.writeString(hdrDir.resolve(STALE_LOG), "a log of an earlier run, at a rate this one does not measure");
        TwinJobConfig job = TwinJobConfig.defaults("set-by-the-bench").withCounts(4, 2, 2)
                .withTwinWait(Duration.ofSeconds(30)); // a slow CI start must not dead-letter early requests
        SimulatorConfig telemetry = SimulatorConfig.defaults().withCounts(4, 2, 2).withSeed(3);
        BenchTasks tasks = new BenchTasks(job.networkParameters().tasks(), BenchTasks.vehicleIds(4), 5);
        LatencyBench.Settings settings = new LatencyBench.Settings(RATES, 2, 0.5, 2, 2, 100, 30, true, 1,
                job.sinkLinger());
        try (BenchSystem system = BenchSystem.start(job, telemetry, 2, Path.of("target", "flink-tmp"))) {
            results = new LatencyBench(settings, system.bootstrapServers(), Map.of(), tasks, new PrintWriter(progress, true),
                    hdrDir).run();
        }
    }

    @AfterAll
    void show() {
        System.out.println(progress);
    }

    @Test
    void everyMeasuredRequestIsAnsweredOnceByBothSystems() {
        assertThat(results).extracting(RateResult::offeredPerSecond).containsExactlyElementsOf(RATES);
        for (RateResult r : results) {
            PhaseResult pipeline = r.pipeline();
            PhaseResult passthrough = r.passthrough().orElseThrow();
            long expected = Math.round(2 * r.offeredPerSecond());
            assertThat(pipeline.measured()).isEqualTo(expected);
            assertThat(pipeline.answered()).isEqualTo(expected);
            assertThat(pipeline.lost()).isZero();
            assertThat(pipeline.duplicates()).isZero();
            // greedy decides a request's one subtask whole: one decision per answer
            assertThat(pipeline.outputsPerSecond()).isCloseTo(pipeline.achievedPerSecond(), within(1e-9));
            assertThat(pipeline.sendErrors()).isZero();
            assertThat(passthrough.answered()).isEqualTo(expected);
            assertThat(passthrough.lost()).isZero();
            assertThat(pipeline.p50Ms()).isPositive().isLessThanOrEqualTo(pipeline.p99Ms());
            assertThat(pipeline.p99Ms()).isLessThanOrEqualTo(pipeline.maxMs());
            // the deciding operator's thread is among those that used the phase's CPU
            assertThat(pipeline.threadCpu()).anySatisfy(share -> {
                assertThat(share.threads()).startsWith("twin + greedy policy");
                assertThat(share.cores()).isPositive();
            });
        }
    }

    @Test
    void logsOfAnEarlierRunAreGone() {
        assertThat(hdrDir.resolve(STALE_LOG)).doesNotExist();
    }

    @Test
    void intervalLogsHoldEveryMeasuredLatency() throws Exception {
        for (RateResult r : results) {
            for (PhaseResult p : List.of(r.pipeline(), r.passthrough().orElseThrow())) {
                Path log = hdrDir.resolve(p.subject().key() + "-" + Math.round(r.offeredPerSecond()) + ".hlog");
                long total = 0;
                HistogramLogReader reader = new HistogramLogReader(log.toFile());
                try {
                    EncodableHistogram h;
                    while ((h = reader.nextIntervalHistogram()) != null) {
                        total += ((org.HdrHistogram.Histogram) h).getTotalCount();
                    }
                } finally {
                    reader.close();
                }
                assertThat(total).as(log.toString()).isEqualTo(p.answered());
            }
        }
    }

    @Test
    void reportCarriesBothSystemsPerRate() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(new LatencyReport("greedy, twin without LSTM", Map.of(), results).toJson());
        assertThat(doc.get("rates")).hasSize(2);
        for (JsonNode row : doc.get("rates")) {
            assertThat(row.get("p99_ms").isNumber()).isTrue();
            assertThat(row.get("passthrough_p99_ms").isNumber()).isTrue();
            assertThat(row.get("lost").asLong()).isZero();
        }
        assertThat(progress.toString()).contains("warm-up pipeline at 100/s", "passthrough at 300/s", "pipeline at 300/s");
    }
}

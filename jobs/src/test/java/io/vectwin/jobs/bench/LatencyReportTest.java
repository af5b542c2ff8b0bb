package io.vectwin.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vectwin.jobs.bench.PhaseResult.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyReportTest {

    private static PhaseResult phase(Subject s, double rate, double p99, long lost) {
        // the pipeline cuts every request's subtask in two: twice the records out
        double outputs = (s == Subject.PIPELINE ? 2 : 1) * rate * 0.99;
        return new PhaseResult(s, rate, 1000, 1000 - lost, lost, 0, rate * 0.99, outputs, p99 / 4, p99 / 2, p99, p99 * 1.5,
                p99 * 2, 80, 300, 5, 0.2, 0, List.of(new ThreadCpuShares.Share("twin + greedy policy", 0.25),
                        new ThreadCpuShares.Share("data-plane-kafka-request-handler-#", 0.125)));
    }

    private static RateResult rate(double r, double pipelineP99, long lost, double passthroughP99) {
        return new RateResult(r, phase(Subject.PIPELINE, r, pipelineP99, lost),
                Optional.of(phase(Subject.PASSTHROUGH, r, passthroughP99, 0)));
    }

    @Test
    void saturationIsTheLastRateBeforeTheFirstMiss() {
        List<RateResult> rates = List.of(rate(1000, 3, 0, 2), rate(5000, 9.5, 0, 3), rate(10000, 12, 0, 4),
                rate(20000, 8, 0, 5)); // 20 000 passing again after a miss does not count
        assertThat(RateResult.saturation(rates, 10)).hasValue(5000);
        assertThat(RateResult.saturation(List.of(rate(1000, 3, 1, 2)), 10)).isEmpty(); // a loss is a miss
        assertThat(RateResult.saturation(List.of(rate(5000, 20, 0, 2), rate(1000, 3, 0, 2)), 10)).hasValue(1000);
    }

    @Test
    void jsonHasTheKeysTheIssuePromises() throws Exception {
        LatencyReport report = new LatencyReport("greedy, twin without LSTM", Map.of("nproc", "2"),
                List.of(rate(1000, 4, 0, 2), rate(5000, 30, 2, 5)));
        JsonNode doc = new ObjectMapper().readTree(report.toJson());
        assertThat(doc.get("saturation_per_s").asDouble()).isEqualTo(1000);
        JsonNode second = doc.get("rates").get(1);
        assertThat(second.get("offered_per_s").asDouble()).isEqualTo(5000);
        assertThat(second.get("achieved_per_s").asDouble()).isEqualTo(4950);
        assertThat(second.get("decisions_per_s").asDouble()).isEqualTo(9900);
        assertThat(second.get("p50_ms").asDouble()).isEqualTo(7.5);
        assertThat(second.get("p99_ms").asDouble()).isEqualTo(30);
        assertThat(second.get("p999_ms").asDouble()).isEqualTo(45);
        assertThat(second.get("lost").asLong()).isEqualTo(2);
        assertThat(second.get("passthrough_p99_ms").asDouble()).isEqualTo(5);
        assertThat(second.get("p99_ratio_to_passthrough").asDouble()).isEqualTo(6);
        // thread groups keep their order, most CPU first
        JsonNode threads = second.get("thread_cpu_cores");
        assertThat(threads.fieldNames()).toIterable()
                .containsExactly("twin + greedy policy", "data-plane-kafka-request-handler-#");
        assertThat(threads.get("twin + greedy policy").asDouble()).isEqualTo(0.25);
        assertThat(second.get("passthrough_thread_cpu_cores").get("data-plane-kafka-request-handler-#").asDouble())
                .isEqualTo(0.125);
    }

    @Test
    void noAnswerMeansNullPercentilesNotZero() throws Exception {
        PhaseResult none = new PhaseResult(Subject.PIPELINE, 100, 10, 0, 10, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, 10, 10, 0, 0, 0, List.of());
        LatencyReport report = new LatencyReport("x", Map.of(), List.of(new RateResult(100, none, Optional.empty())));
        JsonNode row = new ObjectMapper().readTree(report.toJson()).get("rates").get(0);
        assertThat(row.get("p99_ms").isNull()).isTrue();
        assertThat(row.get("p99_ratio_to_passthrough").isNull()).isTrue();
        assertThat(report.markdownSection(null, null)).contains("| 100 | pipeline | 0 | 0 | – |");
    }

    @Test
    void sectionJudgesTheTargetsAt5000() {
        LatencyReport pass = new LatencyReport("greedy", Map.of(), List.of(rate(5000, 8, 0, 5)));
        assertThat(pass.targetVerdict()).startsWith("p99 8.00 ms, lost 0: pass").contains("1.6×").endsWith("pass");
        LatencyReport fail = new LatencyReport("greedy", Map.of(), List.of(rate(5000, 12, 0, 5)));
        assertThat(fail.targetVerdict()).contains("**fail**");
        LatencyReport absent = new LatencyReport("greedy", Map.of(), List.of(rate(1000, 1, 0, 1)));
        assertThat(absent.targetVerdict()).contains("not among");
    }

    @Test
    void sectionSaysWhereTheCpuWentAt5000Only() {
        String at5000 = new LatencyReport("greedy", Map.of(), List.of(rate(1000, 4, 0, 2), rate(5000, 8, 0, 5)))
                .markdownSection(null, null);
        assertThat(at5000).contains(
                "- CPU by thread, pipeline at 5 000 /s (cores): 0.25 twin + greedy policy; 0.13 data-plane-kafka-request-handler-#\n");
        String without = new LatencyReport("greedy", Map.of(), List.of(rate(1000, 4, 0, 2))).markdownSection(null, null);
        assertThat(without).doesNotContain("CPU by thread, pipeline");
    }

    @Test
    void eachConfigurationKeepsItsOwnSectionOfResultsMd(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("RESULTS.md");
        Files.writeString(results, ResultsMarkdown.PREAMBLE + "\n## Link evaluation (network-model)\n\nkeep me\n");
        new LatencyReport("greedy, no twin", Map.of(), List.of(rate(1000, 4, 0, 2))).updateResults(results, "a.png", "latency/a");
        new LatencyReport("quantum, LSTM twin", Map.of(), List.of(rate(1000, 6, 0, 2))).updateResults(results, "b.png", "latency/b");
        new LatencyReport("greedy, no twin", Map.of(), List.of(rate(1000, 5, 0, 2))).updateResults(results, "a.png", "latency/a");
        String doc = Files.readString(results);
        assertThat(doc).contains("keep me");
        assertThat(doc.split(java.util.regex.Pattern.quote(LatencyReport.heading("greedy, no twin")), -1)).hasSize(2);
        assertThat(doc).contains(LatencyReport.heading("quantum, LSTM twin"));
        assertThat(doc).contains("| 1,000 | pipeline | 990 | 1,980 | 1.25 | 2.50 | 5.00 |"); // the rewrite, not the first
        assertThat(doc).doesNotContain("| 1,000 | pipeline | 990 | 1,980 | 1.00 |");
    }

    @Test
    void plotIsAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("latency.png");
        new LatencyReport("greedy", Map.of(), List.of(rate(1000, 4, 0, 2), rate(5000, 30, 0, 5))).writePlot(png);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).hasSizeGreaterThan(1000);
        assertThat(new byte[] {bytes[1], bytes[2], bytes[3]}).isEqualTo("PNG".getBytes());
    }
}

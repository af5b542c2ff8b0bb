package io.vectwin.benchmarks;

import io.vectwin.jobs.bench.ResultsMarkdown;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.benchmarks.ThroughputReport.Row;
import io.vectwin.benchmarks.ThroughputReport.RunInfo;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ThroughputReportTest {

    private static final RunInfo RUN = new RunInfo("2025-01-01T00:00:00Z", "17", 2, "cpu", "forks 1", "benchmarks/run.sh");
    private static final OptionalDouble MILLION = OptionalDouble.of(1_000_000);

    @Test
    void rowsCompareWithTheTargetAndTheHeaderIsTheDocumentedOne() {
        String md = new ThroughputReport(BenchmarkSet.LINK, List.of(
                new Row("fast", "d1", 2_500_000.4, 12_345.6, MILLION),
                new Row("slow", "d2", 400_000, Double.NaN, MILLION)), RUN).markdown();
        assertThat(md).startsWith("## Link evaluation (network-model)\n")
                .contains("| benchmark | ops/s | ± error | target ops/s | ratio to target | pass/fail |")
                // 2 500 000 / 1 000 000 = 2.50; 400 000 / 1 000 000 = 0.40
                .contains("| `fast` — d1 | 2 500 000 | 12 346 | 1 000 000 | 2.50 | pass |")
                .contains("| `slow` — d2 | 400 000 | n/a | 1 000 000 | 0.40 | **fail** |")
                .contains("- nproc: 2", "- command: `benchmarks/run.sh`", "- date: 2025-01-01T00:00:00Z");
    }

    @Test
    void rowsWithoutATargetSaySo() {
        String md = new ThroughputReport(BenchmarkSet.QUANTUM, List.of(
                new Row("forward", "f", 750_000, 1_000, BenchmarkSet.QUANTUM.target("forward")),
                new Row("forwardAndGradient", "g", 90_000, 500, BenchmarkSet.QUANTUM.target("forwardAndGradient"))),
                RUN).markdown();
        assertThat(md).startsWith("## Quantum circuit (quantum-policy)\n")
                .contains("500 000 circuit evaluations/s")
                // 750 000 / 500 000 = 1.50
                .contains("| `forward` — f | 750 000 | 1 000 | 500 000 | 1.50 | pass |")
                .contains("| `forwardAndGradient` — g | 90 000 | 500 | — | — | no target |");
    }

    @Test
    void exactlyTheTargetPasses() {
        assertThat(new Row("b", "", 1_000_000, 0, MILLION).passes()).isTrue();
        assertThat(new Row("b", "", 999_999.9, 0, MILLION).passes()).isFalse();
        assertThat(new Row("b", "", 1e9, 0, OptionalDouble.empty()).passes()).isFalse();
    }

    @Test
    void eachSetOwnsItsSectionAndBothSurviveEachOther() {
        String link = new ThroughputReport(BenchmarkSet.LINK, List.of(new Row("b", "", 1, 0, MILLION)), RUN).markdown();
        String quantum = new ThroughputReport(BenchmarkSet.QUANTUM,
                List.of(new Row("forward", "", 1, 0, OptionalDouble.of(500_000))), RUN).markdown();
        String doc = ResultsMarkdown.replaceSection(ResultsMarkdown.replaceSection("", link), quantum);
        doc = ResultsMarkdown.replaceSection(doc, link);
        assertThat(doc).containsOnlyOnce(BenchmarkSet.LINK.heading()).containsOnlyOnce(BenchmarkSet.QUANTUM.heading());
    }
}

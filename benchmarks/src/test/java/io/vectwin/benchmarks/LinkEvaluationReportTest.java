package io.vectwin.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.benchmarks.LinkEvaluationReport.Row;
import io.vectwin.benchmarks.LinkEvaluationReport.RunInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkEvaluationReportTest {

    private static final RunInfo RUN = new RunInfo("2025-01-01T00:00:00Z", "17", 2, "cpu", "forks 1", "benchmarks/run.sh");

    @Test
    void rowsCompareWithTheTargetAndTheHeaderIsTheDocumentedOne() {
        String md = new LinkEvaluationReport(List.of(
                new Row("fast", "d1", 2_500_000.4, 12_345.6),
                new Row("slow", "d2", 400_000, Double.NaN)), RUN).markdown();
        assertThat(md).startsWith(LinkEvaluationReport.HEADING + "\n")
                .contains("| benchmark | ops/s | ± error | target 1 000 000/s | ratio to target | pass/fail |")
                // 2 500 000 / 1 000 000 = 2.50; 400 000 / 1 000 000 = 0.40
                .contains("| `fast` — d1 | 2 500 000 | 12 346 | 1 000 000 | 2.50 | pass |")
                .contains("| `slow` — d2 | 400 000 | n/a | 1 000 000 | 0.40 | **fail** |")
                .contains("- nproc: 2", "- command: `benchmarks/run.sh`", "- date: 2025-01-01T00:00:00Z");
    }

    @Test
    void exactlyTheTargetPasses() {
        assertThat(new Row("b", "", 1_000_000, 0).passes()).isTrue();
        assertThat(new Row("b", "", 999_999.9, 0).passes()).isFalse();
    }

    @Test
    void itsSectionIsReplaceable() {
        String md = new LinkEvaluationReport(List.of(new Row("b", "", 1, 0)), RUN).markdown();
        String doc = ResultsMarkdown.replaceSection(ResultsMarkdown.replaceSection("", md), md);
        assertThat(doc).containsOnlyOnce(LinkEvaluationReport.HEADING);
    }
}

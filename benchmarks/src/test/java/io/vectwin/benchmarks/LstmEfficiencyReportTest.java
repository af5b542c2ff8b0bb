package io.vectwin.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LstmEfficiencyReportTest {

    private static final ThroughputReport.RunInfo RUN = new ThroughputReport.RunInfo("2026-11-25T00:00:00Z", "17",
            2, "cpu", "settings", "benchmarks/run.sh --set lstm");

    @Test
    void fractionIsInferenceFlopsOverGemmFlopsOfTheSameRun() {
        // GEMM: 10 ops/s * 2 * 512^3 = 2 684 354 560 FLOP/s
        // batch 64: 400 predictions/s * 6 709 248 FLOP = 2 683 699 200 FLOP/s -> fraction 0.99976
        // batch 1: 50 predictions/s -> 335 462 400 FLOP/s -> fraction 0.12497
        LstmEfficiencyReport report = new LstmEfficiencyReport(
                List.of(new LstmEfficiencyReport.Row("predict", 1, 50, 1), new LstmEfficiencyReport.Row("predict", 64, 400, 5)), 10, 0.1, RUN);
        assertThat(report.matmulFlopsPerSec()).isEqualTo(2_684_354_560.0);
        assertThat(report.fraction(report.rows().get(1))).isCloseTo(2_683_699_200.0 / 2_684_354_560.0, within(1e-12));
        String md = report.markdown(BenchmarkSet.LSTM);
        assertThat(md).startsWith("## LSTM inference (twin-lstm)")
                .contains("| `predict` | 1 | 50 | 1 | 0.34 | 12.5 % | 30 % | **fail** |")
                .contains("| `predict` | 64 | 400 | 5 | 2.68 | 100.0 % | 30 % | pass |")
                .contains("2.68 GFLOP/s");
    }
}

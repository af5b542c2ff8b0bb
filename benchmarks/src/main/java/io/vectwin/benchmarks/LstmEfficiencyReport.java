package io.vectwin.benchmarks;

import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.model.LstmFlops;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/**
 * The LSTM section of RESULTS.md: predictions/s per batch size, the FLOP/s they amount to
 * ({@link LstmFlops}), and that as a fraction of the matrix-multiply FLOP/s measured in the same
 * run — the DESIGN.md target is a fraction (≥ {@value #TARGET_FRACTION}), not an absolute rate,
 * so that it means the same on any machine.
 *
 * @param rows            one per batch size, ascending
 * @param matmulOpsPerSec GEMM operations/s of {@link LstmInferenceBenchmark#matrixMultiply}
 * @param matmulError     its JMH error
 */
public record LstmEfficiencyReport(List<Row> rows, double matmulOpsPerSec, double matmulError,
        ThroughputReport.RunInfo run) {

    public static final double TARGET_FRACTION = 0.30;

    /**
     * @param method              benchmark method: predict or predictDl4j
     * @param batch               windows per call
     * @param predictionsPerSec   batches/s × batch
     * @param error               JMH error × batch
     */
    public record Row(String method, int batch, double predictionsPerSec, double error) {
    }

    public LstmEfficiencyReport {
        rows = List.copyOf(rows);
    }

    /** The report of an LSTM run, if both the inference and the reference benchmark ran. */
    public static Optional<LstmEfficiencyReport> from(Collection<RunResult> results, ThroughputReport.RunInfo run) {
        String base = LstmInferenceBenchmark.class.getName() + ".";
        Optional<RunResult> matmul = results.stream()
                .filter(r -> r.getParams().getBenchmark().equals(base + "matrixMultiply")).findFirst();
        List<Row> rows = results.stream()
                .filter(r -> r.getParams().getBenchmark().startsWith(base + "predict"))
                .map(r -> {
                    int batch = Integer.parseInt(r.getParams().getParam("batch"));
                    String method = r.getParams().getBenchmark().substring(base.length());
                    return new Row(method, batch, r.getPrimaryResult().getScore() * batch,
                            r.getPrimaryResult().getScoreError() * batch);
                })
                .sorted(Comparator.comparing(Row::method).thenComparingInt(Row::batch))
                .toList();
        if (matmul.isEmpty() || rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LstmEfficiencyReport(rows, matmul.get().getPrimaryResult().getScore(),
                matmul.get().getPrimaryResult().getScoreError(), run));
    }

    public double matmulFlopsPerSec() {
        return matmulOpsPerSec * LstmInferenceBenchmark.matrixMultiplyFlops();
    }

    public double flopsPerSec(Row row) {
        return row.predictionsPerSec() * LstmFlops.perPrediction(LstmConfig.paper());
    }

    public double fraction(Row row) {
        return flopsPerSec(row) / matmulFlopsPerSec();
    }

    public String markdown(BenchmarkSet set) {
        StringBuilder md = new StringBuilder();
        md.append(set.heading()).append("\n\n").append(set.introduction()).append("\n\n");
        md.append(String.format(Locale.ROOT, "Reference: `matrixMultiply` (%s) %s ± %s ops/s = **%.2f GFLOP/s**.%n%n",
                set.description("matrixMultiply"), ThroughputReport.grouped(matmulOpsPerSec),
                Double.isFinite(matmulError) ? ThroughputReport.grouped(matmulError) : "n/a", matmulFlopsPerSec() / 1e9));
        md.append(String.format(Locale.ROOT, "`predict`: %s. `predictDl4j`: %s. %s FLOP per prediction.%n%n",
                set.description("predict"), set.description("predictDl4j"),
                ThroughputReport.grouped(LstmFlops.perPrediction(LstmConfig.paper()))));
        md.append("| benchmark | batch | predictions/s | ± error | GFLOP/s | fraction of matmul | target | pass/fail |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            boolean targeted = r.method().equals("predict");
            md.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s | %.2f | %.1f %% | %s | %s |%n", r.method(), r.batch(),
                    ThroughputReport.grouped(r.predictionsPerSec()),
                    Double.isFinite(r.error()) ? ThroughputReport.grouped(r.error()) : "n/a",
                    flopsPerSec(r) / 1e9, 100 * fraction(r),
                    targeted ? String.format(Locale.ROOT, "%.0f %%", 100 * TARGET_FRACTION) : "—",
                    !targeted ? "no target" : fraction(r) >= TARGET_FRACTION ? "pass" : "**fail**"));
        }
        md.append('\n');
        md.append("- date: ").append(run.date()).append('\n');
        md.append("- java: ").append(run.java()).append('\n');
        md.append("- nproc: ").append(run.processors()).append('\n');
        md.append("- cpu: ").append(run.cpu()).append('\n');
        md.append("- OMP_NUM_THREADS: ").append(Optional.ofNullable(System.getenv("OMP_NUM_THREADS")).orElse("unset")).append('\n');
        md.append("- JMH: ").append(run.settings()).append('\n');
        md.append("- command: `").append(run.command().replace("`", "'")).append("`\n");
        return md.toString();
    }
}

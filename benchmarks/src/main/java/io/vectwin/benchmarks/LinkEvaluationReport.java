package io.vectwin.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The "Link evaluation (network-model)" section of RESULTS.md: one row per benchmark, compared
 * with the DESIGN.md target of 1 000 000 link evaluations/s on one core, and the circumstances
 * of the run. A benchmark passes when its mean score reaches the target.
 *
 * @param rows    the measured benchmarks
 * @param run     when, where and how they were measured
 */
public record LinkEvaluationReport(List<Row> rows, RunInfo run) {

    public static final String HEADING = "## Link evaluation (network-model)";
    public static final double TARGET_OPS_PER_SECOND = 1_000_000.0;

    /**
     * @param benchmark    method name, e.g. {@code v2bUmaSimo}
     * @param description  what one operation evaluates
     * @param opsPerSecond JMH's mean score
     * @param error        JMH's score error (half-width of the 99.9 % confidence interval); NaN if
     *                     there were too few iterations to compute one
     */
    public record Row(String benchmark, String description, double opsPerSecond, double error) {

        public double ratioToTarget() {
            return opsPerSecond / TARGET_OPS_PER_SECOND;
        }

        public boolean passes() {
            return opsPerSecond >= TARGET_OPS_PER_SECOND;
        }
    }

    /**
     * @param date       ISO-8601 instant of the run
     * @param java       java.version and VM name
     * @param processors available processors (what {@code nproc} prints)
     * @param cpu        CPU model, or "unknown"
     * @param settings   JMH settings, e.g. "forks 1, warmup 3 × 2 s, measurement 5 × 3 s, 1 thread"
     * @param command    the command that produced the run
     */
    public record RunInfo(String date, String java, int processors, String cpu, String settings, String command) {
    }

    public LinkEvaluationReport {
        rows = List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n");
        md.append("One operation = one `LinkEvaluator.draw` (path loss with shadowing and LoS draw, small-scale")
                .append(" channel with CSI error and Doppler, SNR, URLLC rate of eq. (23)), physical profile,")
                .append(" JMH throughput on one thread (`LinkEvaluationBenchmark`). Target from DESIGN.md:")
                .append(" at least 1 000 000 simulator link evaluations/s on one core; pass = mean ≥ target.\n\n");
        md.append("| benchmark | ops/s | ± error | target 1 000 000/s | ratio to target | pass/fail |\n");
        md.append("|---|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            md.append("| `").append(r.benchmark()).append("` — ").append(r.description())
                    .append(" | ").append(grouped(r.opsPerSecond()))
                    .append(" | ").append(Double.isFinite(r.error()) ? grouped(r.error()) : "n/a")
                    .append(" | ").append(grouped(TARGET_OPS_PER_SECOND))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", r.ratioToTarget()))
                    .append(" | ").append(r.passes() ? "pass" : "**fail**")
                    .append(" |\n");
        }
        md.append('\n');
        md.append("- date: ").append(run.date()).append('\n');
        md.append("- java: ").append(run.java()).append('\n');
        md.append("- nproc: ").append(run.processors()).append('\n');
        md.append("- cpu: ").append(run.cpu()).append('\n');
        md.append("- JMH: ").append(run.settings()).append('\n');
        md.append("- command: `").append(run.command().replace("`", "'")).append("`\n");
        return md.toString();
    }

    /** 1234567.8 → "1 234 568": digits grouped by thousands with spaces, as the target is written. */
    static String grouped(double v) {
        return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
    }
}

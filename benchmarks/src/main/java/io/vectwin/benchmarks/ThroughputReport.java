package io.vectwin.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One benchmark set's section of RESULTS.md: one row per benchmark, compared with its DESIGN.md
 * target where it has one, and the circumstances of the run. A benchmark passes when its mean
 * score reaches the target.
 *
 * @param set  whose section this is (heading, introduction, descriptions, targets)
 * @param rows the measured benchmarks
 * @param run  when, where and how they were measured
 */
public record ThroughputReport(BenchmarkSet set, List<Row> rows, RunInfo run) {

    /**
     * @param benchmark    method name, e.g. {@code v2bUmaSimo}
     * @param description  what one operation evaluates
     * @param opsPerSecond JMH's mean score
     * @param error        JMH's score error (half-width of the 99.9 % confidence interval); NaN if
     *                     there were too few iterations to compute one
     * @param target       the DESIGN.md target in ops/s, if the benchmark has one
     */
    public record Row(String benchmark, String description, double opsPerSecond, double error, OptionalDouble target) {

        /** Score ÷ target; NaN without a target. */
        public double ratioToTarget() {
            return target.isPresent() ? opsPerSecond / target.getAsDouble() : Double.NaN;
        }

        /** Mean ≥ target; false without a target. */
        public boolean passes() {
            return target.isPresent() && opsPerSecond >= target.getAsDouble();
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

    public ThroughputReport {
        rows = List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(set.heading()).append("\n\n");
        md.append(set.introduction()).append("\n\n");
        md.append("| benchmark | ops/s | ± error | target ops/s | ratio to target | pass/fail |\n");
        md.append("|---|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            boolean hasTarget = r.target().isPresent();
            md.append("| `").append(r.benchmark()).append("` — ").append(r.description())
                    .append(" | ").append(grouped(r.opsPerSecond()))
                    .append(" | ").append(Double.isFinite(r.error()) ? grouped(r.error()) : "n/a")
                    .append(" | ").append(hasTarget ? grouped(r.target().getAsDouble()) : "—")
                    .append(" | ").append(hasTarget ? String.format(Locale.ROOT, "%.2f", r.ratioToTarget()) : "—")
                    .append(" | ").append(!hasTarget ? "no target" : r.passes() ? "pass" : "**fail**")
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

    /** 1234567.8 → "1 234 568": digits grouped by thousands with spaces, as the targets are written. */
    static String grouped(double v) {
        return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
    }
}

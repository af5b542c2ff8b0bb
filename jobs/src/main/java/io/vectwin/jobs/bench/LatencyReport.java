package io.vectwin.jobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The results of a latency run, as the people who read them want them: JSON for scripts, a
 * section of {@code benchmarks/RESULTS.md}, and a PNG of p50/p99 against offered load for the
 * pipeline and the passthrough. Pure functions of the results, apart from the writing.
 *
 * @param configuration what ran, e.g. {@code greedy, LSTM off}; names the RESULTS.md section
 * @param info          facts about the run shown under the table (date, machine, command …)
 * @param rates         one entry per offered rate
 */
public record LatencyReport(String configuration, Map<String, String> info, List<RateResult> rates) {

    /** The rate DESIGN.md's latency target is set at. */
    static final double TARGET_RATE = 5_000;
    /** Thread groups listed in the section, and how much of each name. */
    private static final int MARKDOWN_THREAD_GROUPS = 10;
    private static final int MARKDOWN_THREAD_NAME = 60;

    public LatencyReport {
        info = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(info));
        rates = List.copyOf(rates);
    }

    /** The highest rate up to which the pipeline kept p99 ≤ ϱ without loss ({@link RateResult#saturation}). */
    public OptionalDouble saturationPerSecond() {
        return RateResult.saturation(rates, LatencyBench.THRESHOLD_MS);
    }

    /** The JSON document {@code --json} writes. */
    public String toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("configuration", configuration);
        doc.putAll(info);
        doc.put("threshold_ms", LatencyBench.THRESHOLD_MS);
        doc.put("saturation_per_s", orNull(saturationPerSecond()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RateResult r : rates) {
            PhaseResult p = r.pipeline();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("offered_per_s", r.offeredPerSecond());
            row.put("achieved_per_s", round(p.achievedPerSecond()));
            row.put("decisions_per_s", round(p.outputsPerSecond()));
            row.put("measured", p.measured());
            row.put("lost", p.lost());
            row.put("duplicates", p.duplicates());
            putLatencies(row, "", p);
            row.put("cpu_percent", round(p.cpuPercent()));
            row.put("heap_max_mib", round(p.heapMaxMib()));
            row.put("jit_percent", round(p.jitPercent()));
            row.put("sender_max_lag_ms", round(p.senderMaxLagMs()));
            row.put("thread_cpu_cores", threadCpu(p));
            r.passthrough().ifPresent(t -> {
                row.put("passthrough_achieved_per_s", round(t.achievedPerSecond()));
                row.put("passthrough_lost", t.lost());
                putLatencies(row, "passthrough_", t);
                row.put("passthrough_cpu_percent", round(t.cpuPercent()));
                row.put("passthrough_thread_cpu_cores", threadCpu(t));
            });
            row.put("p99_ratio_to_passthrough", orNull(r.p99RatioToPassthrough()));
            rows.add(row);
        }
        doc.put("rates", rows);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the latency report as JSON", e);
        }
    }

    /** Thread group → cores, most first (JSON keeps the order). */
    private static Map<String, Object> threadCpu(PhaseResult p) {
        Map<String, Object> groups = new LinkedHashMap<>();
        p.threadCpu().forEach(share -> groups.put(share.threads(), round(share.cores())));
        return groups;
    }

    private static void putLatencies(Map<String, Object> row, String prefix, PhaseResult p) {
        row.put(prefix + "p50_ms", round(p.p50Ms()));
        row.put(prefix + "p90_ms", round(p.p90Ms()));
        row.put(prefix + "p99_ms", round(p.p99Ms()));
        row.put(prefix + "p999_ms", round(p.p999Ms()));
        row.put(prefix + "max_ms", round(p.maxMs()));
    }

    /** The RESULTS.md heading of a configuration: each configuration keeps its own section. */
    public static String heading(String configuration) {
        return "## End-to-end decision latency under load (" + configuration + ")";
    }

    /**
     * The RESULTS.md section: one row per rate and system, the saturation point, and whether the
     * targets of DESIGN.md are met at 5 000/s.
     *
     * @param plot   file name of the PNG, relative to RESULTS.md, or null
     * @param hdrDir directory of the interval logs, relative to RESULTS.md, or null
     */
    public String markdownSection(String plot, String hdrDir) {
        StringBuilder s = new StringBuilder();
        s.append(heading(configuration)).append("\n\n");
        s.append("Open loop (`bin/vectwin bench latency`): task requests of one subtask each go to `vec.tasks` on a fixed "
                + "schedule; latency runs from a request's *scheduled* send time to the moment its decision is consumed "
                + "from `vec.decisions`, so a stall counts against every request due during it. *achieved /s* counts "
                + "answered requests; *records out /s* every record consumed for them: the pipeline's decisions, more "
                + "than one per request when the policy cuts the subtask into segments (eq. 58), the passthrough's "
                + "copies. The passthrough is a bare "
                + "Kafka consume → produce copy with the job's client settings, at the same rates. Targets from DESIGN.md: "
                + "p99 ≤ 10 ms (ϱ) at ≥ 5 000 decisions/s, and p99 within 2× of the passthrough's. CPU % is the JVM's "
                + "share of all cores; JIT % the time its JIT compilers took, in % of one core; CPU by thread the busiest "
                + "thread groups of the pipeline's phase at 5 000 /s, in cores (1.00 = one core all the phase).\n\n");
        s.append("| offered /s | system | achieved /s | records out /s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | lost | CPU % | JIT % | heap MiB "
                + "| p99 / passthrough |\n");
        s.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RateResult r : rates) {
            row(s, r.offeredPerSecond(), r.pipeline(), r.p99RatioToPassthrough());
            r.passthrough().ifPresent(p -> row(s, r.offeredPerSecond(), p, OptionalDouble.empty()));
        }
        s.append('\n');
        OptionalDouble saturation = saturationPerSecond();
        s.append(String.format(Locale.ROOT, "- saturation point (highest offered rate with p99 ≤ %.0f ms and nothing lost, "
                + "at it and every lower rate): **%s**%n", LatencyBench.THRESHOLD_MS,
                saturation.isPresent() ? String.format(Locale.ROOT, "%,.0f /s", saturation.getAsDouble())
                        : "none of the measured rates"));
        s.append("- target at 5 000 /s: ").append(targetVerdict()).append('\n');
        atTargetRate().filter(r -> !r.pipeline().threadCpu().isEmpty())
                .ifPresent(r -> s.append("- CPU by thread, pipeline at 5 000 /s (cores): ")
                        .append(ThreadCpuShares.summary(r.pipeline().threadCpu(), MARKDOWN_THREAD_GROUPS, MARKDOWN_THREAD_NAME))
                        .append('\n'));
        if (plot != null) {
            s.append("- plot: [`").append(plot).append("`](").append(plot).append(")\n");
        }
        if (hdrDir != null) {
            s.append("- HdrHistogram interval logs (µs; one per phase): [`").append(hdrDir).append("/`](").append(hdrDir)
                    .append("/)\n");
        }
        info.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }

    /** The rate the targets are judged at, when it was measured. */
    private java.util.Optional<RateResult> atTargetRate() {
        return rates.stream().filter(r -> r.offeredPerSecond() == TARGET_RATE).findFirst();
    }

    /** Pass/fail of DESIGN.md's latency target at 5 000 /s, or why it cannot be said. */
    String targetVerdict() {
        return atTargetRate().map(r -> {
            PhaseResult p = r.pipeline();
            boolean latencyOk = p.meets(LatencyBench.THRESHOLD_MS);
            OptionalDouble ratio = r.p99RatioToPassthrough();
            String ratioText = ratio.isPresent()
                    ? String.format(Locale.ROOT, "; p99 %.1f× the passthrough's (target ≤ 2×): %s", ratio.getAsDouble(),
                            ratio.getAsDouble() <= 2 ? "pass" : "**fail**")
                    : "; no passthrough measured";
            return String.format(Locale.ROOT, "p99 %.2f ms, lost %d: %s%s", p.p99Ms(), p.lost(),
                    latencyOk ? "pass" : "**fail**", ratioText);
        }).orElse("5 000 /s was not among the offered rates");
    }

    private static void row(StringBuilder s, double offered, PhaseResult p, OptionalDouble ratio) {
        s.append(String.format(Locale.ROOT, "| %,.0f | %s | %,.0f | %,.0f | %s | %s | %s | %s | %s | %d | %.0f | %.0f | %.0f | %s |%n",
                offered, p.subject().key(), p.achievedPerSecond(), p.outputsPerSecond(), num(p.p50Ms()), num(p.p90Ms()), num(p.p99Ms()),
                num(p.p999Ms()), num(p.maxMs()), p.lost(), p.cpuPercent(), p.jitPercent(), p.heapMaxMib(),
                ratio.isPresent() ? String.format(Locale.ROOT, "%.1f", ratio.getAsDouble()) : ""));
    }

    private static String num(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : ms < 100 ? "%.1f" : "%,.0f", ms);
    }

    /** The p50/p99 plot against offered load, log–log, with ϱ drawn in. */
    public XYChart chart() {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("End-to-end decision latency (" + configuration + ")")
                .xAxisTitle("offered load (subtask decisions/s)").yAxisTitle("latency (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(7);
        double[] x = rates.stream().mapToDouble(RateResult::offeredPerSecond).toArray();
        series(chart, "pipeline p50", x, rates.stream().mapToDouble(r -> r.pipeline().p50Ms()).toArray());
        series(chart, "pipeline p99", x, rates.stream().mapToDouble(r -> r.pipeline().p99Ms()).toArray());
        if (rates.stream().allMatch(r -> r.passthrough().isPresent())) {
            series(chart, "passthrough p50", x, rates.stream().mapToDouble(r -> r.passthrough().get().p50Ms()).toArray());
            series(chart, "passthrough p99", x, rates.stream().mapToDouble(r -> r.passthrough().get().p99Ms()).toArray());
        }
        double lo = java.util.Arrays.stream(x).min().orElse(1);
        double hi = java.util.Arrays.stream(x).max().orElse(1);
        XYSeries threshold = chart.addSeries("ϱ = 10 ms", new double[] {lo, Math.max(hi, lo * 1.01)},
                new double[] {LatencyBench.THRESHOLD_MS, LatencyBench.THRESHOLD_MS});
        threshold.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    private static void series(XYChart chart, String name, double[] x, double[] y) {
        // a log axis cannot show 0 or NaN (nothing answered): such points are left out
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0) {
                xs.add(x[i]);
                ys.add(y[i]);
            }
        }
        if (!xs.isEmpty()) {
            chart.addSeries(name, xs, ys);
        }
    }

    /** Writes the plot as PNG. */
    public void writePlot(Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        createParent(png);
        BitmapEncoder.saveBitmap(chart(), png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** Writes {@link #toJson()}. */
    public void writeJson(Path file) throws IOException {
        createParent(file);
        Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
    }

    /** Replaces (or adds) this configuration's section in a RESULTS.md file. */
    public void updateResults(Path resultsMd, String plot, String hdrDir) throws IOException {
        String document = Files.exists(resultsMd) ? Files.readString(resultsMd, StandardCharsets.UTF_8) : "";
        createParent(resultsMd);
        Files.writeString(resultsMd, ResultsMarkdown.replaceSection(document, markdownSection(plot, hdrDir)),
                StandardCharsets.UTF_8);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static Object orNull(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    private static Object round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 1000) / 1000.0;
    }
}

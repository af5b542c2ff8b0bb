package io.vectwin.jobs.figures;

import io.vectwin.jobs.cluster.MarkedSection;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code REPRODUCTION.md}: each of the paper's claims beside what this repository's run gives, one
 * section per profile (rewritten in place by the run of that profile, the rest of the file kept).
 * Relative claims are compared as the paper states them: for a reward, how much higher QDRL's is
 * (relative to the other's); for a latency or an energy, how much lower (relative to the other's). A
 * remark says whether ours points the same way; the numbers are never typed by hand.
 */
public final class ReproductionReport {

    private ReproductionReport() {
    }

    /** Everything one profile's run measured. */
    public record Findings(FigurePlan plan, String command, Fig3Timing fig3, RewardFigure.Result reward,
            LatencyStepsFigure.Result latency, EnergyFigure.Result energy, QosFigure.Result qos,
            BlockLengthFigure.Result blockLength, Path figures) {
    }

    /**
     * How long Fig. 3's training took in the call that wrote the report.
     *
     * @param trained runs this call trained (the others were complete from an earlier call)
     * @param runs    Fig. 3's runs in all (3 algorithms × seeds)
     * @param minutes wall time of that training, all threads together
     */
    public record Fig3Timing(int trained, int runs, double minutes) {
    }

    /** Writes (or rewrites) the section of {@code findings.plan().profile()} in {@code file}. */
    public static void write(Path file, Findings f) {
        try {
            String section = "reproduction-" + f.plan().profile().cliName();
            String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : skeleton();
            if (!doc.contains(MarkedSection.begin(section))) {
                doc = doc.stripTrailing() + "\n\n" + MarkedSection.begin(section) + "\n" + MarkedSection.end(section) + "\n";
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, MarkedSection.replace(doc, section, body(f)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String skeleton() {
        return """
                # Reproducing the paper's results

                Written by `bin/vectwin figures` from its own training runs and evaluations; one section per
                parameter profile (see `docs/PROFILES.md`), each rewritten by the run of that profile. The
                figures (PNG) and the numbers behind them (CSV) are in the directory the section names.
                "Ours" compares as the paper does: a reward by how much higher QDRL's is, a latency or an
                energy by how much lower, each relative to the other algorithm's.
                """;
    }

    static String body(Findings f) {
        FigurePlan p = f.plan();
        StringBuilder b = new StringBuilder();
        b.append("## Profile `").append(p.profile().cliName()).append("`\n\n");
        b.append(String.format(Locale.ROOT, "- run: %d episodes x %d seeds per algorithm, %d steps per episode, %d"
                + " evaluation episodes per point, %d training threads; figures in `%s`%n", p.episodes(), p.seeds(),
                p.stepsPerEpisode(), p.evaluationEpisodes(), p.threads(), f.figures()));
        b.append(String.format(Locale.ROOT, "- Fig. 3's training: %d of its %d runs (3 algorithms x %d seeds, %d episodes"
                + " each) were trained by this call, in %.1f min wall time on %d threads%s%n", f.fig3().trained(),
                f.fig3().runs(), p.seeds(), p.episodes(), f.fig3().minutes(), p.threads(),
                f.fig3().trained() < f.fig3().runs() ? "; the others were complete from an earlier call" : ""));
        b.append("- command: `").append(f.command()).append("`\n\n");
        b.append("| claim | paper | ours | remark |\n|---|---:|---:|---|\n");
        RewardFigure.Result r = f.reward();
        higher(b, "Fig. 3: QDRL's normalised reward above PPO's at the last episode", 53.17,
                r.finalNormalised().get(TrainingAlgorithm.QDRL), r.finalNormalised().get(TrainingAlgorithm.PPO));
        higher(b, "Fig. 3: QDRL's normalised reward above DDPG's at the last episode", 84.81,
                r.finalNormalised().get(TrainingAlgorithm.QDRL), r.finalNormalised().get(TrainingAlgorithm.DDPG));
        LatencyStepsFigure.Result l = f.latency();
        int step = Math.min(10, p.stepsPerEpisode());
        lower(b, "Fig. 4: QDRL's latency below single-agent QDRL's at time step " + step, 30.11,
                l.at(TrainingAlgorithm.QDRL, step), l.at(TrainingAlgorithm.QDRL_SINGLE, step));
        lower(b, "Fig. 4: below QDRL without LSTM at time step " + step, 63.18, l.at(TrainingAlgorithm.QDRL, step),
                l.at(TrainingAlgorithm.QDRL_NOLSTM, step));
        lower(b, "Fig. 4: below PPO at time step " + step, 20.72, l.at(TrainingAlgorithm.QDRL, step),
                l.at(TrainingAlgorithm.PPO, step));
        lower(b, "Fig. 4: below DDPG at time step " + step, 72.47, l.at(TrainingAlgorithm.QDRL, step),
                l.at(TrainingAlgorithm.DDPG, step));
        EnergyFigure.Result e = f.energy();
        lower(b, "Fig. 5: QDRL's energy below QDRL without LSTM at D_max = 100 KB", 10.83,
                e.atLargest(TrainingAlgorithm.QDRL), e.atLargest(TrainingAlgorithm.QDRL_NOLSTM));
        lower(b, "Fig. 5: below QDRL without DT at D_max = 100 KB", 39.82, e.atLargest(TrainingAlgorithm.QDRL),
                e.atLargest(TrainingAlgorithm.QDRL_NODT));
        lower(b, "Fig. 5: below single-agent QDRL at D_max = 100 KB", 37.30, e.atLargest(TrainingAlgorithm.QDRL),
                e.atLargest(TrainingAlgorithm.QDRL_SINGLE));
        QosFigure.Result q = f.qos();
        List<ScenarioSettings> s = ScenarioSettings.ALL;
        value(b, "Fig. 6: QoS at 7.5 GHz, V = 2", 86.26, q.at(s.get(0), 7.5), "QoS of eq. (93)");
        value(b, "Fig. 6: QoS at 7.5 GHz, V = 8", 65.96, q.at(s.get(1), 7.5), "QoS of eq. (93)");
        value(b, "Fig. 6: QoS at 7.5 GHz, U = 4", 87.27, q.at(s.get(3), 7.5), "QoS of eq. (93)");
        value(b, "Fig. 6: QoS at 7.5 GHz, U = 10 (ours: V = 20, U = 10, B = 4)", 77.12, q.at(s.get(2), 7.5),
                "QoS of eq. (93)");
        value(b, "Fig. 6: QoS at 7.5 GHz, B = 4 (ours: V = 20, U = 10, B = 4)", 81.18, q.at(s.get(2), 7.5),
                "QoS of eq. (93)");
        value(b, "Fig. 6: QoS at 7.5 GHz, B = 10", 97.42, q.at(s.get(4), 7.5), "QoS of eq. (93)");
        BlockLengthFigure.Result n = f.blockLength();
        value(b, "Fig. 7: latency at n = 100, low density (ours: V = 2)", 1.63, n.at(s.get(0), 100), "ms");
        value(b, "Fig. 7: latency at n = 500, low density (ours: V = 2)", 2.94, n.at(s.get(0), 500), "ms");
        b.append("| Table III | see `table-iii.md` beside the figures | | regenerated by the same run |\n\n");
        b.append(remarks(p));
        return b.toString();
    }

    private static void higher(StringBuilder b, String claim, double paperPercent, double qdrl, double other) {
        double ours = 100.0 * (qdrl - other) / Math.abs(other);
        row(b, claim, paperPercent, ours, other == 0 ? "the other's normalised reward is 0 (the lowest of the figure)"
                : direction(ours));
    }

    private static void lower(StringBuilder b, String claim, double paperPercent, double qdrl, double other) {
        double ours = 100.0 * (other - qdrl) / other;
        row(b, claim, paperPercent, ours, direction(ours));
    }

    private static void row(StringBuilder b, String claim, double paper, double ours, String remark) {
        b.append(String.format(Locale.ROOT, "| %s | %.2f %% | %s | %s |%n", claim, paper,
                Double.isFinite(ours) ? String.format(Locale.ROOT, "%.2f %%", ours) : "n/a", remark));
    }

    private static void value(StringBuilder b, String claim, double paper, double ours, String unit) {
        if (Double.isNaN(ours)) {
            b.append(String.format(Locale.ROOT, "| %s | %.2f | n/a | %s; %s |%n", claim, paper, unit, NO_LINK));
            return;
        }
        b.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s; %s |%n", claim, paper, ours, unit,
                Math.abs(ours - paper) <= 0.1 * Math.abs(paper) ? "within 10 % of the paper's" : "differs from the paper's"));
    }

    private static final String NO_LINK = "no evaluated subtask's links closed (every latency +∞)";

    private static String direction(double ours) {
        if (Double.isNaN(ours)) {
            return "undefined: " + NO_LINK + " for one of the two";
        }
        if (!Double.isFinite(ours)) {
            return "undefined";
        }
        return ours > 0 ? "same direction as the paper" : "opposite direction: QDRL does not beat it here";
    }

    private static String remarks(FigurePlan p) {
        return String.format(Locale.ROOT, """
                Remarks (%s profile):
                - The reward, latency, energy and QoS are this repository's model of the paper (eq. 1–93 in
                  `network-model`, dimensionless rewards as `mdp/package-info.java` explains); the paper's absolute
                  numbers come from a simulator we do not have, so only directions and rough sizes can agree.
                - Fig. 3's "normalised reward" maps every curve of the figure together onto [0, 1]; a percentage
                  between two such values depends on the worst curve, which sets 0. The unscaled reward per agent and
                  slot is in `fig3-reward-per-agent.csv`.
                - Fig. 6 and 7 use one seed per setting; the U and B settings use QDRL policies trained on their own
                  counts, the V settings the V = 20 policy.
                - Fig. 7: in eq. (23) a longer block has a smaller dispersion penalty, so the rate rises and the
                  transmission time falls with n; the paper's L(n) ∝ n (encoding and decoding time) is not in its
                  equations and not in our model, so our latency does not grow with n.
                - Latencies include queueing at the edge nodes (eq. 6–7 with the node's backlog), which dominates once
                  nodes are loaded: Fig. 4's 1 MB tasks overload them, hence latencies far above ϱ.
                %s
                """, p.profile().cliName(), p.episodes() < 1000
                ? "- This was a short run (" + p.episodes() + " episodes): the policies are far from converged, and the"
                        + " comparisons say little about the algorithms."
                : "- Each algorithm trained for Sec. VI's 1000 episodes.");
    }
}

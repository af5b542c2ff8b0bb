package io.vectwin.jobs.figures;

import io.vectwin.jobs.training.RunSpec;
import io.vectwin.quantum.training.TrainingAlgorithm;
import io.vectwin.quantum.training.TrainingRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fig. 3: normalised reward against training episode for multi-agent QDRL, PPO and DDPG, mean and
 * 95 % band over seeds. Each run's per-episode reward per agent and slot ({@code normalised_reward}
 * of its CSV) is smoothed by a trailing moving average, averaged over seeds, and the figure maps all
 * curves together onto [0, 1] (min–max over every curve and band), as the paper's axis is a
 * normalised reward; the CSV also keeps the unscaled means.
 */
public final class RewardFigure {

    private RewardFigure() {
    }

    /**
     * @param finalNormalised each algorithm's normalised reward at the last episode (0–1 scale)
     * @param finalPerAgent   each algorithm's smoothed reward per agent and slot at the last episode
     */
    public record Result(Map<TrainingAlgorithm, Double> finalNormalised, Map<TrainingAlgorithm, Double> finalPerAgent) {
    }

    public static Result build(FigureContext ctx) {
        FigurePlan plan = ctx.plan();
        Map<TrainingAlgorithm, double[][]> stats = new LinkedHashMap<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrainingAlgorithm a : FigurePlan.FIG3) {
            List<RunSpec> runs = ctx.runs(plan.base(), a, plan.seeds());
            double[][] perSeed = new double[runs.size()][];
            for (int k = 0; k < runs.size(); k++) {
                perSeed[k] = SeedStatistics.movingAverage(column(runs.get(k), 2, plan.episodes()), plan.smoothing());
            }
            double[][] s = new double[3][plan.episodes()];
            for (int e = 0; e < plan.episodes(); e++) {
                double[] at = new double[runs.size()];
                for (int k = 0; k < runs.size(); k++) {
                    at[k] = perSeed[k][e];
                }
                double[] m = SeedStatistics.meanAndInterval(at);
                for (int i = 0; i < 3; i++) {
                    s[i][e] = m[i];
                }
                lo = Math.min(lo, m[1]);
                hi = Math.max(hi, m[2]);
            }
            stats.put(a, s);
        }
        double span = hi > lo ? hi - lo : 1.0;
        double[] episodes = new double[plan.episodes()];
        for (int e = 0; e < episodes.length; e++) {
            episodes[e] = e + 1;
        }
        List<Curve> curves = new ArrayList<>();
        List<Curve> raw = new ArrayList<>();
        Map<TrainingAlgorithm, Double> finalNormalised = new LinkedHashMap<>();
        Map<TrainingAlgorithm, Double> finalPerAgent = new LinkedHashMap<>();
        for (Map.Entry<TrainingAlgorithm, double[][]> e : stats.entrySet()) {
            double[][] s = e.getValue();
            String name = label(e.getKey());
            curves.add(new Curve(name, episodes, scale(s[0], lo, span), scale(s[1], lo, span), scale(s[2], lo, span)));
            raw.add(new Curve(name, episodes, s[0], s[1], s[2]));
            finalNormalised.put(e.getKey(), (s[0][s[0].length - 1] - lo) / span);
            finalPerAgent.put(e.getKey(), s[0][s[0].length - 1]);
        }
        FigureFiles.write(ctx.out(), "fig3-reward", "Fig. 3: normalised reward vs episode (" + plan.profile().cliName()
                + ", " + plan.seeds() + (plan.seeds() == 1 ? " seed)" : " seeds)"), "Episode", "Normalised reward", curves);
        FigureFiles.write(ctx.out(), "fig3-reward-per-agent", "Fig. 3 (unscaled): reward per agent and slot",
                "Episode", "Reward per agent and slot", raw);
        return new Result(finalNormalised, finalPerAgent);
    }

    static String label(TrainingAlgorithm a) {
        return switch (a) {
            case QDRL -> "Multi-agent QDRL";
            case QDRL_SINGLE -> "Single-agent QDRL";
            case QDRL_NOLSTM -> "Multi-agent QDRL without LSTM";
            case QDRL_NODT -> "Multi-agent QDRL without DT";
            case PPO -> "Multi-agent PPO";
            case DDPG -> "Multi-agent DDPG";
        };
    }

    private static double[] scale(double[] y, double lo, double span) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (y[i] - lo) / span;
        }
        return out;
    }

    /** Column {@code index} of a run's episodes.csv, first {@code episodes} rows. */
    static double[] column(RunSpec run, int index, int episodes) {
        try {
            List<String> lines = Files.readAllLines(TrainingRun.csv(run.directory()), StandardCharsets.UTF_8);
            if (lines.size() - 1 < episodes) {
                throw new IllegalStateException(TrainingRun.csv(run.directory()) + " has " + (lines.size() - 1)
                        + " episodes, the figure needs " + episodes);
            }
            double[] out = new double[episodes];
            for (int e = 0; e < episodes; e++) {
                out[e] = Double.parseDouble(lines.get(e + 1).split(",")[index]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TrainingRun.csv(run.directory()), e);
        }
    }
}

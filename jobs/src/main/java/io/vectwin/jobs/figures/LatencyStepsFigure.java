package io.vectwin.jobs.figures;

import io.vectwin.jobs.training.PolicyEvaluator;
import io.vectwin.jobs.training.RunSpec;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fig. 4: total latency (network plus processing) against the time step of an episode, 1 MB tasks
 * (Sec. VI), for multi-agent QDRL, single-agent QDRL, QDRL without LSTM, PPO and DDPG: every trained
 * run's policies evaluated greedily on fresh episodes, the mean latency of each time step averaged
 * over episodes and seeds.
 */
public final class LatencyStepsFigure {

    private LatencyStepsFigure() {
    }

    /** Each algorithm's latency (ms) at every time step. */
    public record Result(Map<TrainingAlgorithm, double[]> latencyMs) {

        /** Latency at time step {@code step} (1-based). */
        public double at(TrainingAlgorithm a, int step) {
            double[] l = latencyMs.get(a);
            return l[Math.min(step, l.length) - 1];
        }
    }

    public static Result build(FigureContext ctx) {
        FigurePlan plan = ctx.plan();
        NetworkParameters params = ScenarioVariants.oneMegabyteTasks(plan.base());
        Map<TrainingAlgorithm, double[]> latency = new LinkedHashMap<>();
        List<Curve> curves = new ArrayList<>();
        double[] steps = new double[plan.stepsPerEpisode()];
        for (int t = 0; t < steps.length; t++) {
            steps[t] = t + 1;
        }
        for (TrainingAlgorithm a : FigurePlan.FIG4) {
            List<RunSpec> runs = ctx.runs(plan.base(), a, plan.seeds());
            double[] sum = new double[steps.length];
            int[] count = new int[steps.length];
            for (RunSpec r : runs) {
                PolicyEvaluator.Result res = ctx.evaluator().evaluate(r, params);
                for (int t = 0; t < sum.length; t++) {
                    if (!Double.isNaN(res.stepLatencyMs()[t])) {
                        sum[t] += res.stepLatencyMs()[t];
                        count[t]++;
                    }
                }
            }
            double[] mean = new double[steps.length];
            for (int t = 0; t < mean.length; t++) {
                mean[t] = count[t] == 0 ? Double.NaN : sum[t] / count[t]; // NaN: no subtask's links closed at t
            }
            latency.put(a, mean);
            curves.add(Curve.of(RewardFigure.label(a), steps, mean));
        }
        FigureFiles.write(ctx.out(), "fig4-latency-steps", "Fig. 4: latency vs time step, 1 MB tasks ("
                + plan.profile().cliName() + ")", "Time step", "Latency (ms)", curves);
        return new Result(latency);
    }
}

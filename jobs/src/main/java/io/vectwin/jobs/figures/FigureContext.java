package io.vectwin.jobs.figures;

import io.vectwin.jobs.training.PolicyEvaluator;
import io.vectwin.jobs.training.RunSpec;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every figure needs: the plan, where trained runs live, how to evaluate them, and where the
 * figures go.
 *
 * @param runsRoot where {@link RunSpec#under} puts the campaign's runs
 * @param out      the directory for PNG and CSV files
 */
public record FigureContext(FigurePlan plan, Path runsRoot, PolicyEvaluator evaluator, Path out) {

    /** The runs of {@code algorithm} on {@code params}' scenario, one per seed 1 … K. */
    public List<RunSpec> runs(NetworkParameters params, TrainingAlgorithm algorithm, int seeds) {
        List<RunSpec> out = new ArrayList<>();
        for (int k = 1; k <= seeds; k++) {
            out.add(RunSpec.under(runsRoot, params, algorithm, k));
        }
        return out;
    }

    /**
     * The mean of {@code metric} over the evaluations of every run in {@code runs} under {@code params},
     * skipping runs where it is NaN (none of their subtasks' links closed); NaN if it is NaN for all.
     */
    public double mean(List<RunSpec> runs, NetworkParameters params,
            java.util.function.ToDoubleFunction<PolicyEvaluator.Result> metric) {
        double sum = 0;
        int n = 0;
        for (RunSpec r : runs) {
            double v = metric.applyAsDouble(evaluator.evaluate(r, params));
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}

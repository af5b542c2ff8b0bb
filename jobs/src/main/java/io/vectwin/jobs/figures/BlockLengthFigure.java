package io.vectwin.jobs.figures;

import io.vectwin.quantum.training.TrainingAlgorithm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fig. 7: latency against the URLLC block length n of eq. (23), for the settings of
 * {@link ScenarioSettings}, each evaluated with its multi-agent QDRL policy (seed 1) on fresh episodes.
 */
public final class BlockLengthFigure {

    /** The x axis: n in symbols (the paper's "bits"), 100 to 500 as in its discussion of Fig. 7. */
    public static final int[] BLOCK_LENGTHS = {100, 200, 300, 400, 500};

    private BlockLengthFigure() {
    }

    /** Each setting's latency (ms) at every block length. */
    public record Result(Map<ScenarioSettings, double[]> latencyMs) {

        public double at(ScenarioSettings s, int n) {
            double[] l = latencyMs.get(s);
            for (int i = 0; i < BLOCK_LENGTHS.length; i++) {
                if (BLOCK_LENGTHS[i] == n) {
                    return l[i];
                }
            }
            throw new IllegalArgumentException("block length " + n + " is not on the axis");
        }
    }

    public static Result build(FigureContext ctx) {
        FigurePlan plan = ctx.plan();
        double[] x = new double[BLOCK_LENGTHS.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = BLOCK_LENGTHS[i];
        }
        Map<ScenarioSettings, double[]> latency = new LinkedHashMap<>();
        List<Curve> curves = new ArrayList<>();
        for (ScenarioSettings s : ScenarioSettings.ALL) {
            double[] l = new double[x.length];
            for (int i = 0; i < l.length; i++) {
                l[i] = ctx.mean(ctx.runs(s.trainedOn(plan.base()), TrainingAlgorithm.QDRL, 1),
                        ScenarioVariants.blockLength(s.evaluatedOn(plan.base()), BLOCK_LENGTHS[i]), r -> r.latencyMs());
            }
            latency.put(s, l);
            curves.add(Curve.of(s.name(), x, l));
        }
        FigureFiles.write(ctx.out(), "fig7-latency-block-length", "Fig. 7: latency vs block length, multi-agent QDRL ("
                + plan.profile().cliName() + ")", "Block length n", "Latency (ms)", curves);
        return new Result(latency);
    }
}

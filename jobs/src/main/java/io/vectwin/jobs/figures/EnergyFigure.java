package io.vectwin.jobs.figures;

import io.vectwin.quantum.training.TrainingAlgorithm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fig. 5: energy per subtask (vehicle transmission plus the nodes' forwarding and processing)
 * against the maximum subtask size D_max, for multi-agent QDRL, QDRL without LSTM, QDRL without DT
 * and single-agent QDRL, each trained policy evaluated on fresh episodes whose subtasks are capped
 * at D_max ({@link ScenarioVariants#maxSubtask}).
 */
public final class EnergyFigure {

    /** The x axis: D_max in KB, up to the paper's 100 KB. */
    public static final double[] MAX_SUBTASK_KB = {20, 40, 60, 80, 100};

    private EnergyFigure() {
    }

    /** Each algorithm's energy (J) at every D_max of {@link #MAX_SUBTASK_KB}. */
    public record Result(Map<TrainingAlgorithm, double[]> energyJ) {

        /** Energy at the largest D_max (100 KB). */
        public double atLargest(TrainingAlgorithm a) {
            double[] e = energyJ.get(a);
            return e[e.length - 1];
        }
    }

    public static Result build(FigureContext ctx) {
        FigurePlan plan = ctx.plan();
        Map<TrainingAlgorithm, double[]> energy = new LinkedHashMap<>();
        List<Curve> curves = new ArrayList<>();
        for (TrainingAlgorithm a : FigurePlan.FIG5) {
            double[] e = new double[MAX_SUBTASK_KB.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = ctx.mean(ctx.runs(plan.base(), a, plan.seeds()),
                        ScenarioVariants.maxSubtask(plan.base(), MAX_SUBTASK_KB[i]), r -> r.energyJ());
            }
            energy.put(a, e);
            curves.add(Curve.of(RewardFigure.label(a), MAX_SUBTASK_KB, e));
        }
        FigureFiles.write(ctx.out(), "fig5-energy-subtask-size", "Fig. 5: energy vs maximum subtask size ("
                + plan.profile().cliName() + ")", "Maximum subtask size (KB)", "Energy per subtask (J)", curves);
        return new Result(energy);
    }
}

package io.vectwin.jobs.figures;

import io.vectwin.quantum.training.TrainingAlgorithm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fig. 6: QoS (eq. 93) against the MEC servers' CPU frequency, for the settings of
 * {@link ScenarioSettings}, each evaluated with its multi-agent QDRL policy (seed 1) on fresh episodes.
 */
public final class QosFigure {

    /** The x axis: f_max in GHz, around Table II's 10 GHz. */
    public static final double[] CPU_GHZ = {5, 7.5, 10, 12.5, 15};

    private QosFigure() {
    }

    /** Each setting's QoS at every frequency of {@link #CPU_GHZ}. */
    public record Result(Map<ScenarioSettings, double[]> qos) {

        public double at(ScenarioSettings s, double ghz) {
            double[] q = qos.get(s);
            for (int i = 0; i < CPU_GHZ.length; i++) {
                if (CPU_GHZ[i] == ghz) {
                    return q[i];
                }
            }
            throw new IllegalArgumentException(ghz + " GHz is not on the axis");
        }
    }

    public static Result build(FigureContext ctx) {
        FigurePlan plan = ctx.plan();
        Map<ScenarioSettings, double[]> qos = new LinkedHashMap<>();
        List<Curve> curves = new ArrayList<>();
        for (ScenarioSettings s : ScenarioSettings.ALL) {
            double[] q = new double[CPU_GHZ.length];
            for (int i = 0; i < q.length; i++) {
                q[i] = ctx.mean(ctx.runs(s.trainedOn(plan.base()), TrainingAlgorithm.QDRL, 1),
                        ScenarioVariants.cpu(s.evaluatedOn(plan.base()), CPU_GHZ[i]), r -> r.qos());
            }
            qos.put(s, q);
            curves.add(Curve.of(s.name(), CPU_GHZ, q));
        }
        FigureFiles.write(ctx.out(), "fig6-qos-cpu", "Fig. 6: QoS vs CPU frequency, multi-agent QDRL ("
                + plan.profile().cliName() + ")", "CPU frequency (GHz)", "QoS (eq. 93)", curves);
        return new Result(qos);
    }
}

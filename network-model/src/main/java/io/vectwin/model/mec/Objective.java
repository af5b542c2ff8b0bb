package io.vectwin.model.mec;

import io.vectwin.model.params.QosParameters;
import io.vectwin.model.params.Require;
import java.util.List;

/**
 * The objective of eq. (38), to be minimised:
 * <pre>
 *   Σ_{v,i,j} 𝒫_{i,j} · L^{i,j} + λ_E Σ_{v,i,j} E_v^{i,j} − λ_Q Σ_{v,i,j} Q_{i,j}
 * </pre>
 * The Γ indicators of eq. (38) select, for each subtask, the one latency of the node it went
 * to (C2 allows at most one), which is what {@link SubtaskCost#latencyS()} already is.
 *
 * <p>A closed link makes the value +∞ (latency +∞, and an energy of +∞ or a QoS of −∞ pull the
 * same way), never NaN: the three sums cannot take opposite infinite signs.
 */
public final class Objective {

    private Objective() {
    }

    public static double value(List<SubtaskCost> costs, QosParameters q) {
        Require.notNull("costs", costs);
        Require.notNull("qos parameters", q);
        double weightedLatency = 0.0;
        double energy = 0.0;
        double qos = 0.0;
        for (SubtaskCost c : costs) {
            Require.notNull("cost", c);
            weightedLatency += ExtendedReal.times(c.priority(), c.latencyS());
            energy += c.energyJ();
            qos += c.qos();
        }
        return weightedLatency
                + ExtendedReal.times(q.objectiveEnergyWeight(), energy)
                - ExtendedReal.times(q.objectiveQosWeight(), qos);
    }
}

package io.vectwin.model.params;

/**
 * QoS, objective and stability parameters of Sec. III and VI.
 *
 * @param latencyWeight         w_L of eq. (48) and (93); Sec. VI: 0.7
 * @param energyWeight          w_E of eq. (48) and (93); Sec. VI: 0.3
 * @param qosMin                Q_min of C10; Table II: 60
 * @param bestLatencySeconds    the latency at which eq. (93)'s Q_max is reached: Q_max = w_L / this.
 *                              The paper does not give Q_max; we take 1 ms (Q_max = 700)
 * @param objectiveEnergyWeight λ_E of eq. (38)
 * @param objectiveQosWeight    λ_Q of eq. (38); λ_E + λ_Q = 1
 * @param decisionChangeLimit   ΔS_max of C12/C13, eq. (49)–(50) (see constraint.ConstraintId for the numbering); Table II: 0.5
 * @param decisionChangeSteepness k of the logistic 𝒫_{x,y} of eq. (49)–(50); not given, we take 10
 */
public record QosParameters(
        double latencyWeight,
        double energyWeight,
        double qosMin,
        double bestLatencySeconds,
        double objectiveEnergyWeight,
        double objectiveQosWeight,
        double decisionChangeLimit,
        double decisionChangeSteepness) {

    public QosParameters {
        Require.nonNegative("qos.latencyWeight", latencyWeight);
        Require.nonNegative("qos.energyWeight", energyWeight);
        Require.nonNegative("qos.qosMin", qosMin);
        Require.positive("qos.bestLatencySeconds", bestLatencySeconds);
        Require.nonNegative("qos.objectiveEnergyWeight", objectiveEnergyWeight);
        Require.nonNegative("qos.objectiveQosWeight", objectiveQosWeight);
        if (Math.abs(objectiveEnergyWeight + objectiveQosWeight - 1.0) > 1e-9) {
            throw new IllegalArgumentException("qos.objectiveEnergyWeight + qos.objectiveQosWeight must be 1 (eq. 38), got "
                    + (objectiveEnergyWeight + objectiveQosWeight));
        }
        Require.closedInterval("qos.decisionChangeLimit", decisionChangeLimit, 0.0, 1.0);
        Require.positive("qos.decisionChangeSteepness", decisionChangeSteepness);
        if (qosMax() <= qosMin) {
            throw new IllegalArgumentException("Q_max = w_L / bestLatencySeconds = " + qosMax()
                    + " must exceed qos.qosMin = " + qosMin);
        }
    }

    /** Q_max of eq. (93): the QoS of a subtask done in {@link #bestLatencySeconds} at no energy. */
    public double qosMax() {
        return latencyWeight / bestLatencySeconds;
    }

    /** w_L = 0.7, w_E = 0.3, Q_min = 60 (Sec. VI, Table II), λ_E = λ_Q = 0.5, ΔS_max = 0.5. */
    public static QosParameters tableII() {
        return new QosParameters(0.7, 0.3, 60.0, 0.001, 0.5, 0.5, 0.5, 10.0);
    }
}

package io.vectwin.model.mec;

import io.vectwin.model.params.QosParameters;
import io.vectwin.model.params.Require;

/**
 * QoS of a subtask: the raw value of eq. (48) (C10) and its normalised form of eq. (93).
 */
public final class QualityOfService {

    private QualityOfService() {
    }

    /**
     * Eq. (48): Q_{i,j} = w_L / L_{i,j} − w_E · E_v^{i,j}.
     *
     * <p>Closed links: L = +∞ gives a latency term of 0, so Q = −w_E · E; if the vehicle's energy
     * is +∞ too (it transmitted into the closed link), Q = −∞. L = 0 has no meaning (a subtask
     * always takes airtime) and would make Q infinite, so it is rejected.
     *
     * @param latencyS L_{i,j} in s, in (0, +∞]
     * @param energyJ  E_v^{i,j} in J, in [0, +∞]
     */
    public static double raw(double latencyS, double energyJ, QosParameters q) {
        ExtendedReal.requirePositive("latencyS", latencyS);
        ExtendedReal.requireNonNegative("energyJ", energyJ);
        Require.notNull("qos parameters", q);
        return q.latencyWeight() / latencyS - ExtendedReal.times(q.energyWeight(), energyJ);
    }

    /**
     * Eq. (93): 100 · (Q − Q_min) / (Q_max − Q_min) + Q_min, Q_max = {@link QosParameters#qosMax()}.
     *
     * <p>As printed, the map is affine and increasing and fixes Q_min, so it sends
     * [Q_min, Q_max] onto [Q_min, Q_min + 100]; it is not clamped (the paper's Fig. 6 values
     * lie inside that range). Because it fixes Q_min, the test Q ≥ Q_min of C10 gives the same
     * answer on the raw and on the normalised value.
     */
    public static double normalised(double raw, QosParameters q) {
        ExtendedReal.requireBelowPositiveInfinity("raw", raw);
        Require.notNull("qos parameters", q);
        return 100.0 * (raw - q.qosMin()) / (q.qosMax() - q.qosMin()) + q.qosMin();
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.ExtendedReal;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.QosParameters;
import io.vectwin.model.params.Require;

/**
 * Makes latency, energy and QoS dimensionless before any reward weight touches them (see
 * the package comment): L̃ = min(L/ϱ, 10), Ẽ = min(E/E_max, 10) with E_max of the agent's kind,
 * q = clamp(Q₉₃/100, −10, 10) with Q₉₃ eq. (93).
 *
 * @param deadlineSeconds      ϱ (tasks.deadlineSeconds), the latency scale
 * @param vehicleEnergyBudgetJ E_max^v of C9 (compute.vehicleEnergyBudgetJ), the vehicle's energy scale
 * @param nodeEnergyBudgetJ    E_max^z of C18/C19 (compute.nodeEnergyBudgetJ), the UAV's and BS's
 * @param qos                  Q_min of C10 and Q_max of eq. (93)
 */
public record RewardScale(double deadlineSeconds, double vehicleEnergyBudgetJ, double nodeEnergyBudgetJ,
        QosParameters qos) {

    /**
     * Cap of L̃ and Ẽ and bound of |q|: ten times the deadline or the budget is a failure
     * already; capping keeps a closed link (L = E = +∞) at the worst finite reward.
     */
    public static final double CEILING = 10.0;
    /** Eq. (93) spreads [Q_min, Q_max] over 100 points; q divides that by 100 again. */
    private static final double QOS_POINTS = 100.0;

    public RewardScale {
        Require.positive("deadlineSeconds", deadlineSeconds);
        Require.positive("vehicleEnergyBudgetJ", vehicleEnergyBudgetJ);
        Require.positive("nodeEnergyBudgetJ", nodeEnergyBudgetJ);
        Require.notNull("qos", qos);
    }

    public static RewardScale forParameters(NetworkParameters p) {
        return new RewardScale(p.tasks().deadlineSeconds(), p.compute().vehicleEnergyBudgetJ(),
                p.compute().nodeEnergyBudgetJ(), p.qos());
    }

    /** L̃ = min(L/ϱ, {@link #CEILING}); L ≥ 0, +∞ for a link that does not close. */
    public double latency(double latencyS) {
        ExtendedReal.requireNonNegative("latencyS", latencyS);
        return Math.min(latencyS / deadlineSeconds, CEILING);
    }

    /** Ẽ = min(E/E_max, {@link #CEILING}) with E_max of {@code agent}'s kind; E ≥ 0 or +∞. */
    public double energy(EntityKind agent, double energyJ) {
        ExtendedReal.requireNonNegative("energyJ", energyJ);
        return Math.min(energyJ / energyBudgetJ(agent), CEILING);
    }

    /**
     * q = Q₉₃/100 clamped to ±{@link #CEILING}, where Q₉₃ = 100·(Q − Q_min)/(Q_max − Q_min) + Q_min
     * is eq. (93) ({@link QualityOfService#normalised}) of the raw QoS Q = w_L/L − w_E·E of
     * eq. (48). Q may be −∞ (a closed link whose energy is unbounded), not +∞ or NaN.
     */
    public double qos(double rawQos) {
        double normalised = QualityOfService.normalised(rawQos, qos);
        return Math.max(-CEILING, Math.min(CEILING, normalised / QOS_POINTS));
    }

    /** q_min = Q_min/100: eq. (93) maps Q_min onto itself, so this is C10's threshold on q's scale. */
    public double qosThreshold() {
        return qos.qosMin() / QOS_POINTS;
    }

    /** E_max of the agent kind: E_max^v for vehicles, E_max^z for UAVs and BSs. */
    public double energyBudgetJ(EntityKind agent) {
        Require.notNull("agent", agent);
        return agent == EntityKind.VEHICLE ? vehicleEnergyBudgetJ : nodeEnergyBudgetJ;
    }
}

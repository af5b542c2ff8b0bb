package io.vectwin.model.mdp;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.RewardWeights;

/**
 * The incentive and penalty functions of Sec. V-D, on the dimensionless L̃ = L/ϱ,
 * Ẽ = E/E_max^x and q = Q₉₃/100 of {@link RewardScale} (so ϱ becomes 1, E_max becomes 1 and
 * Q_min becomes q_min = Q_min/100):
 * <pre>
 *   I_lat = ω_lat·max(0, 1 − L̃)        (90)     P_lat = λ_lat·max(0, L̃ − 1)
 *   I_ene = ω_ene·max(0, 1 − Ẽ)        (91)     P_ene = λ_ene·max(0, Ẽ − 1)
 *   I_qos = ω_qos·max(0, q − q_min)    (92)     P_qos = λ_qos·max(0, q_min − q)
 *   I = I_lat + I_ene + I_qos                   P = P_lat + P_ene + P_qos
 * </pre>
 * Eq. (91) has no max: taken literally, an agent over its energy budget would get a negative
 * "incentive" on top of the energy-excess penalty, counting the same excess twice. We clip it
 * at 0 so that, for every metric, exactly one of incentive and penalty is non-zero — the
 * symmetry the other two pairs have.
 */
public record IncentivePenalty(RewardWeights weights, RewardScale scale) {

    public IncentivePenalty {
        Require.notNull("weights", weights);
        Require.notNull("scale", scale);
    }

    public static IncentivePenalty forParameters(NetworkParameters p) {
        return new IncentivePenalty(p.rewards(), RewardScale.forParameters(p));
    }

    /** I_x = I_lat + I_ene + I_qos, eq. (90)–(92); ≥ 0. */
    public double incentive(AgentOutcome o) {
        Require.notNull("outcome", o);
        return latencyIncentive(o) + energyIncentive(o) + qosIncentive(o);
    }

    /** P_x = P_lat + P_ene + P_qos of Sec. V-D.2; ≥ 0. */
    public double penalty(AgentOutcome o) {
        Require.notNull("outcome", o);
        return latencyPenalty(o) + energyPenalty(o) + qosPenalty(o);
    }

    /** Eq. (90). */
    public double latencyIncentive(AgentOutcome o) {
        return weights.incentiveLatency() * Math.max(0.0, 1.0 - scale.latency(o.latencyS()));
    }

    /** Eq. (91), clipped at 0 (see the class comment). */
    public double energyIncentive(AgentOutcome o) {
        return weights.incentiveEnergy() * Math.max(0.0, 1.0 - scale.energy(o.agent(), o.energyJ()));
    }

    /** Eq. (92). */
    public double qosIncentive(AgentOutcome o) {
        return weights.incentiveQos() * Math.max(0.0, scale.qos(o.qos()) - scale.qosThreshold());
    }

    public double latencyPenalty(AgentOutcome o) {
        return weights.penaltyLatency() * Math.max(0.0, scale.latency(o.latencyS()) - 1.0);
    }

    public double energyPenalty(AgentOutcome o) {
        return weights.penaltyEnergy() * Math.max(0.0, scale.energy(o.agent(), o.energyJ()) - 1.0);
    }

    public double qosPenalty(AgentOutcome o) {
        return weights.penaltyQos() * Math.max(0.0, scale.qosThreshold() - scale.qos(o.qos()));
    }
}

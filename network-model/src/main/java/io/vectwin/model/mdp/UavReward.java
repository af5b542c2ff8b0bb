package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.RewardWeights;

/**
 * The UAV agent's reward, eq. (65)–(67):
 * <pre>
 *   R_U = ζ_TF·TF − ζ_E·Ẽ                    (65)
 *   TF  = α_η·η − α_L·L̃ + α_LB·LB            (66)
 *   LB  = β_TD·TD + β_RU·RU − β_QL·QL        (67)
 * </pre>
 * with L̃ = L/ϱ and Ẽ = E/E_max^z of {@link RewardScale} and η, TD, RU, QL the fractions of
 * {@link UavRewardInputs}.
 */
public record UavReward(RewardWeights weights, RewardScale scale) {

    public UavReward {
        Require.notNull("weights", weights);
        Require.notNull("scale", scale);
    }

    public static UavReward forParameters(NetworkParameters p) {
        return new UavReward(p.rewards(), RewardScale.forParameters(p));
    }

    public double value(UavRewardInputs in) {
        Require.notNull("inputs", in);
        return weights.uavForwarding() * taskForwarding(in)
                - weights.nodeEnergy() * scale.energy(EntityKind.UAV, in.energyJ());
    }

    /** TF of eq. (66). */
    public double taskForwarding(UavRewardInputs in) {
        return weights.forwardSuccess() * in.forwardSuccessRate()
                - weights.forwardLatency() * scale.latency(in.latencyS())
                + weights.loadBalance() * loadBalance(in);
    }

    /** LB of eq. (67). */
    public double loadBalance(UavRewardInputs in) {
        return weights.taskDistribution() * in.taskDistribution()
                + weights.resourceUse() * in.resourceUtilisation()
                - weights.queueLength() * in.queueLength();
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.RewardWeights;

/**
 * The BS agent's reward, eq. (68): R_B = ζ_TP·TP − ζ_E·Ẽ, Ẽ = E/E_max^z.
 *
 * <p>The paper names the task-processing efficiency TP but does not define it; it says the BS
 * reward "is designed similarly to the UAV agents". We therefore take TP as the UAV's TF of
 * eq. (66) without the load-balance term, which has no BS counterpart in the paper:
 * TP = α_η·η_b − α_L·L̃ (processing success rate minus normalised latency), with the same
 * α_η and α_L as eq. (66).
 */
public record BsReward(RewardWeights weights, RewardScale scale) {

    public BsReward {
        Require.notNull("weights", weights);
        Require.notNull("scale", scale);
    }

    public static BsReward forParameters(NetworkParameters p) {
        return new BsReward(p.rewards(), RewardScale.forParameters(p));
    }

    public double value(BsRewardInputs in) {
        Require.notNull("inputs", in);
        return weights.bsProcessing() * taskProcessing(in)
                - weights.nodeEnergy() * scale.energy(EntityKind.BASE_STATION, in.energyJ());
    }

    /** TP = α_η·η_b − α_L·L̃ (our definition, see the class comment). */
    public double taskProcessing(BsRewardInputs in) {
        return weights.forwardSuccess() * in.processingSuccessRate()
                - weights.forwardLatency() * scale.latency(in.latencyS());
    }
}

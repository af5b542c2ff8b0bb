package io.vectwin.model.mdp;

import io.vectwin.model.mec.ExtendedReal;

/**
 * The measurements eq. (68) needs from a BS over one decision.
 *
 * @param processingSuccessRate η_b: share of the subtasks this BS handled (processed or forwarded)
 *                              that finished within ϱ, in [0, 1]
 * @param latencyS              L_b: latency of the subtask, s (≥ 0, +∞ for a closed link)
 * @param energyJ               E_b, J (≥ 0, +∞ allowed)
 */
public record BsRewardInputs(double processingSuccessRate, double latencyS, double energyJ) {

    public BsRewardInputs {
        Checks.fraction("processingSuccessRate", processingSuccessRate);
        ExtendedReal.requireNonNegative("latencyS", latencyS);
        ExtendedReal.requireNonNegative("energyJ", energyJ);
    }
}

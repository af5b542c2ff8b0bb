package io.vectwin.model.mec;

import io.vectwin.model.params.Require;

/**
 * What one subtask contributes to the objective of eq. (38).
 *
 * @param priority  𝒫_{i,j} of eq. (1), ≥ 0
 * @param latencyS  L_{i,j} (s) along its path, in (0, +∞] (+∞: a closed link)
 * @param energyJ   E_v^{i,j} (J), in [0, +∞]
 * @param qos       Q_{i,j} of eq. (48) or (93), in [−∞, +∞)
 */
public record SubtaskCost(double priority, double latencyS, double energyJ, double qos) {

    public SubtaskCost {
        Require.nonNegative("cost.priority", priority);
        ExtendedReal.requirePositive("cost.latencyS", latencyS);
        ExtendedReal.requireNonNegative("cost.energyJ", energyJ);
        ExtendedReal.requireBelowPositiveInfinity("cost.qos", qos);
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.mec.ExtendedReal;
import io.vectwin.model.params.ComputeParameters;
import io.vectwin.model.params.Require;

/**
 * The measurements eq. (65)–(67) need from a UAV over one decision. The paper names η, TD, RU
 * and QL without defining them; we define each as a fraction in [0, 1] so the weights α and β
 * compare like with like:
 *
 * @param forwardSuccessRate  η: share of the subtasks this UAV handled (processed or forwarded) that
 *                            reached their processing node and finished within ϱ
 * @param latencyS            L_u: latency of the subtask, s (≥ 0, +∞ for a closed link)
 * @param taskDistribution    TD: how evenly subtasks are spread over the edge nodes this UAV can
 *                            reach, 1 = perfectly even; {@link #taskDistribution(double...)} computes
 *                            Jain's fairness index of their loads
 * @param resourceUtilisation RU: CPU cycles this UAV used in the slot / cycles it had available
 *                            ({@link #resourceUtilisation(double, double)})
 * @param queueLength         QL: cycles queued at this UAV / 𝒞_z, the node's capacity per slot
 *                            (C3/C4), capped at 1 ({@link #queueLength(double, ComputeParameters)}):
 *                            a queue of 𝒞_z cycles takes 𝒞_z/f_max = 27 ms at Table II's values,
 *                            well past ϱ = 10 ms, so a longer queue cannot be worth less
 * @param energyJ             E_u, J (≥ 0, +∞ allowed)
 */
public record UavRewardInputs(
        double forwardSuccessRate,
        double latencyS,
        double taskDistribution,
        double resourceUtilisation,
        double queueLength,
        double energyJ) {

    public UavRewardInputs {
        Checks.fraction("forwardSuccessRate", forwardSuccessRate);
        ExtendedReal.requireNonNegative("latencyS", latencyS);
        Checks.fraction("taskDistribution", taskDistribution);
        Checks.fraction("resourceUtilisation", resourceUtilisation);
        Checks.fraction("queueLength", queueLength);
        ExtendedReal.requireNonNegative("energyJ", energyJ);
    }

    /**
     * Jain's fairness index (Σx)² / (N·Σx²) of the nodes' loads, in [1/N, 1]; 1 when all loads are
     * equal, including all zero.
     */
    public static double taskDistribution(double... nodeLoads) {
        Require.notNull("nodeLoads", nodeLoads);
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < nodeLoads.length; i++) {
            Require.nonNegative("nodeLoads[" + i + "]", nodeLoads[i]);
            sum += nodeLoads[i];
            sumOfSquares += nodeLoads[i] * nodeLoads[i];
        }
        return sumOfSquares == 0 ? 1.0 : sum * sum / (nodeLoads.length * sumOfSquares);
    }

    /** Used / available cycles, capped at 1; 0 if nothing was available. */
    public static double resourceUtilisation(double usedCycles, double availableCycles) {
        Require.nonNegative("usedCycles", usedCycles);
        Require.nonNegative("availableCycles", availableCycles);
        return availableCycles == 0 ? 0.0 : Math.min(1.0, usedCycles / availableCycles);
    }

    /** Queued cycles / 𝒞_z (compute.nodeCapacityCycles), capped at 1. */
    public static double queueLength(double queuedCycles, ComputeParameters compute) {
        Require.nonNegative("queuedCycles", queuedCycles);
        Require.notNull("compute", compute);
        return Math.min(1.0, queuedCycles / compute.nodeCapacityCycles());
    }
}

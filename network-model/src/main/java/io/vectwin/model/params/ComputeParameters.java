package io.vectwin.model.params;

/**
 * MEC computing and energy parameters of Sec. II-B and III, SI units.
 *
 * @param maxCpuHz                 f_max^z of eq. (4) and C7; Table II: 10 GHz
 * @param minCpuHz                 f_min of C7, eq. (45); not given by the paper, we take 10 % of f_max
 * @param cpuDeviationVariance     variance of Δf ~ CN(0, 0.1) in eq. (4); its real part, N(0, variance/2),
 *                                 scales f_max
 * @param twinEstimateErrorHz      half-width of the twin's CPU estimate error, Table II: ±0.15 GHz
 * @param nodeCapacityCycles       𝒞_z of C3/C4, eq. (41)–(42); Table II: 2.7×10⁸ (cycles per slot)
 * @param energyPerCycleJ          ξ_z of eq. (54)–(55); Table II: 10⁻⁶ J/cycle
 * @param nodeEnergyBudgetJ        E_max^z of C18/C19; Table II: 33.2 J
 * @param vehicleEnergyBudgetJ     E_max^v of C9, eq. (47); Table II: 0.5 J
 * @param maxForwardingHops        the "predefined limit to the extent of task forwarding" (Sec. II-B):
 *                                 hops after the first one; we check it as C11
 */
public record ComputeParameters(
        double maxCpuHz,
        double minCpuHz,
        double cpuDeviationVariance,
        double twinEstimateErrorHz,
        double nodeCapacityCycles,
        double energyPerCycleJ,
        double nodeEnergyBudgetJ,
        double vehicleEnergyBudgetJ,
        int maxForwardingHops) {

    public ComputeParameters {
        Require.positive("compute.maxCpuHz", maxCpuHz);
        Require.positive("compute.minCpuHz", minCpuHz);
        Require.ordered("compute.minCpuHz", minCpuHz, "compute.maxCpuHz", maxCpuHz);
        Require.nonNegative("compute.cpuDeviationVariance", cpuDeviationVariance);
        Require.nonNegative("compute.twinEstimateErrorHz", twinEstimateErrorHz);
        Require.positive("compute.nodeCapacityCycles", nodeCapacityCycles);
        Require.nonNegative("compute.energyPerCycleJ", energyPerCycleJ);
        Require.positive("compute.nodeEnergyBudgetJ", nodeEnergyBudgetJ);
        Require.positive("compute.vehicleEnergyBudgetJ", vehicleEnergyBudgetJ);
        Require.nonNegative("compute.maxForwardingHops", maxForwardingHops);
    }

    /** Table II values; both profiles share them (computing is not what the profiles disagree on). */
    public static ComputeParameters tableII() {
        return new ComputeParameters(10e9, 1e9, 0.1, 0.15e9, 2.7e8, 1e-6, 33.2, 0.5, 2);
    }

    public ComputeParameters withMaxCpuHz(double hz) {
        return new ComputeParameters(hz, Math.min(minCpuHz, hz), cpuDeviationVariance, twinEstimateErrorHz,
                nodeCapacityCycles, energyPerCycleJ, nodeEnergyBudgetJ, vehicleEnergyBudgetJ, maxForwardingHops);
    }
}

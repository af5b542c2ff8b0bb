package io.vectwin.model.mec;

import io.vectwin.model.params.Require;

/**
 * End-to-end latency of a subtask along its {@link OffloadPath}, eq. (6)–(7):
 * <pre>
 *   L^{i,j} = Σ_k D_{i,j} / R_k + C_{i,j} D_{i,j} / f_cpu^{proc}
 * </pre>
 * Eq. (6)–(7) print the processing term with max_z f_cpu^z (the fastest CPU anywhere), which
 * contradicts eq. (5): there the subtask is processed by the node with κ = 1 at that node's
 * f_cpu. Using the fastest CPU of the network would credit a subtask with a speed it never
 * gets, so we use the processing node's frequency, the κ = 1 term of eq. (5). The outer
 * Σ_{u,b,u≠u'} of eq. (6)–(7) and its Γ indicators just select the hops actually on the path,
 * which is what the array of hop rates is.
 */
public final class PathLatency {

    private PathLatency() {
    }

    /**
     * @param bits            D_{i,j}
     * @param cyclesPerBit    C_{i,j}
     * @param hopRatesBps     the rate of every hop, vehicle → first node first; a rate ≤ 0 is a closed link
     * @param processingCpuHz f_cpu of the processing node
     * @return the latency in s; +∞ if any hop is closed
     */
    public static double total(double bits, double cyclesPerBit, double[] hopRatesBps, double processingCpuHz) {
        return total(bits, cyclesPerBit, hopRatesBps, processingCpuHz, 0.0);
    }

    /**
     * As {@link #total(double, double, double[], double)} when the processing node already holds
     * {@code backlogCycles} cycles of earlier work, served first-in first-out: see
     * {@link #afterTransmission}.
     */
    public static double total(double bits, double cyclesPerBit, double[] hopRatesBps, double processingCpuHz,
            double backlogCycles) {
        Require.notNull("hopRatesBps", hopRatesBps);
        if (hopRatesBps.length == 0) {
            throw new IllegalArgumentException("hopRatesBps must hold at least the vehicle's own hop");
        }
        Require.nonNegative("cyclesPerBit", cyclesPerBit);
        Require.nonNegative("backlogCycles", backlogCycles);
        double airtime = 0.0;
        for (double rate : hopRatesBps) {
            airtime += HopLatency.transmission(bits, rate);
        }
        return afterTransmission(airtime, cyclesPerBit, bits, processingCpuHz, backlogCycles);
    }

    /**
     * The latency of a subtask whose transmissions take {@code transmissionSeconds} to reach a
     * processing node that still holds {@code backlogCycles} of earlier work: the node works its
     * queue while the subtask is on the air, so processing starts when both are done,
     * L = max(Σ D/R, backlog/f) + C·D/f — eq. (6)–(7) exactly when the node is idle. The simulator
     * (true channel) and the policies (mean channel) both use this one expression.
     */
    public static double afterTransmission(double transmissionSeconds, double cyclesPerBit, double bits, double cpuHz,
            double backlogCycles) {
        Require.nonNegative("cyclesPerBit", cyclesPerBit);
        Require.nonNegative("backlogCycles", backlogCycles);
        return Math.max(transmissionSeconds, HopLatency.cycleTime(backlogCycles, cpuHz))
                + HopLatency.processing(cyclesPerBit, bits, cpuHz);
    }
}

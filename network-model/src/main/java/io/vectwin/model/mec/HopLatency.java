package io.vectwin.model.mec;

import io.vectwin.model.params.Require;

/**
 * Latency of one hop of an offloading path, eq. (5a)–(5e):
 * <pre>
 *   L_{x,y} = D_{i,j} / R_{x,y} + κ^y_{i,j} · C_{i,j} D_{i,j} / f^y_cpu
 * </pre>
 * κ^y = 1 when node y processes the subtask, 0 when it only forwards it. The five equations
 * differ only in which rate and which CPU they read, so one formula serves them all.
 */
public final class HopLatency {

    private HopLatency() {
    }

    /**
     * Airtime D / R. A link whose rate is ≤ 0 does not close (eq. 23 goes negative when the
     * dispersion term exceeds the Shannon term): its airtime is +∞, never NaN nor a division by zero.
     */
    public static double transmission(double bits, double rateBps) {
        Require.nonNegative("bits", bits);
        if (Double.isNaN(rateBps)) {
            throw new IllegalArgumentException("rateBps must be a number, got NaN");
        }
        return rateBps <= 0 ? Double.POSITIVE_INFINITY : bits / rateBps;
    }

    /** Processing time C · D / f. */
    public static double processing(double cyclesPerBit, double bits, double cpuHz) {
        Require.nonNegative("cyclesPerBit", cyclesPerBit);
        Require.nonNegative("bits", bits);
        return cycleTime(cyclesPerBit * bits, cpuHz);
    }

    /** Eq. (5): transmission plus, when the subtask is processed at the receiving node (κ = 1), processing. */
    public static double hop(double bits, double rateBps, boolean processedHere, double cyclesPerBit, double cpuHz) {
        double airtime = transmission(bits, rateBps);
        return processedHere ? airtime + processing(cyclesPerBit, bits, cpuHz) : airtime;
    }

    /** Time to run {@code cycles} cycles at {@code cpuHz}; shared with {@link PathLatency}'s queued variant. */
    static double cycleTime(double cycles, double cpuHz) {
        Require.nonNegative("cycles", cycles);
        Require.positive("cpuHz", cpuHz);
        return cycles / cpuHz;
    }
}

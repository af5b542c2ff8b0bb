package io.vectwin.model.mec;

import io.vectwin.model.params.ComputeParameters;
import io.vectwin.model.params.Require;
import java.util.random.RandomGenerator;

/**
 * The available MEC CPU frequency of a BS or UAV, eq. (4), kept within C7, eq. (45):
 * <pre>
 *   f_cpu(t) = f_max(t) − Δf(𝒯_ld(t), 𝒯_amb(t)) · f_max(t),   f_min ≤ f_cpu ≤ f_max   (C7)
 * </pre>
 * and the digital twin's estimate of it (Sec. II-B, Table II: ±0.15 GHz).
 */
public final class CpuFrequency {

    private CpuFrequency() {
    }

    /** Eq. (4) for a given relative deviation Δf: f_max − Δf · f_max (deterministic, not clamped). */
    public static double available(double maxHz, double deviation) {
        Require.positive("maxHz", maxHz);
        if (!Double.isFinite(deviation)) {
            throw new IllegalArgumentException("deviation must be finite, got " + deviation);
        }
        return maxHz - deviation * maxHz;
    }

    /**
     * Draws f_cpu by eq. (4) with Δf ~ CN(0, σ²), σ² = {@code compute.cpuDeviationVariance()}
     * (Table II: 0.1), clamped into [f_min, f_max] (C7).
     *
     * <p>The paper makes Δf complex normal, but a clock frequency is real, so only Re(Δf) can
     * scale f_max. A circularly-symmetric CN(0, σ²) splits its variance evenly between real and
     * imaginary parts, so Re(Δf) ~ N(0, σ²/2). A negative draw would push f_cpu above f_max,
     * which a CPU cannot reach, hence the clamp: in effect about half the draws run at f_max
     * and the others are slowed by load and heat, which is the paper's intent.
     */
    public static double draw(ComputeParameters compute, RandomGenerator rng) {
        Require.notNull("compute", compute);
        Require.notNull("rng", rng);
        double realDeviation = rng.nextGaussian() * Math.sqrt(compute.cpuDeviationVariance() / 2.0);
        double hz = available(compute.maxCpuHz(), realDeviation);
        return Math.min(compute.maxCpuHz(), Math.max(compute.minCpuHz(), hz));
    }

    /**
     * The twin's estimate of a node's CPU frequency: the true value plus an error
     * U(−e, +e), e = {@code compute.twinEstimateErrorHz()} (Table II: ±0.15 GHz; the paper
     * gives only the range, so the error is taken uniform over it), clamped at 0 Hz.
     */
    public static double twinEstimate(double trueHz, ComputeParameters compute, RandomGenerator rng) {
        Require.nonNegative("trueHz", trueHz);
        Require.notNull("compute", compute);
        Require.notNull("rng", rng);
        double halfWidth = compute.twinEstimateErrorHz();
        double error = halfWidth * (2.0 * rng.nextDouble() - 1.0);
        return Math.max(0.0, trueHz + error);
    }
}

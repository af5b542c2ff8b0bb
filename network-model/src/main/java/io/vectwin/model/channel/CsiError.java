package io.vectwin.model.channel;

import java.util.random.RandomGenerator;

/**
 * The bounded CSI estimation error ε of eq. (12): i.i.d. zero-mean entries of variance σ², drawn
 * uniformly (the paper: "uniformly distributed bounded CSI uncertainty", σ² ∈ {0.05, 0.10}).
 *
 * <p>Each complex entry has real and imaginary parts uniform on [−c, c] with c = √(3σ²/2), so
 * E|ε_m|² = 2·c²/3 = σ². Every entry then satisfies |ε_m|² ≤ 2c² = 3σ², hence the norm bound of
 * eq. (12) holds with τ = √(3Mσ²) by construction: no draw is ever rejected.
 */
public final class CsiError {

    private CsiError() {
    }

    /** Half-width c of the uniform real and imaginary parts for variance σ² per complex entry. */
    public static double halfWidth(double variance) {
        return Math.sqrt(1.5 * variance);
    }

    /** The norm bound τ of eq. (12) that every draw of M entries satisfies. */
    public static double normBound(int antennas, double variance) {
        return Math.sqrt(3.0 * antennas * variance);
    }

    /** One uniform real (or imaginary) part of an entry. */
    public static double drawComponent(double halfWidth, RandomGenerator rng) {
        return (2.0 * rng.nextDouble() - 1.0) * halfWidth;
    }

    /** Fills {@code re}/{@code im} with one draw of ε (length M). */
    public static void draw(double variance, RandomGenerator rng, double[] re, double[] im) {
        double c = halfWidth(variance);
        for (int m = 0; m < re.length; m++) {
            re[m] = drawComponent(c, rng);
            im[m] = drawComponent(c, rng);
        }
    }
}

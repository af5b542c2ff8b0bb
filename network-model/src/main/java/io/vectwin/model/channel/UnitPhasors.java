package io.vectwin.model.channel;

import java.util.random.RandomGenerator;

/**
 * Uniformly random unit phasors e^{jθ}, θ ~ U(0, 2π), drawn from a table of 4096 equally spaced
 * phases. The channel draws of eq. (12), (24) and (25) need dozens of random phases per link;
 * a table lookup replaces a sin/cos pair with two array reads, which is what lets one core
 * evaluate over a million links a second. A 2π/4096 phase grid changes no statistic of a sum of
 * phasors that matters here (mean 0, second moment exactly 1 per phasor).
 */
final class UnitPhasors {

    static final int SIZE = 4096;
    private static final double[] COS = new double[SIZE];
    private static final double[] SIN = new double[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            double theta = 2.0 * Math.PI * i / SIZE;
            COS[i] = Math.cos(theta);
            SIN[i] = Math.sin(theta);
        }
    }

    private UnitPhasors() {
    }

    /** Index of a uniformly random phase; read it with {@link #cos(int)} and {@link #sin(int)}. */
    static int draw(RandomGenerator rng) {
        return rng.nextInt(SIZE);
    }

    static double cos(int index) {
        return COS[index];
    }

    static double sin(int index) {
        return SIN[index];
    }
}

package io.vectwin.jobs.figures;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean and 95 % confidence interval of a quantity over independent runs (seeds), from Student's t
 * with n − 1 degrees of freedom: mean ± t_{0.975, n−1}·s/√n. With one run the interval is the mean.
 */
public final class SeedStatistics {

    private SeedStatistics() {
    }

    /** {mean, low, high} of {@code values}. */
    public static double[] meanAndInterval(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        if (n == 1) {
            return new double[] {mean, mean, mean};
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new double[] {mean, mean - half, mean + half};
    }

    /** The trailing moving average over {@code window} points (fewer at the start). */
    public static double[] movingAverage(double[] y, int window) {
        double[] out = new double[y.length];
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i];
            if (i >= window) {
                sum -= y[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }
}

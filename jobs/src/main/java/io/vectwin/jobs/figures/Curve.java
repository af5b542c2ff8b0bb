package io.vectwin.jobs.figures;

/**
 * One line of a figure: a name, x values, the mean y and, optionally, a band (e.g. a 95 %
 * confidence interval over seeds; null when there is none).
 */
public record Curve(String name, double[] x, double[] y, double[] low, double[] high) {

    public Curve {
        if (x.length != y.length || (low != null && low.length != x.length) || (high != null && high.length != x.length)) {
            throw new IllegalArgumentException("curve " + name + ": x, y and band lengths differ");
        }
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("curve " + name + ": a band needs both bounds");
        }
    }

    public static Curve of(String name, double[] x, double[] y) {
        return new Curve(name, x, y, null, null);
    }

    public boolean hasBand() {
        return low != null;
    }

    /** y at the x nearest to {@code at}. */
    public double yAt(double at) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - at) < Math.abs(x[best] - at)) {
                best = i;
            }
        }
        return y[best];
    }
}

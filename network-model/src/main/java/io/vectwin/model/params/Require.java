package io.vectwin.model.params;

/** Argument checks whose messages name the offending parameter, so a bad config file is easy to fix. */
public final class Require {

    private Require() {
    }

    public static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
        return value;
    }

    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }

    /** Open interval (lo, hi), as the paper states most of its weights. */
    public static double openInterval(String name, double value, double lo, double hi) {
        if (!(value > lo && value < hi)) {
            throw new IllegalArgumentException(name + " must lie in (" + lo + ", " + hi + "), got " + value);
        }
        return value;
    }

    public static double closedInterval(String name, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(name + " must lie in [" + lo + ", " + hi + "], got " + value);
        }
        return value;
    }

    public static void ordered(String lowName, double low, String highName, double high) {
        if (!(low <= high)) {
            throw new IllegalArgumentException(lowName + " (" + low + ") must not exceed " + highName + " (" + high + ")");
        }
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}

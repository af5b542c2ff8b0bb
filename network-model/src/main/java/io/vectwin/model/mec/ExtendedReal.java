package io.vectwin.model.mec;

/**
 * Argument checks and arithmetic on the extended half-line [0, +∞], where +∞ stands for "a link
 * that does not close": its airtime, and therefore latency and transmit energy, is unbounded.
 *
 * <p>NaN is never a legal quantity of the model; it is rejected at the door rather than allowed to
 * poison sums. The one product that would create it, a zero weight times +∞, is defined as 0 here
 * (the measure-theory convention): a term the objective does not weigh must not matter, even when
 * it is unbounded.
 */
public final class ExtendedReal {

    private ExtendedReal() {
    }

    /** Accepts any value in (0, +∞]. */
    public static double requirePositive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be > 0 (+Infinity allowed for a closed link), got " + value);
        }
        return value;
    }

    /** Accepts any value in [0, +∞]. */
    public static double requireNonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0 (+Infinity allowed for a closed link), got " + value);
        }
        return value;
    }

    /** Accepts any value in [−∞, +∞) but NaN: a QoS (eq. 48) is −∞ when its energy is unbounded, never +∞. */
    public static double requireBelowPositiveInfinity(String name, double value) {
        if (Double.isNaN(value) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be a number below +Infinity, got " + value);
        }
        return value;
    }

    /** weight · x, with 0 · (±∞) = 0 so that an unweighted unbounded term never yields NaN. */
    public static double times(double weight, double x) {
        return weight == 0.0 ? 0.0 : weight * x;
    }
}

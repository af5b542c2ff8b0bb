package io.vectwin.model.constraint;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Collects the offenders of one constraint: sums their excess and remembers the worst one, so
 * that every constraint reports in the same shape. Subjects and messages are suppliers, read only
 * for the worst offender when the result is built: the environment checks every slot's joint
 * decision, and formatting a message for every subtask and hop of every slot was a fifth of a
 * training episode's time.
 */
final class OffenceTally {

    private final ConstraintId id;
    private double excess;
    private double worstExcess;
    private Supplier<String> worstSubject;
    private Supplier<String> worstWhat;
    private int offenders;

    OffenceTally(ConstraintId id) {
        this.id = id;
    }

    /** An upper bound: {@code value ≤ bound}. */
    void atMost(Supplier<String> subject, double value, double bound, String unit) {
        if (value > bound) {
            offend(subject, value - bound, () -> format(value) + unit + " > " + format(bound));
        }
    }

    /** A lower bound: {@code value ≥ bound}. */
    void atLeast(Supplier<String> subject, double value, double bound, String unit) {
        if (value < bound) {
            offend(subject, bound - value, () -> format(value) + unit + " < " + format(bound));
        }
    }

    /** An offence whose size the caller measures (e.g. a count of surplus assignments). */
    void offend(Supplier<String> subject, double amount, Supplier<String> what) {
        excess += amount;
        offenders++;
        if (worstSubject == null || amount > worstExcess) {
            worstExcess = amount;
            worstSubject = subject;
            worstWhat = what;
        }
    }

    ConstraintCheck result() {
        if (offenders == 0) {
            return ConstraintCheck.satisfied(id);
        }
        String more = offenders == 1 ? "" : " (worst of " + offenders + " offenders)";
        return new ConstraintCheck(id, true, excess, worstSubject.get() + ": " + worstWhat.get() + more);
    }

    /** Four significant digits, exponent without padding: 3.100e8, 0.01200, Infinity. */
    static String format(double x) {
        return String.format(Locale.ROOT, "%.4g", x).replaceAll("e\\+0*(\\d)", "e$1").replaceAll("e-0*(\\d)", "e-$1");
    }
}

package io.vectwin.model.constraint;

import io.vectwin.model.params.Require;

/**
 * The verdict on one constraint for one joint decision.
 *
 * @param id       which constraint
 * @param violated whether the decision breaks it; always {@code excess > 0}
 * @param excess   the total amount by which its bounds are exceeded, summed over every offender,
 *                 in the constraint's own unit (cycles, s, Hz, bit/s, J, W, bit, a count, or a
 *                 probability); 0 when satisfied, +∞ only when a closed link made a latency or an
 *                 energy unbounded
 * @param detail   the worst offender, e.g. {@code "b-2: 3.1e8 cycles > 2.7e8"}, with the number of
 *                 offenders; {@code "satisfied"} when there is none
 */
public record ConstraintCheck(ConstraintId id, boolean violated, double excess, String detail) {

    public ConstraintCheck {
        Require.notNull("check.id", id);
        Require.notNull("check.detail", detail);
        if (!(excess >= 0)) {
            throw new IllegalArgumentException("check.excess must be >= 0, got " + excess + " for " + id);
        }
        if (violated != (excess > 0)) {
            throw new IllegalArgumentException("check.violated (" + violated + ") must agree with check.excess ("
                    + excess + ") for " + id);
        }
    }

    public static ConstraintCheck satisfied(ConstraintId id) {
        return new ConstraintCheck(id, false, 0.0, "satisfied");
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;

/** Argument checks of this package whose messages name the field, as {@code params.Require} does. */
final class Checks {

    private Checks() {
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    static double fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
        }
        return value;
    }

    static EntityId kind(String name, EntityId id, EntityKind expected) {
        if (id == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (id.kind() != expected) {
            throw new IllegalArgumentException(name + " must be a " + expected + ", got " + id);
        }
        return id;
    }

    /**
     * A defensive copy of a dB array; ±∞ is allowed (no link), NaN is not.
     */
    static double[] decibels(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is NaN");
            }
        }
        return values.clone();
    }

    static void sameLength(String aName, double[] a, String bName, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(aName + " has " + a.length + " entries but " + bName + " has " + b.length);
        }
    }

    /** The encoder needs one entry per node of the scenario. */
    static void length(String name, double[] values, int expected, String what) {
        if (values.length != expected) {
            throw new IllegalArgumentException(name + " has " + values.length + " entries, the geometry has " + expected
                    + " " + what);
        }
    }

    /** A policy's output vector: the right length and finite. */
    static void policyVector(String name, double[] vector, int expectedLength) {
        if (vector == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (vector.length != expectedLength) {
            throw new IllegalArgumentException(name + " must have " + expectedLength + " entries, got " + vector.length);
        }
        for (int i = 0; i < vector.length; i++) {
            finite(name + "[" + i + "]", vector[i]);
        }
    }
}

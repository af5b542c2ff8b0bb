package io.vectwin.model.mdp;

/** Helpers that turn a policy's raw output vector into valid action fields. */
final class PolicyOutputs {

    /** No eligible slot / no slot to exclude. */
    static final int NONE = FeatureWriter.NONE;

    private PolicyOutputs() {
    }

    /**
     * Index of the largest of {@code vector[from … from+n−1]}, relative to {@code from},
     * skipping {@code excluded} ({@link #NONE} to skip none); ties go to the lower index;
     * {@link #NONE} if no slot is eligible.
     */
    static int argmax(double[] vector, int from, int n, int excluded) {
        int best = NONE;
        for (int i = 0; i < n; i++) {
            if (i != excluded && (best == NONE || vector[from + i] > vector[from + best])) {
                best = i;
            }
        }
        return best;
    }

    static double clamp01(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    /** A binary decision (κ) from a policy output: 1 at or above one half. */
    static boolean flag(double v) {
        return v >= 0.5;
    }
}

package io.vectwin.model.params;

/**
 * The coefficients α_p, β_p, γ_p of the subtask priority, eq. (1), constrained by eq. (2):
 * α_p + β_p + γ_p = 1 with each in (0, 1).
 */
public record PriorityWeights(double complexity, double dataSize, double intrinsic) {

    /** Tolerance on the sum of eq. (2), for weights read from decimal text. */
    public static final double SUM_TOLERANCE = 1e-9;

    public PriorityWeights {
        Require.openInterval("priority.alpha", complexity, 0.0, 1.0);
        Require.openInterval("priority.beta", dataSize, 0.0, 1.0);
        Require.openInterval("priority.gamma", intrinsic, 0.0, 1.0);
        double sum = complexity + dataSize + intrinsic;
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("priority weights must satisfy alpha + beta + gamma = 1 (eq. 2), got "
                    + complexity + " + " + dataSize + " + " + intrinsic + " = " + sum);
        }
    }

    /** α_p = 0.4, β_p = 0.3, γ_p = 0.3: the paper gives none, complexity weighs a little more. */
    public static PriorityWeights balanced() {
        return new PriorityWeights(0.4, 0.3, 0.3);
    }
}

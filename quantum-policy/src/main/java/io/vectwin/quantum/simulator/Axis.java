package io.vectwin.quantum.simulator;

/**
 * A Pauli axis: the generator σ of a rotation R_σ(θ) = exp(−iθσ/2) and, in the ansatz's parameter
 * vector, the position of that rotation's angle within one qubit's (x, y, z) triple
 * ({@link #ordinal()} 0, 1, 2).
 */
public enum Axis {
    /** σ_x = [[0, 1], [1, 0]]. */
    X,
    /** σ_y = [[0, −i], [i, 0]]. */
    Y,
    /** σ_z = [[1, 0], [0, −1]]. */
    Z
}

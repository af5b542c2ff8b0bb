package io.vectwin.quantum.reference;

import io.vectwin.quantum.simulator.Axis;

/**
 * An independent N-qubit simulator for tests: every gate is a full 2^N × 2^N unitary built from
 * Kronecker products of 2×2 matrices, with the basis-index convention i = Σ_k q_k·2^k, so the
 * factor of qubit N−1 stands leftmost: G_q = I ⊗ … ⊗ U (position N−1−q) ⊗ … ⊗ I. Controlled gates
 * are |0⟩⟨0|_c ⊗ I + |1⟩⟨1|_c ⊗ X_t (resp. Z_t), each term a Kronecker product.
 */
public final class DenseReference {

    private static final double R = Math.sqrt(0.5);

    static final DenseMatrix I2 = DenseMatrix.of2x2(1, 0, 0, 0, 0, 0, 1, 0);
    static final DenseMatrix H = DenseMatrix.of2x2(R, 0, R, 0, R, 0, -R, 0);
    static final DenseMatrix X = DenseMatrix.of2x2(0, 0, 1, 0, 1, 0, 0, 0);
    static final DenseMatrix Y = DenseMatrix.of2x2(0, 0, 0, -1, 0, 1, 0, 0);
    static final DenseMatrix Z = DenseMatrix.of2x2(1, 0, 0, 0, 0, 0, -1, 0);
    static final DenseMatrix P0 = DenseMatrix.of2x2(1, 0, 0, 0, 0, 0, 0, 0);
    static final DenseMatrix P1 = DenseMatrix.of2x2(0, 0, 0, 0, 0, 0, 1, 0);

    private final int qubits;
    private DenseMatrix unitary;

    public DenseReference(int qubits) {
        this.qubits = qubits;
        this.unitary = DenseMatrix.identity(1 << qubits);
    }

    public static DenseMatrix rx(double t) {
        double c = Math.cos(t / 2);
        double s = Math.sin(t / 2);
        return DenseMatrix.of2x2(c, 0, 0, -s, 0, -s, c, 0);
    }

    public static DenseMatrix ry(double t) {
        double c = Math.cos(t / 2);
        double s = Math.sin(t / 2);
        return DenseMatrix.of2x2(c, 0, -s, 0, s, 0, c, 0);
    }

    public static DenseMatrix rz(double t) {
        double c = Math.cos(t / 2);
        double s = Math.sin(t / 2);
        return DenseMatrix.of2x2(c, -s, 0, 0, 0, 0, c, s);
    }

    public static DenseMatrix rotation(Axis axis, double t) {
        return switch (axis) {
            case X -> rx(t);
            case Y -> ry(t);
            case Z -> rz(t);
        };
    }

    /** The full matrix of a single-qubit gate U on qubit q. */
    public DenseMatrix onQubit(DenseMatrix u, int q) {
        DenseMatrix m = DenseMatrix.identity(1);
        for (int k = qubits - 1; k >= 0; k--) {
            m = m.kron(k == q ? u : I2);
        }
        return m;
    }

    /** |0⟩⟨0|_c ⊗ I + |1⟩⟨1|_c ⊗ U_t as a full matrix. */
    public DenseMatrix controlled(int control, int target, DenseMatrix u) {
        DenseMatrix off = DenseMatrix.identity(1);
        DenseMatrix on = DenseMatrix.identity(1);
        for (int k = qubits - 1; k >= 0; k--) {
            off = off.kron(k == control ? P0 : I2);
            on = on.kron(k == control ? P1 : k == target ? u : I2);
        }
        return off.plus(on);
    }

    /** Appends a gate: U ← G·U. */
    public DenseReference then(DenseMatrix fullGate) {
        unitary = fullGate.times(unitary);
        return this;
    }

    public DenseReference h(int q) {
        return then(onQubit(H, q));
    }

    public DenseReference x(int q) {
        return then(onQubit(X, q));
    }

    public DenseReference y(int q) {
        return then(onQubit(Y, q));
    }

    public DenseReference z(int q) {
        return then(onQubit(Z, q));
    }

    public DenseReference rotate(Axis axis, int q, double t) {
        return then(onQubit(rotation(axis, t), q));
    }

    public DenseReference cnot(int c, int t) {
        return then(controlled(c, t, X));
    }

    public DenseReference cz(int a, int b) {
        return then(controlled(a, b, Z));
    }

    public DenseMatrix unitary() {
        return unitary;
    }

    /** U·|ψ⟩ for ψ = (re, im); returns {re, im}. */
    public double[][] applyTo(double[] re, double[] im) {
        return unitary.apply(re, im);
    }

    /** U·|0…0⟩. */
    public double[][] applyToZero() {
        double[] re = new double[1 << qubits];
        re[0] = 1;
        return applyTo(re, new double[1 << qubits]);
    }
}

package io.vectwin.quantum.simulator;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The state |ψ⟩ = Σ_{i=0}^{2^N−1} α_i |i⟩ of N qubits (eq. 75), 1 ≤ N ≤ {@value #MAX_QUBITS}, in
 * double precision, with gates applied in place.
 *
 * <h2>Basis index convention</h2>
 * Basis state |i⟩ has i = Σ_k q_k·2^k, where q_k ∈ {0, 1} is the value of qubit k: <b>qubit 0 is
 * the least significant bit</b>. For N = 3, index 6 = 0b110 is q₀ = 0, q₁ = 1, q₂ = 1. This is
 * Qiskit's order and the reverse of Cirq's (whose qubit 0 is the most significant). Every index in
 * this module (probabilities, samples, amplitude encodings, permutations) follows it.
 *
 * <h2>Storage and cost</h2>
 * The real and imaginary parts of α live in two primitive {@code double[2^N]} arrays. A gate on
 * qubit q visits the 2^(N−1) pairs (i, i + 2^q) with bit q of i clear, and updates both entries of
 * each pair from their old values; no gate allocates. Only {@link #probabilities()} and
 * {@link #sampleCounts} allocate their results (variants filling a caller's array exist).
 *
 * <h2>Gate conventions</h2>
 * H = [[1, 1], [1, −1]]/√2; X, Y, Z the Pauli matrices ({@link Axis}); rotations
 * R_σ(θ) = exp(−iθσ/2), so RX(θ) = [[cos θ/2, −i sin θ/2], [−i sin θ/2, cos θ/2]],
 * RY(θ) = [[cos θ/2, −sin θ/2], [sin θ/2, cos θ/2]], RZ(θ) = diag(e^{−iθ/2}, e^{iθ/2}) (Cirq's and
 * Qiskit's convention); CNOT(c → t) flips qubit t where qubit c is 1; CZ(a, b) multiplies by −1
 * where both are 1.
 *
 * <p>Gates keep the norm; {@link #multiplyDiagonal} does not (it applies an observable, for the
 * adjoint method). Mutable and not thread-safe: one evaluation thread owns an instance.
 */
public final class StateVector {

    /** Largest N supported: 2^12 = 4096 amplitudes (64 KiB), far beyond the paper's 6 qubits. */
    public static final int MAX_QUBITS = 12;

    /** How far Σ|α_i|² may stray from 1 in {@link #setAmplitudes} and {@link #setReal}. */
    public static final double NORM_TOLERANCE = 1e-9;

    private static final double SQRT_HALF = Math.sqrt(0.5);

    private final int qubits;
    private final int dimension;
    private double[] re;
    private double[] im;
    /** Target of {@link #apply(BasisPermutation)}; swapped with re/im so permuting copies once. */
    private double[] scratchRe;
    private double[] scratchIm;

    /** |0…0⟩ on {@code qubits} qubits. */
    public StateVector(int qubits) {
        this.qubits = requireQubitCount(qubits);
        this.dimension = 1 << qubits;
        this.re = new double[dimension];
        this.im = new double[dimension];
        this.scratchRe = new double[dimension];
        this.scratchIm = new double[dimension];
        re[0] = 1.0;
    }

    /** A copy of {@code other}. */
    public StateVector(StateVector other) {
        this(requireState("other", other).qubits);
        copyFrom(other);
    }

    public int qubits() {
        return qubits;
    }

    /** 2^N. */
    public int dimension() {
        return dimension;
    }

    /** Re α_i. */
    public double re(int i) {
        return re[checkIndex(i)];
    }

    /** Im α_i. */
    public double im(int i) {
        return im[checkIndex(i)];
    }

    /** Back to |0…0⟩. */
    public void reset() {
        Arrays.fill(re, 0.0);
        Arrays.fill(im, 0.0);
        re[0] = 1.0;
    }

    /** The uniform superposition α_i = 1/√(2^N) = H^⊗N|0…0⟩, written exactly (not through N rounded H gates). */
    public void setUniformSuperposition() {
        double a = 1.0 / Math.sqrt(dimension);
        Arrays.fill(re, a);
        Arrays.fill(im, 0.0);
    }

    /** Becomes a copy of {@code other}, which must have as many qubits. */
    public void copyFrom(StateVector other) {
        requireSameSize("other", other);
        System.arraycopy(other.re, 0, re, 0, dimension);
        System.arraycopy(other.im, 0, im, 0, dimension);
    }

    /**
     * Sets α_i = re[i] + i·im[i].
     *
     * @throws IllegalArgumentException if a length is not 2^N, an entry is not finite, or
     *                                  |Σ|α_i|² − 1| &gt; {@value #NORM_TOLERANCE}
     */
    public void setAmplitudes(double[] realParts, double[] imaginaryParts) {
        requireLength("realParts", realParts);
        requireLength("imaginaryParts", imaginaryParts);
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            requireFinite("realParts", i, realParts[i]);
            requireFinite("imaginaryParts", i, imaginaryParts[i]);
            norm += realParts[i] * realParts[i] + imaginaryParts[i] * imaginaryParts[i];
        }
        requireUnitNorm("amplitudes", norm);
        System.arraycopy(realParts, 0, re, 0, dimension);
        System.arraycopy(imaginaryParts, 0, im, 0, dimension);
    }

    /**
     * Sets the real state α_i = scale·values[i] without allocating (used by the amplitude encoding,
     * eq. 76, which passes scale = 1/‖f‖).
     *
     * @throws IllegalArgumentException if the length is not 2^N, an amplitude is not finite or the
     *                                  result is not normalised to {@value #NORM_TOLERANCE}; the
     *                                  state is then reset to |0…0⟩
     */
    public void setReal(double[] values, double scale) {
        requireLength("values", values);
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            double a = scale * values[i];
            re[i] = a;
            im[i] = 0.0;
            norm += a * a;
        }
        // checked after writing, in the same pass (a hot path): a non-finite amplitude makes the norm NaN or ∞
        if (!Double.isFinite(norm)) {
            reset();
            throw new IllegalArgumentException("scale * values must be finite, got scale " + scale);
        }
        if (!(Math.abs(norm - 1.0) <= NORM_TOLERANCE)) {
            reset();
            requireUnitNorm("scale * values", norm);
        }
    }

    /** Σ|α_i|²: 1 for a state; gates keep it. */
    public double normSquared() {
        double s = 0;
        for (int i = 0; i < dimension; i++) {
            s += re[i] * re[i] + im[i] * im[i];
        }
        return s;
    }

    // ---------------------------------------------------------------- single-qubit gates

    /** Hadamard on qubit q. */
    public void h(int q) {
        int stride = bit(q);
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                int j = i + stride;
                double ar = re[i];
                double ai = im[i];
                double br = re[j];
                double bi = im[j];
                re[i] = SQRT_HALF * (ar + br);
                im[i] = SQRT_HALF * (ai + bi);
                re[j] = SQRT_HALF * (ar - br);
                im[j] = SQRT_HALF * (ai - bi);
            }
        }
    }

    /** Pauli X (NOT) on qubit q. */
    public void x(int q) {
        int stride = bit(q);
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                swap(i, i + stride);
            }
        }
    }

    /** Pauli Y on qubit q: |0⟩ → i|1⟩, |1⟩ → −i|0⟩. */
    public void y(int q) {
        int stride = bit(q);
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                int j = i + stride;
                double ar = re[i];
                double ai = im[i];
                // new a = −i·b, new b = i·a
                re[i] = im[j];
                im[i] = -re[j];
                re[j] = -ai;
                im[j] = ar;
            }
        }
    }

    /** Pauli Z on qubit q. */
    public void z(int q) {
        int stride = bit(q);
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int j = base + stride; j < base + 2 * stride; j++) {
                re[j] = -re[j];
                im[j] = -im[j];
            }
        }
    }

    /** RX(θ) = exp(−iθX/2) on qubit q. */
    public void rx(int q, double theta) {
        rotateX(q, Math.cos(theta / 2), Math.sin(theta / 2));
    }

    /** RY(θ) = exp(−iθY/2) on qubit q. */
    public void ry(int q, double theta) {
        rotateY(q, Math.cos(theta / 2), Math.sin(theta / 2));
    }

    /** RZ(θ) = exp(−iθZ/2) on qubit q. */
    public void rz(int q, double theta) {
        rotateZ(q, Math.cos(theta / 2), Math.sin(theta / 2));
    }

    /** R_axis(θ) = exp(−iθσ_axis/2) on qubit q. */
    public void rotate(Axis axis, int q, double theta) {
        rotate(axis, q, Math.cos(theta / 2), Math.sin(theta / 2));
    }

    /**
     * R_axis(θ) given cos(θ/2) and sin(θ/2), for callers that apply the same angle many times and
     * compute the trigonometry once. Pass −sin(θ/2) for the inverse R_axis(−θ) = R_axis(θ)†.
     */
    public void rotate(Axis axis, int q, double cosHalf, double sinHalf) {
        if (axis == null) {
            throw new IllegalArgumentException("axis is required");
        }
        switch (axis) {
            case X -> rotateX(q, cosHalf, sinHalf);
            case Y -> rotateY(q, cosHalf, sinHalf);
            case Z -> rotateZ(q, cosHalf, sinHalf);
        }
    }

    private void rotateX(int q, double c, double s) {
        int stride = bit(q);
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                int j = i + stride;
                double ar = re[i];
                double ai = im[i];
                double br = re[j];
                double bi = im[j];
                // a' = c·a − i·s·b, b' = −i·s·a + c·b
                re[i] = c * ar + s * bi;
                im[i] = c * ai - s * br;
                re[j] = c * br + s * ai;
                im[j] = c * bi - s * ar;
            }
        }
    }

    private void rotateY(int q, double c, double s) {
        requireQubit(qubits, q);
        rotateYKernel(q, c, s);
    }

    /**
     * RY(β_q) on every qubit q = 0 … N−1 (they commute), given cos(β_q/2) = cosHalf[offset + q] and
     * sin(β_q/2) = sinHalf[offset + q]: the real rotation layer of the compiled ansatz. Qubits are
     * rotated two at a time (0 and 1, 2 and 3, …), one pass over quadruples of amplitudes per pair,
     * which halves the loads and stores.
     */
    public void rotateYOnEveryQubit(double[] cosHalf, double[] sinHalf, int offset) {
        if (cosHalf == null || sinHalf == null || offset < 0 || offset + qubits > cosHalf.length
                || offset + qubits > sinHalf.length) {
            throw new IllegalArgumentException("cosHalf and sinHalf must hold " + qubits + " numbers from offset " + offset);
        }
        int q = 0;
        for (; q + 1 < qubits; q += 2) {
            rotateYPairKernel(q, cosHalf[offset + q], sinHalf[offset + q], cosHalf[offset + q + 1],
                    sinHalf[offset + q + 1]);
        }
        if (q < qubits) {
            rotateYKernel(q, cosHalf[offset + q], sinHalf[offset + q]);
        }
    }

    /**
     * RY on qubits q and q + 1 in one pass, the strides as literals (see {@link #rotateYKernel}):
     * each amplitude is loaded and stored once for two gates.
     */
    private void rotateYPairKernel(int q, double c0, double s0, double c1, double s1) {
        double[] r = re;
        double[] m = im;
        int d = dimension;
        switch (q) {
            case 0 -> rotateYLowPair(r, m, d, c0, s0, c1, s1);
            case 1 -> rotateYPairStride(r, m, d, 2, c0, s0, c1, s1);
            case 2 -> rotateYPairStride(r, m, d, 4, c0, s0, c1, s1);
            case 3 -> rotateYPairStride(r, m, d, 8, c0, s0, c1, s1);
            case 4 -> rotateYPairStride(r, m, d, 16, c0, s0, c1, s1);
            case 5 -> rotateYPairStride(r, m, d, 32, c0, s0, c1, s1);
            case 6 -> rotateYPairStride(r, m, d, 64, c0, s0, c1, s1);
            case 7 -> rotateYPairStride(r, m, d, 128, c0, s0, c1, s1);
            case 8 -> rotateYPairStride(r, m, d, 256, c0, s0, c1, s1);
            case 9 -> rotateYPairStride(r, m, d, 512, c0, s0, c1, s1);
            default -> rotateYPairStride(r, m, d, 1024, c0, s0, c1, s1);
        }
    }

    /**
     * {@link #rotateYPairStride} for qubits 0 and 1 as one flat loop over blocks of four: with
     * stride 1 the nested form's inner loop would run once per block.
     */
    private static void rotateYLowPair(double[] r, double[] m, int dimension, double c0, double s0, double c1,
            double s1) {
        for (int i = 0; i < dimension; i += 4) {
            double r0 = r[i];
            double r1 = r[i + 1];
            double r2 = r[i + 2];
            double r3 = r[i + 3];
            double m0 = m[i];
            double m1 = m[i + 1];
            double m2 = m[i + 2];
            double m3 = m[i + 3];
            double x0 = c0 * r0 - s0 * r1;
            double x1 = s0 * r0 + c0 * r1;
            double x2 = c0 * r2 - s0 * r3;
            double x3 = s0 * r2 + c0 * r3;
            double y0 = c0 * m0 - s0 * m1;
            double y1 = s0 * m0 + c0 * m1;
            double y2 = c0 * m2 - s0 * m3;
            double y3 = s0 * m2 + c0 * m3;
            r[i] = c1 * x0 - s1 * x2;
            r[i + 1] = c1 * x1 - s1 * x3;
            r[i + 2] = s1 * x0 + c1 * x2;
            r[i + 3] = s1 * x1 + c1 * x3;
            m[i] = c1 * y0 - s1 * y2;
            m[i + 1] = c1 * y1 - s1 * y3;
            m[i + 2] = s1 * y0 + c1 * y2;
            m[i + 3] = s1 * y1 + c1 * y3;
        }
    }

    /**
     * RY(c0, s0) on the qubit of stride {@code st}, then RY(c1, s1) on the qubit of stride 2·st, on
     * each quadruple (i, i + st, i + 2st, i + 3st): pairs (0, 1) and (2, 3) first, then (0, 2) and
     * (1, 3).
     */
    private static void rotateYPairStride(double[] r, double[] m, int dimension, int st, double c0, double s0,
            double c1, double s1) {
        for (int base = 0; base < dimension; base += 4 * st) {
            for (int i = base; i < base + st; i++) {
                double r0 = r[i];
                double r1 = r[i + st];
                double r2 = r[i + 2 * st];
                double r3 = r[i + 3 * st];
                double m0 = m[i];
                double m1 = m[i + st];
                double m2 = m[i + 2 * st];
                double m3 = m[i + 3 * st];
                double x0 = c0 * r0 - s0 * r1;
                double x1 = s0 * r0 + c0 * r1;
                double x2 = c0 * r2 - s0 * r3;
                double x3 = s0 * r2 + c0 * r3;
                double y0 = c0 * m0 - s0 * m1;
                double y1 = s0 * m0 + c0 * m1;
                double y2 = c0 * m2 - s0 * m3;
                double y3 = s0 * m2 + c0 * m3;
                r[i] = c1 * x0 - s1 * x2;
                r[i + st] = c1 * x1 - s1 * x3;
                r[i + 2 * st] = s1 * x0 + c1 * x2;
                r[i + 3 * st] = s1 * x1 + c1 * x3;
                m[i] = c1 * y0 - s1 * y2;
                m[i + st] = c1 * y1 - s1 * y3;
                m[i + 2 * st] = s1 * y0 + c1 * y2;
                m[i + 3 * st] = s1 * y1 + c1 * y3;
            }
        }
    }

    /**
     * Dispatches to {@link #rotateYStride} with the stride 2^q as a literal: inlined with a constant
     * stride, the loop's two accesses a[i] and a[i + stride] have a known distance, which lets the JIT
     * compiler prove them independent and use vector instructions (with a run-time stride it cannot).
     */
    private void rotateYKernel(int q, double c, double s) {
        double[] r = re;
        double[] m = im;
        int d = dimension;
        switch (q) {
            case 0 -> rotateYStride(r, m, d, 1, c, s);
            case 1 -> rotateYStride(r, m, d, 2, c, s);
            case 2 -> rotateYStride(r, m, d, 4, c, s);
            case 3 -> rotateYStride(r, m, d, 8, c, s);
            case 4 -> rotateYStride(r, m, d, 16, c, s);
            case 5 -> rotateYStride(r, m, d, 32, c, s);
            case 6 -> rotateYStride(r, m, d, 64, c, s);
            case 7 -> rotateYStride(r, m, d, 128, c, s);
            case 8 -> rotateYStride(r, m, d, 256, c, s);
            case 9 -> rotateYStride(r, m, d, 512, c, s);
            case 10 -> rotateYStride(r, m, d, 1024, c, s);
            default -> rotateYStride(r, m, d, 2048, c, s);
        }
    }

    /** RY on the pairs (i, i + stride): a' = c·a − s·b, b' = s·a + c·b, real and imaginary parts alike. */
    private static void rotateYStride(double[] r, double[] m, int dimension, int stride, double c, double s) {
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                double ar = r[i];
                double ai = m[i];
                double br = r[i + stride];
                double bi = m[i + stride];
                r[i] = c * ar - s * br;
                m[i] = c * ai - s * bi;
                r[i + stride] = s * ar + c * br;
                m[i + stride] = s * ai + c * bi;
            }
        }
    }

    private void rotateZ(int q, double c, double s) {
        int stride = bit(q);
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                int j = i + stride;
                double ar = re[i];
                double ai = im[i];
                double br = re[j];
                double bi = im[j];
                // a' = (c − i·s)·a, b' = (c + i·s)·b
                re[i] = c * ar + s * ai;
                im[i] = c * ai - s * ar;
                re[j] = c * br - s * bi;
                im[j] = c * bi + s * br;
            }
        }
    }

    /**
     * Applies a general 2×2 matrix U to qubit q. {@code m[offset … offset+7]} holds U row-major as
     * (re, im) pairs: u00, u01, u10, u11. The caller vouches that U is unitary (the fused rotations
     * of the ansatz are, by construction).
     */
    public void applyUnitary(int q, double[] m, int offset) {
        if (m == null || offset < 0 || offset + 8 > m.length) {
            throw new IllegalArgumentException("m must hold 8 numbers from offset " + offset);
        }
        double u00r = m[offset];
        double u00i = m[offset + 1];
        double u01r = m[offset + 2];
        double u01i = m[offset + 3];
        double u10r = m[offset + 4];
        double u10i = m[offset + 5];
        double u11r = m[offset + 6];
        double u11i = m[offset + 7];
        int stride = bit(q);
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                int j = i + stride;
                double ar = re[i];
                double ai = im[i];
                double br = re[j];
                double bi = im[j];
                re[i] = u00r * ar - u00i * ai + u01r * br - u01i * bi;
                im[i] = u00r * ai + u00i * ar + u01r * bi + u01i * br;
                re[j] = u10r * ar - u10i * ai + u11r * br - u11i * bi;
                im[j] = u10r * ai + u10i * ar + u11r * bi + u11i * br;
            }
        }
    }

    // ---------------------------------------------------------------- two-qubit gates

    /** CNOT(control → target): flips {@code target} where {@code control} is 1. */
    public void cnot(int control, int target) {
        requireDistinctQubits(qubits, control, target);
        int c = 1 << control;
        int t = 1 << target;
        for (int i = 0; i < dimension; i++) {
            // each swapped pair once: from the member with the target bit clear
            if ((i & c) != 0 && (i & t) == 0) {
                swap(i, i | t);
            }
        }
    }

    /** CZ(a, b): −1 on the basis states where qubits a and b are both 1 (symmetric in a, b). */
    public void cz(int a, int b) {
        requireDistinctQubits(qubits, a, b);
        int both = (1 << a) | (1 << b);
        for (int i = 0; i < dimension; i++) {
            if ((i & both) == both) {
                re[i] = -re[i];
                im[i] = -im[i];
            }
        }
    }

    /** Applies a basis permutation: the amplitude of |i⟩ moves to |p.destination(i)⟩. One pass, no allocation. */
    public void apply(BasisPermutation p) {
        requireActsHere(p == null ? -1 : p.qubits());
        int[] d = p.destinations();
        double[] nr = scratchRe;
        double[] ni = scratchIm;
        for (int i = 0; i < dimension; i++) {
            nr[d[i]] = re[i];
            ni[d[i]] = im[i];
        }
        swapInScratch();
    }

    /** Applies |i⟩ → e^{iφ_i}|d(i)⟩: new α_{d(i)} = e^{iφ_i}·α_i. One pass, no allocation. */
    public void apply(PhasedPermutation p) {
        requireActsHere(p == null ? -1 : p.qubits());
        double[] cr = p.phaseRe();
        double[] ci = p.phaseIm();
        if (p.permutation().isIdentity()) {
            // a diagonal: in place, same index everywhere, so the loop vectorises
            for (int i = 0; i < dimension; i++) {
                double ar = re[i];
                double ai = im[i];
                re[i] = cr[i] * ar - ci[i] * ai;
                im[i] = cr[i] * ai + ci[i] * ar;
            }
            return;
        }
        int[] d = p.permutation().destinations();
        double[] nr = scratchRe;
        double[] ni = scratchIm;
        for (int i = 0; i < dimension; i++) {
            double ar = re[i];
            double ai = im[i];
            nr[d[i]] = cr[i] * ar - ci[i] * ai;
            ni[d[i]] = cr[i] * ai + ci[i] * ar;
        }
        swapInScratch();
    }

    /** The permuted amplitudes were written to the scratch arrays: they become the state, the old arrays the scratch. */
    private void swapInScratch() {
        double[] r = re;
        double[] m = im;
        re = scratchRe;
        im = scratchIm;
        scratchRe = r;
        scratchIm = m;
    }

    private void requireActsHere(int otherQubits) {
        if (otherQubits != qubits) {
            throw new IllegalArgumentException("permutation must act on " + qubits + " qubits, got "
                    + (otherQubits < 0 ? "null" : otherQubits));
        }
    }

    // ---------------------------------------------------------------- observables, for the adjoint method

    /**
     * α_i ← w_i·α_i: applies the diagonal observable O = diag(w). Not a gate (the result is not
     * normalised); the adjoint method uses it to form O|φ⟩.
     */
    public void multiplyDiagonal(double[] w) {
        requireLength("w", w);
        for (int i = 0; i < dimension; i++) {
            re[i] *= w[i];
            im[i] *= w[i];
        }
    }

    /**
     * Im⟨bra|σ_axis^(q)|this⟩, with σ acting on qubit q. For a rotation exp(−iθσ/2) sitting between
     * |φ⟩ (after it) and the back-propagated ⟨λ|, ∂⟨O⟩/∂θ = 2·Re⟨λ|(−i/2)σ|φ⟩ = Im⟨λ|σ|φ⟩: this.
     */
    public double imaginaryPauliMatrixElement(StateVector bra, Axis axis, int q) {
        requireSameSize("bra", bra);
        if (axis == null) {
            throw new IllegalArgumentException("axis is required");
        }
        int stride = bit(q);
        double[] br = bra.re;
        double[] bi = bra.im;
        double sum = 0;
        for (int base = 0; base < dimension; base += 2 * stride) {
            for (int i = base; i < base + stride; i++) {
                int j = i + stride;
                // Im(conj(b_k)·z_k) = br·zi − bi·zr, summed over the pair (i, j)
                sum += switch (axis) {
                    // (σ_x φ)_i = φ_j, (σ_x φ)_j = φ_i
                    case X -> br[i] * im[j] - bi[i] * re[j] + br[j] * im[i] - bi[j] * re[i];
                    // (σ_y φ)_i = −i·φ_j, (σ_y φ)_j = i·φ_i; Im(conj(b)·(±i)·a) = ±Re(conj(b)·a)
                    case Y -> (br[j] * re[i] + bi[j] * im[i]) - (br[i] * re[j] + bi[i] * im[j]);
                    // (σ_z φ)_i = φ_i, (σ_z φ)_j = −φ_j
                    case Z -> (br[i] * im[i] - bi[i] * re[i]) - (br[j] * im[j] - bi[j] * re[j]);
                };
            }
        }
        return sum;
    }

    // ---------------------------------------------------------------- measurement, eq. (85)

    /** P(i) = ⟨ψ|P_i|ψ⟩ = |α_i|² for the projector P_i = |i⟩⟨i| (eq. 85). */
    public double probability(int i) {
        checkIndex(i);
        return re[i] * re[i] + im[i] * im[i];
    }

    /** Every P(i) of eq. (85) into {@code out} (length 2^N), basis-index order. */
    public void probabilities(double[] out) {
        requireLength("out", out);
        for (int i = 0; i < dimension; i++) {
            out[i] = re[i] * re[i] + im[i] * im[i];
        }
    }

    /** Every P(i) of eq. (85), basis-index order (allocates). */
    public double[] probabilities() {
        double[] p = new double[dimension];
        probabilities(p);
        return p;
    }

    /** ⟨ψ|O|ψ⟩ = Σ_i w_i·P(i) for the diagonal observable O = diag(w). */
    public double expectation(double[] w) {
        requireLength("w", w);
        double s = 0;
        for (int i = 0; i < dimension; i++) {
            s += w[i] * (re[i] * re[i] + im[i] * im[i]);
        }
        return s;
    }

    /**
     * One projective measurement in the computational basis: outcome i with probability P(i)
     * (eq. 85), by inversion of the cumulative distribution with one {@code nextDouble()} from
     * {@code rng}. The state is left as it was (the simulator can re-measure a copy for free).
     */
    public int sample(RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException("rng is required");
        }
        // u in [0, Σ P) rather than [0, 1): rounding in Σ P never leaves u beyond the last outcome
        double u = rng.nextDouble() * normSquared();
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < dimension; i++) {
            double p = re[i] * re[i] + im[i] * im[i];
            if (p > 0) {
                cumulative += p;
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return last;
    }

    /**
     * Counts of {@code shots} independent measurements (each as {@link #sample}); element i counts
     * outcome i. Same rng state → same counts.
     */
    public int[] sampleCounts(int shots, RandomGenerator rng) {
        if (shots < 0) {
            throw new IllegalArgumentException("shots must be >= 0, got " + shots);
        }
        if (rng == null) {
            throw new IllegalArgumentException("rng is required");
        }
        int[] counts = new int[dimension];
        for (int s = 0; s < shots; s++) {
            counts[sample(rng)]++;
        }
        return counts;
    }

    // ---------------------------------------------------------------- checks

    /** 1 ≤ qubits ≤ {@value #MAX_QUBITS}, else IllegalArgumentException naming "qubits". */
    public static int requireQubitCount(int qubits) {
        if (qubits < 1 || qubits > MAX_QUBITS) {
            throw new IllegalArgumentException("qubits must lie in [1, " + MAX_QUBITS + "], got " + qubits);
        }
        return qubits;
    }

    static void requireDistinctQubits(int qubits, int a, int b) {
        requireQubit(qubits, a);
        requireQubit(qubits, b);
        if (a == b) {
            throw new IllegalArgumentException("a two-qubit gate needs two different qubits, got " + a + " twice");
        }
    }

    private static void requireQubit(int qubits, int q) {
        if (q < 0 || q >= qubits) {
            throw new IllegalArgumentException("qubit must lie in [0, " + qubits + "), got " + q);
        }
    }

    private int bit(int q) {
        requireQubit(qubits, q);
        return 1 << q;
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= dimension) {
            throw new IllegalArgumentException("basis index must lie in [0, " + dimension + "), got " + i);
        }
        return i;
    }

    private void requireLength(String name, double[] a) {
        if (a == null || a.length != dimension) {
            throw new IllegalArgumentException(name + " must have 2^" + qubits + " = " + dimension + " entries, got "
                    + (a == null ? "null" : a.length));
        }
    }

    private void requireSameSize(String name, StateVector other) {
        requireState(name, other);
        if (other.qubits != qubits) {
            throw new IllegalArgumentException(name + " has " + other.qubits + " qubits, this state " + qubits);
        }
    }

    private static StateVector requireState(String name, StateVector s) {
        if (s == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return s;
    }

    private static void requireFinite(String name, int i, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + v);
        }
    }

    private static void requireUnitNorm(String name, double normSquared) {
        if (!(Math.abs(normSquared - 1.0) <= NORM_TOLERANCE)) {
            throw new IllegalArgumentException(name + " must be normalised (sum of |a_i|^2 = 1 within "
                    + NORM_TOLERANCE + "), got " + normSquared);
        }
    }

    private void swap(int i, int j) {
        double r = re[i];
        double m = im[i];
        re[i] = re[j];
        im[i] = im[j];
        re[j] = r;
        im[j] = m;
    }
}

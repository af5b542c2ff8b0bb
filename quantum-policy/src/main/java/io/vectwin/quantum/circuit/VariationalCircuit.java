package io.vectwin.quantum.circuit;

import io.vectwin.quantum.simulator.Axis;
import io.vectwin.quantum.simulator.BasisPermutation;
import io.vectwin.quantum.simulator.PhasedPermutation;
import io.vectwin.quantum.simulator.StateVector;

/**
 * The quantum policy network's circuit Q (eq. 79–84): encoding ℰ(s), optionally a Hadamard layer,
 * then L layers of the parameterised ansatz, |φ⟩ = U(θ)|ψ⟩ (eq. 80–81) with
 * U(θ) = U_{L−1} ⋯ U_1 U_0 a product of gates (eq. 82).
 *
 * <h2>Layer ℓ</h2>
 * <ol>
 *   <li>for angle encodings, the upload RX(s_q) on every qubit q: before layer 0 only
 *       ({@link Encoding#ANGLE}) or before every layer ({@link Encoding#ANGLE_REUPLOADING});</li>
 *   <li>before layer 0 only, when {@link #hadamardInput()}: H on every qubit, i.e. H^⊗N applied to
 *       the encoded input state;</li>
 *   <li>on each qubit q = 0 … N−1: RX(θ[ℓ][q][x]), then RY(θ[ℓ][q][y]), then RZ(θ[ℓ][q][z]);</li>
 *   <li>the entangling ring CNOT(q → q+1 mod N) for q = 0 … N−1, in that order (for N = 1 there is
 *       no ring: a qubit cannot control itself).</li>
 * </ol>
 * θ is ordered as {@link CircuitShape} says: ℓ, then q, then (x, y, z). Eq. (83) writes U as
 * e^{−iH(θ)t/ħ}; each rotation here is such an exponential of one Pauli term,
 * R_σ(θ) = e^{−iθσ/2}, and the time-dependence of U(θ, t) enters through θ (the trained angles at
 * decision time t).
 *
 * <h2>Evaluation</h2>
 * {@link #run} is the fast path, exact up to rounding (the tests hold it to a gate-by-gate dense
 * reference at 1e−12). It is compiled once, when the circuit is built:
 * <ul>
 *   <li>each qubit's RZ(θz)·RY(θy)·RX(θx) is an element of SU(2) and so equals
 *       RZ(α)·RY(β)·RZ(γ) (Euler's ZYZ decomposition, no global phase left over);</li>
 *   <li>the RZ(α) of all qubits of layer ℓ, the CNOT ring (a basis permutation) and the RZ(γ) of
 *       layer ℓ+1 are all diagonal or permutations, and commute into one
 *       {@link PhasedPermutation}: |i⟩ → e^{iφ_i}|d(i)⟩, one pass over the state.</li>
 * </ul>
 * A layer then costs N real RY rotations (12 flops per amplitude pair, against 28 for a general
 * 2×2), applied two qubits per pass ({@link StateVector#rotateYOnEveryQubit}), and one phased
 * permutation; a 6-qubit, 4-layer run is 24 RY gates in 12 passes and 5 phase passes on 64
 * amplitudes, with no trigonometry and no allocation. Where encoding gates sit between layers
 * (angle encodings, the Hadamard layer) the phases are not carried across them. The gradient passes
 * walk the circuit gate by gate instead ({@link AdjointDifferentiation}).
 *
 * <p>Immutable and thread-safe; the {@link StateVector} passed in carries the mutable state.
 */
public final class VariationalCircuit {

    private final CircuitShape shape;
    private final Encoding encoding;
    private final boolean hadamardInput;
    private final double[] theta;
    /** cos(θ_k/2), sin(θ_k/2) for the gate-by-gate passes of the gradients. */
    private final double[] cosHalf;
    private final double[] sinHalf;
    /** cos(β/2), sin(β/2) of the ZYZ form of cell (ℓ, q), at ℓ·N + q. */
    private final double[] cosHalfBeta;
    private final double[] sinHalfBeta;
    /** Layer ℓ's RZ(γ) phases, applied before its RY gates; null where carried in from layer ℓ−1. */
    private final PhasedPermutation[] entry;
    /** Layer ℓ's RZ(α) phases, the CNOT ring and, where no gate intervenes, layer ℓ+1's RZ(γ). */
    private final PhasedPermutation[] exit;
    /** The CNOT ring as a basis permutation (the identity for N = 1), and its inverse. */
    private final BasisPermutation ring;
    private final BasisPermutation ringInverse;

    /**
     * @param shape         N and L
     * @param encoding      how inputs are encoded
     * @param hadamardInput whether H^⊗N follows the encoding before the first layer
     * @param theta         3·L·N angles (rad) in the order of {@link CircuitShape}; copied
     */
    public VariationalCircuit(CircuitShape shape, Encoding encoding, boolean hadamardInput, double[] theta) {
        if (shape == null) {
            throw new IllegalArgumentException("shape is required");
        }
        if (encoding == null) {
            throw new IllegalArgumentException("encoding is required");
        }
        this.shape = shape;
        this.encoding = encoding;
        this.hadamardInput = hadamardInput;
        this.theta = shape.requireParameters("theta", theta).clone();
        int n = this.theta.length;
        this.cosHalf = new double[n];
        this.sinHalf = new double[n];
        for (int k = 0; k < n; k++) {
            cosHalf[k] = Math.cos(this.theta[k] / 2);
            sinHalf[k] = Math.sin(this.theta[k] / 2);
        }
        int cells = shape.layers() * shape.qubits();
        double[] alpha = new double[cells];
        double[] gamma = new double[cells];
        this.cosHalfBeta = new double[cells];
        this.sinHalfBeta = new double[cells];
        double[] u = new double[8];
        for (int cell = 0; cell < cells; cell++) {
            fuseRotations(cell * CircuitShape.ROTATIONS_PER_QUBIT, u);
            // SU(2): u = [[a, −conj(b)], [b, conj(a)]] = RZ(α)·RY(β)·RZ(γ) with
            // a = e^{−i(α+γ)/2}·cos(β/2), b = e^{i(α−γ)/2}·sin(β/2)
            double argA = Math.atan2(u[1], u[0]);
            double argB = Math.atan2(u[5], u[4]);
            double cos = Math.hypot(u[0], u[1]);
            double sin = Math.hypot(u[4], u[5]);
            double norm = Math.hypot(cos, sin); // 1 up to rounding; keeps RY exactly orthogonal
            cosHalfBeta[cell] = cos / norm;
            sinHalfBeta[cell] = sin / norm;
            alpha[cell] = argB - argA;
            gamma[cell] = -argA - argB;
        }
        this.ring = entanglingRingPermutation(shape.qubits());
        this.ringInverse = ring.inverse();
        this.entry = new PhasedPermutation[shape.layers()];
        this.exit = new PhasedPermutation[shape.layers()];
        BasisPermutation identity = BasisPermutation.identity(shape.qubits());
        for (int layer = 0; layer < shape.layers(); layer++) {
            if (!carriesPhasesInto(layer)) {
                entry[layer] = new PhasedPermutation(identity, rzPhases(gamma, layer, identity, null));
            }
            boolean carry = layer + 1 < shape.layers() && carriesPhasesInto(layer + 1);
            exit[layer] = new PhasedPermutation(ring, rzPhases(alpha, layer, ring, carry ? gamma : null));
        }
    }

    /** Whether layer ℓ−1's exit may carry layer ℓ's RZ(γ) phases: no encoding or H gate stands between them. */
    private boolean carriesPhasesInto(int layer) {
        return layer > 0 && !encoding.uploadsBefore(layer);
    }

    /**
     * φ_i for |i⟩ → e^{iφ_i}|d(i)⟩ standing for ⊗_q RZ(α_{ℓ,q}), then d, then ⊗_q RZ(γ_{ℓ+1,q}) if
     * {@code nextGamma} is given: RZ(x) multiplies |bit⟩ by e^{∓ix/2} (− for bit 0), so
     * φ_i = −½·Σ_q [σ_q(i)·α_{ℓ,q} + σ_q(d(i))·γ_{ℓ+1,q}] with σ_q(j) = +1 if bit q of j is 0, else −1.
     */
    private double[] rzPhases(double[] angles, int layer, BasisPermutation d, double[] nextGamma) {
        int n = shape.qubits();
        double[] phi = new double[shape.dimension()];
        for (int i = 0; i < phi.length; i++) {
            double sum = 0;
            int j = d.destination(i);
            for (int q = 0; q < n; q++) {
                sum += sign(i, q) * angles[layer * n + q];
                if (nextGamma != null) {
                    sum += sign(j, q) * nextGamma[(layer + 1) * n + q];
                }
            }
            phi[i] = -0.5 * sum;
        }
        return phi;
    }

    private static int sign(int basis, int q) {
        return (basis >> q & 1) == 0 ? 1 : -1;
    }

    /** The paper's configuration: amplitude encoding, no Hadamard layer. */
    public static VariationalCircuit amplitudeEncoded(CircuitShape shape, double[] theta) {
        return new VariationalCircuit(shape, Encoding.AMPLITUDE, false, theta);
    }

    public CircuitShape shape() {
        return shape;
    }

    public Encoding encoding() {
        return encoding;
    }

    public boolean hadamardInput() {
        return hadamardInput;
    }

    /** θ, a copy. */
    public double[] theta() {
        return theta.clone();
    }

    /** The number of inputs {@link #run} expects: 2^N (amplitude) or N (angle). */
    public int inputLength() {
        return encoding.inputLength(shape);
    }

    /** The same circuit with other angles. */
    public VariationalCircuit withTheta(double[] newTheta) {
        return new VariationalCircuit(shape, encoding, hadamardInput, newTheta);
    }

    /**
     * The CNOT ring CNOT(0→1), CNOT(1→2), …, CNOT(N−1→0) as one basis permutation (the identity
     * for N = 1, which has no ring).
     */
    public static BasisPermutation entanglingRingPermutation(int qubits) {
        BasisPermutation p = BasisPermutation.identity(qubits);
        if (qubits > 1) {
            for (int q = 0; q < qubits; q++) {
                p = p.thenCnot(q, (q + 1) % qubits);
            }
        }
        return p;
    }

    /**
     * |φ⟩ = U(θ)·ℰ(input): prepares the encoded input in {@code state} and applies the circuit.
     *
     * @param input {@link #inputLength()} finite numbers
     * @param state N qubits; overwritten
     */
    public void run(double[] input, StateVector state) {
        prepareInput(input, state);
        int n = shape.qubits();
        for (int layer = 0; layer < shape.layers(); layer++) {
            applyInputGates(layer, input, state);
            if (entry[layer] != null) {
                state.apply(entry[layer]);
            }
            state.rotateYOnEveryQubit(cosHalfBeta, sinHalfBeta, layer * n);
            state.apply(exit[layer]);
        }
    }

    /** P(i) of eq. (85) after {@link #run}, into {@code out} (length 2^N). */
    public void probabilities(double[] input, StateVector state, double[] out) {
        run(input, state);
        state.probabilities(out);
    }

    /** P(i) of eq. (85) for one input (allocates a state and the result; for callers off the hot path). */
    public double[] probabilities(double[] input) {
        StateVector state = new StateVector(shape.qubits());
        run(input, state);
        return state.probabilities();
    }

    // ---------------------------------------------------------------- pieces for the gradient passes

    /** ℰ(input) into state: the amplitude-encoded state, or |0…0⟩ for angle encodings (their gates come per layer). */
    void prepareInput(double[] input, StateVector state) {
        requireInput(input, state);
        if (encoding == Encoding.AMPLITUDE) {
            AmplitudeEncoding.prepare(input, state);
        } else {
            state.reset();
        }
    }

    /** The non-trainable gates before layer ℓ's rotations: the RX(s_q) upload, then (ℓ = 0) the H layer. */
    void applyInputGates(int layer, double[] input, StateVector state) {
        if (encoding.uploadsBefore(layer)) {
            for (int q = 0; q < shape.qubits(); q++) {
                state.rx(q, input[q]);
            }
        }
        if (layer == 0 && hadamardInput) {
            for (int q = 0; q < shape.qubits(); q++) {
                state.h(q);
            }
        }
    }

    /** The inverse of {@link #applyInputGates}: H layer undone first (H is its own inverse), then RX(−s_q). */
    void undoInputGates(int layer, double[] input, StateVector state) {
        if (layer == 0 && hadamardInput) {
            for (int q = shape.qubits() - 1; q >= 0; q--) {
                state.h(q);
            }
        }
        if (encoding.uploadsBefore(layer)) {
            for (int q = shape.qubits() - 1; q >= 0; q--) {
                state.rx(q, -input[q]);
            }
        }
    }

    /** The inverse of layer ℓ's CNOT ring. */
    void undoRing(StateVector state) {
        state.apply(ringInverse);
    }

    /** Applies R_axis(θ_k)† = R_axis(−θ_k) for parameter k. */
    void undoRotation(int k, Axis axis, int qubit, StateVector state) {
        state.rotate(axis, qubit, cosHalf[k], -sinHalf[k]);
    }

    double parameter(int k) {
        return theta[k];
    }

    private void requireInput(double[] input, StateVector state) {
        if (state == null || state.qubits() != shape.qubits()) {
            throw new IllegalArgumentException("state must have " + shape.qubits() + " qubits, got "
                    + (state == null ? "null" : state.qubits()));
        }
        if (input == null || input.length != inputLength()) {
            throw new IllegalArgumentException("input must have " + inputLength() + " numbers for " + encoding.fileName()
                    + " encoding on " + shape.qubits() + " qubits, got " + (input == null ? "null" : input.length));
        }
        if (encoding != Encoding.AMPLITUDE) {
            for (int i = 0; i < input.length; i++) {
                if (!Double.isFinite(input[i])) {
                    throw new IllegalArgumentException("input[" + i + "] must be finite, got " + input[i]);
                }
            }
        }
    }

    /**
     * U = RZ(θz)·RY(θy)·RX(θx) for the parameters at k, k+1, k+2, into out[0 … 7] (row-major
     * (re, im) pairs). With
     * c_a = cos(θ_a/2), s_a = sin(θ_a/2): RY·RX = [[cy·cx + i·sy·sx, −sy·cx − i·cy·sx],
     * [sy·cx − i·cy·sx, cy·cx − i·sy·sx]], and RZ multiplies row 0 by (cz − i·sz), row 1 by (cz + i·sz).
     */
    private void fuseRotations(int k, double[] out) {
        int o = 0;
        double cx = cosHalf[k];
        double sx = sinHalf[k];
        double cy = cosHalf[k + 1];
        double sy = sinHalf[k + 1];
        double cz = cosHalf[k + 2];
        double sz = sinHalf[k + 2];
        double m00r = cy * cx;
        double m00i = sy * sx;
        double m01r = -sy * cx;
        double m01i = -cy * sx;
        double m10r = sy * cx;
        double m10i = -cy * sx;
        double m11r = cy * cx;
        double m11i = -sy * sx;
        // (a + ib)(cz − i·sz) = (a·cz + b·sz) + i(b·cz − a·sz)
        out[o] = m00r * cz + m00i * sz;
        out[o + 1] = m00i * cz - m00r * sz;
        out[o + 2] = m01r * cz + m01i * sz;
        out[o + 3] = m01i * cz - m01r * sz;
        // (a + ib)(cz + i·sz) = (a·cz − b·sz) + i(b·cz + a·sz)
        out[o + 4] = m10r * cz - m10i * sz;
        out[o + 5] = m10i * cz + m10r * sz;
        out[o + 6] = m11r * cz - m11i * sz;
        out[o + 7] = m11i * cz + m11r * sz;
    }

}

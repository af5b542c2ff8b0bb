package io.vectwin.quantum.circuit;

import io.vectwin.quantum.simulator.Axis;
import io.vectwin.quantum.simulator.StateVector;

/**
 * The size of the ansatz: N qubits and L layers (Sec. VI: "4 quantum circuit layers, each
 * comprising 6 qubits", the {@link #paper()} shape).
 *
 * <h2>Parameter order</h2>
 * θ is one flat array of 3·L·N angles (rad): layer ℓ outermost, then qubit q, then the rotation
 * axis (x, y, z) innermost, i.e. θ[ℓ][q][a] sits at {@link #index index(ℓ, q, a)} = (ℓ·N + q)·3 + a.
 *
 * @param qubits N, 1 ≤ N ≤ {@value StateVector#MAX_QUBITS}
 * @param layers L ≥ 1
 */
public record CircuitShape(int qubits, int layers) {

    public static final int PAPER_QUBITS = 6;
    public static final int PAPER_LAYERS = 4;
    /** Rotations per qubit per layer: RX, RY, RZ. */
    public static final int ROTATIONS_PER_QUBIT = 3;

    public CircuitShape {
        StateVector.requireQubitCount(qubits);
        if (layers < 1) {
            throw new IllegalArgumentException("layers must be >= 1, got " + layers);
        }
    }

    /** Sec. VI's configuration: 6 qubits, 4 layers. */
    public static CircuitShape paper() {
        return new CircuitShape(PAPER_QUBITS, PAPER_LAYERS);
    }

    /** 2^N, the number of basis states and of amplitudes. */
    public int dimension() {
        return 1 << qubits;
    }

    /** 3·L·N. */
    public int parameterCount() {
        return ROTATIONS_PER_QUBIT * layers * qubits;
    }

    /** Position of θ[layer][qubit][axis] in the flat parameter vector. */
    public int index(int layer, int qubit, Axis axis) {
        if (layer < 0 || layer >= layers) {
            throw new IllegalArgumentException("layer must lie in [0, " + layers + "), got " + layer);
        }
        if (qubit < 0 || qubit >= qubits) {
            throw new IllegalArgumentException("qubit must lie in [0, " + qubits + "), got " + qubit);
        }
        if (axis == null) {
            throw new IllegalArgumentException("axis is required");
        }
        return (layer * qubits + qubit) * ROTATIONS_PER_QUBIT + axis.ordinal();
    }

    /** A parameter vector of this shape, checked: 3·L·N finite angles. */
    public double[] requireParameters(String name, double[] theta) {
        if (theta == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException(name + " must hold 3 x layers x qubits = 3 x " + layers + " x " + qubits
                    + " = " + parameterCount() + " angles, got " + theta.length);
        }
        for (int k = 0; k < theta.length; k++) {
            if (!Double.isFinite(theta[k])) {
                throw new IllegalArgumentException(name + "[" + k + "] must be finite, got " + theta[k]);
            }
        }
        return theta;
    }
}

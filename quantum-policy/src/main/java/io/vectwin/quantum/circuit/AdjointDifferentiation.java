package io.vectwin.quantum.circuit;

import io.vectwin.quantum.simulator.Axis;
import io.vectwin.quantum.simulator.StateVector;

/**
 * The gradient of f(θ) = ⟨φ(θ)|O|φ(θ)⟩, O = diag(w), by adjoint differentiation (Jones &amp; Gacon,
 * arXiv:2009.02823): one forward pass and one backward pass, whatever the number of parameters.
 *
 * <p>With |φ⟩ = U_M ⋯ U_1|ψ⟩, |φ_k⟩ the state right after gate k and ⟨λ_k| = ⟨φ|O·U_M ⋯ U_{k+1},
 * a rotation U_k = e^{−iθ_kσ/2} contributes ∂f/∂θ_k = 2·Re⟨λ_k|(−i/2)σ|φ_k⟩ = Im⟨λ_k|σ|φ_k⟩.
 * The backward pass starts from |φ⟩ and |λ⟩ = O|φ⟩, reads that number at each rotation, then
 * un-applies the gate to both vectors (U_k† = R_σ(−θ_k); the CNOT ring's inverse permutation; the
 * encoding gates, which carry no trainable parameter, are un-applied without a reading).
 *
 * <p>Holds two scratch states: not thread-safe; one instance per thread, reused across calls
 * without allocation ({@link #gradient(VariationalCircuit, double[], double[], double[])}).
 */
public final class AdjointDifferentiation {

    private static final Axis[] REVERSE_AXES = {Axis.Z, Axis.Y, Axis.X};

    private final StateVector phi;
    private final StateVector lambda;

    /** Scratch for circuits of {@code qubits} qubits. */
    public AdjointDifferentiation(int qubits) {
        this.phi = new StateVector(qubits);
        this.lambda = new StateVector(qubits);
    }

    /** f(θ) and ∇_θ f for {@code input} and the observable diag({@code weights}). */
    public ExpectationGradient gradient(VariationalCircuit circuit, double[] input, double[] weights) {
        double[] g = new double[requireCircuit(circuit).shape().parameterCount()];
        double value = gradient(circuit, input, weights, g);
        return new ExpectationGradient(value, g);
    }

    /**
     * Writes ∇_θ f into {@code gradientOut} (length 3·L·N) and returns f(θ). No allocation.
     *
     * @param weights the diagonal of O, 2^N finite numbers (e.g. ∂loss/∂P(i))
     */
    public double gradient(VariationalCircuit circuit, double[] input, double[] weights, double[] gradientOut) {
        CircuitShape shape = requireCircuit(circuit).shape();
        if (shape.qubits() != phi.qubits()) {
            throw new IllegalArgumentException("circuit has " + shape.qubits() + " qubits, this differentiator "
                    + phi.qubits());
        }
        DiagonalObservable.require(weights, shape);
        if (gradientOut == null || gradientOut.length != shape.parameterCount()) {
            throw new IllegalArgumentException("gradientOut must have " + shape.parameterCount() + " entries, got "
                    + (gradientOut == null ? "null" : gradientOut.length));
        }
        circuit.run(input, phi);
        double value = phi.expectation(weights);
        lambda.copyFrom(phi);
        lambda.multiplyDiagonal(weights);
        for (int layer = shape.layers() - 1; layer >= 0; layer--) {
            circuit.undoRing(phi);
            circuit.undoRing(lambda);
            for (int q = shape.qubits() - 1; q >= 0; q--) {
                for (Axis axis : REVERSE_AXES) {
                    int k = shape.index(layer, q, axis);
                    gradientOut[k] = phi.imaginaryPauliMatrixElement(lambda, axis, q);
                    circuit.undoRotation(k, axis, q, phi);
                    circuit.undoRotation(k, axis, q, lambda);
                }
            }
            if (layer > 0) {
                circuit.undoInputGates(layer, input, phi);
                circuit.undoInputGates(layer, input, lambda);
            }
        }
        return value;
    }

    private static VariationalCircuit requireCircuit(VariationalCircuit circuit) {
        if (circuit == null) {
            throw new IllegalArgumentException("circuit is required");
        }
        return circuit;
    }
}

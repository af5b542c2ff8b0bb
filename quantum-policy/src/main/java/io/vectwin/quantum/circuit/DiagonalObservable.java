package io.vectwin.quantum.circuit;

/**
 * Checks for a diagonal observable O = diag(w) on N qubits, the form every scalar loss of the
 * measurement probabilities takes here: ⟨φ|O|φ⟩ = Σ_i w_i·P(i) (eq. 85), and by the chain rule any
 * differentiable g(P) has ∂g/∂θ = ∂⟨φ|diag(∂g/∂P)|φ⟩/∂θ at fixed weights.
 */
final class DiagonalObservable {

    private DiagonalObservable() {
    }

    static double[] require(double[] weights, CircuitShape shape) {
        if (weights == null || weights.length != shape.dimension()) {
            throw new IllegalArgumentException("observable weights must have 2^" + shape.qubits() + " = "
                    + shape.dimension() + " entries, got " + (weights == null ? "null" : weights.length));
        }
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("observable weights[" + i + "] must be finite, got " + weights[i]);
            }
        }
        return weights;
    }
}

package io.vectwin.quantum.circuit;

import io.vectwin.quantum.simulator.StateVector;

/**
 * The gradient of f(θ) = ⟨φ(θ)|O|φ(θ)⟩, O = diag(w), by the parameter-shift rule (Mitarai et al.
 * 2018; Schuld et al. 2019): every gate here is R_σ(θ) = e^{−iθσ/2} with σ² = I, so exactly
 * ∂f/∂θ_k = [f(θ + (π/2)e_k) − f(θ − (π/2)e_k)] / 2. It costs two circuit evaluations per
 * parameter, but each is an ordinary forward run, which is what a quantum device can do; the
 * {@link AdjointDifferentiation adjoint method} is the simulator's shortcut, and the two must agree.
 */
public final class ParameterShift {

    /** The shift s = π/2 for Pauli rotations; the rule divides by 2·sin(s) = 2. */
    public static final double SHIFT = Math.PI / 2;

    private ParameterShift() {
    }

    /** f(θ) and ∇_θ f for {@code input} and the observable diag({@code weights}). */
    public static ExpectationGradient gradient(VariationalCircuit circuit, double[] input, double[] weights) {
        if (circuit == null) {
            throw new IllegalArgumentException("circuit is required");
        }
        CircuitShape shape = circuit.shape();
        DiagonalObservable.require(weights, shape);
        StateVector state = new StateVector(shape.qubits());
        circuit.run(input, state);
        double value = state.expectation(weights);
        double[] theta = circuit.theta();
        double[] g = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
            double original = theta[k];
            theta[k] = original + SHIFT;
            double plus = expectation(circuit.withTheta(theta), input, weights, state);
            theta[k] = original - SHIFT;
            double minus = expectation(circuit.withTheta(theta), input, weights, state);
            theta[k] = original;
            g[k] = (plus - minus) / 2;
        }
        return new ExpectationGradient(value, g);
    }

    private static double expectation(VariationalCircuit c, double[] input, double[] weights, StateVector state) {
        c.run(input, state);
        return state.expectation(weights);
    }
}

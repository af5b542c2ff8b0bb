package io.vectwin.quantum.circuit;

import java.util.Arrays;

/**
 * A scalar f(θ) = ⟨φ(θ)|O|φ(θ)⟩ and its gradient ∂f/∂θ_k, k in the parameter order of
 * {@link CircuitShape}.
 *
 * @param value    f(θ)
 * @param gradient ∂f/∂θ, one entry per parameter; copied in and out
 */
public record ExpectationGradient(double value, double[] gradient) {

    public ExpectationGradient {
        if (gradient == null) {
            throw new IllegalArgumentException("gradient is required");
        }
        gradient = gradient.clone();
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** ∂f/∂θ_k. */
    public double gradient(int k) {
        return gradient[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectationGradient g && Double.compare(g.value, value) == 0
                && Arrays.equals(g.gradient, gradient);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(value) + Arrays.hashCode(gradient);
    }

    @Override
    public String toString() {
        return "ExpectationGradient[value=" + value + ", gradient=" + Arrays.toString(gradient) + "]";
    }
}

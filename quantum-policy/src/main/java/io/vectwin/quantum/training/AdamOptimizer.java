package io.vectwin.quantum.training;

/**
 * Adam on a flat parameter vector, the update of Algorithm 1, lines 6–11 (Kingma &amp; Ba):
 * <pre>
 *   m_t = β₁·m_{t−1} + (1 − β₁)·g          v_t = β₂·v_{t−1} + (1 − β₂)·g²
 *   m̂_t = m_t / (1 − β₁^t)                 v̂_t = v_t / (1 − β₂^t)
 *   Δθ  = α · m̂_t / (√v̂_t + ε)
 * </pre>
 * Written out for the quantum actors, whose angles and read-out live in plain arrays rather than in
 * a DL4J network. {@link #ascend} adds Δθ (gradient ascent on an objective, Algorithm 2 line 15),
 * {@link #descend} subtracts it. Line 11 of Algorithm 1 prints √(v̂ + ε); we follow the original
 * Adam's √v̂ + ε, which is what DL4J's Adam (used by the critics) computes, so actor and critic
 * share one convention.
 *
 * <p>Mutable; its moments and step count are part of a training checkpoint.
 */
public final class AdamOptimizer {

    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] m;
    private final double[] v;
    private long step;

    public AdamOptimizer(int parameters, double learningRate) {
        this(parameters, learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public AdamOptimizer(int parameters, double learningRate, double beta1, double beta2, double epsilon) {
        if (parameters < 1) {
            throw new IllegalArgumentException("parameters must be >= 1, got " + parameters);
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs learningRate > 0, 0 <= beta1, beta2 < 1 and epsilon > 0; got "
                    + learningRate + ", " + beta1 + ", " + beta2 + ", " + epsilon);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new double[parameters];
        this.v = new double[parameters];
    }

    /** θ ← θ + Δθ for the gradient {@code g} of an objective to maximise. */
    public void ascend(double[] theta, double[] g) {
        apply(theta, g, +1.0);
    }

    /** θ ← θ − Δθ for the gradient {@code g} of a loss to minimise. */
    public void descend(double[] theta, double[] g) {
        apply(theta, g, -1.0);
    }

    private void apply(double[] theta, double[] g, double sign) {
        if (theta.length != m.length || g.length != m.length) {
            throw new IllegalArgumentException("Adam holds " + m.length + " parameters, got theta " + theta.length
                    + " and gradient " + g.length);
        }
        step++;
        double c1 = 1.0 - Math.pow(beta1, step);
        double c2 = 1.0 - Math.pow(beta2, step);
        for (int k = 0; k < theta.length; k++) {
            m[k] = beta1 * m[k] + (1.0 - beta1) * g[k];
            v[k] = beta2 * v[k] + (1.0 - beta2) * g[k] * g[k];
            theta[k] += sign * learningRate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + epsilon);
        }
    }

    public long step() {
        return step;
    }

    public double learningRate() {
        return learningRate;
    }

    /** The first and second moments and the step count, for a checkpoint. */
    public State state() {
        return new State(m.clone(), v.clone(), step);
    }

    /** Restores what {@link #state} returned. */
    public void restore(State state) {
        if (state.m().length != m.length || state.v().length != v.length) {
            throw new IllegalArgumentException("Adam state holds " + state.m().length + " parameters, this optimiser "
                    + m.length);
        }
        System.arraycopy(state.m(), 0, m, 0, m.length);
        System.arraycopy(state.v(), 0, v, 0, v.length);
        step = state.step();
    }

    /** Adam's moments m, v and step count t. */
    public record State(double[] m, double[] v, long step) {
    }
}

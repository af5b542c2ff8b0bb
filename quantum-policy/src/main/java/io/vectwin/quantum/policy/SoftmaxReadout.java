package io.vectwin.quantum.policy;

import java.util.Arrays;

/**
 * The measurement-to-action map of the policy, eq. (88): p(a|ψ) from the outcome probabilities
 * P(i) of eq. (85), through a trainable linear read-out, a temperature and a softmax:
 * <pre>
 *   z_a = (Σ_i W[a][i]·P(i) + b_a) / T,     p(a|ψ) = e^{z_a} / Σ_a' e^{z_a'}
 * </pre>
 * for A actions and 2^N outcomes. Linear in the probabilities (not the amplitudes) so that it only
 * uses what a measurement can estimate; the softmax makes every p(a|ψ) positive and differentiable
 * (REINFORCE/actor-critic updates need log p), and T sets how sharply the policy prefers its best
 * action without changing which one that is.
 *
 * <h2>Default initialisation: outcome groups</h2>
 * {@link #outcomeGroups}: W[a][i] = 1 when i mod A = a, else 0; b = 0; T = 1. Action a then scores
 * the total probability of its outcome group {i : i ≡ a (mod A)}, the projective measurement
 * P_a = Σ_{i≡a} |i⟩⟨i| of eq. (85), and the greedy action is the most probable group.
 * <ul>
 *   <li>A &lt; 2^N: outcomes A … 2^N−1 fold onto actions 0 … 2^N−A−1, which so start with one
 *       outcome more than the rest (e.g. 56 actions on 64 outcomes: actions 0–7 own two outcomes);
 *       training moves W away from this start.</li>
 *   <li>A = 2^N: outcome i is action i.</li>
 *   <li>A &gt; 2^N: actions 2^N … A−1 own no outcome, their logit stays b_a/T = 0, below every
 *       owned group's (some group holds probability ≥ 1/2^N &gt; 0), so greedy selection never picks
 *       them until training gives them weight; sampling still can.</li>
 * </ul>
 * T = 1 makes a fresh policy sample almost uniformly (its logits differ by at most 1), which is
 * exploration at the start of training; greedy selection does not depend on T.
 *
 * <p>Immutable (arrays are copied in and out). Thread-safe.
 *
 * @param weights     W, A rows of 2^N finite numbers
 * @param bias        b, A finite numbers
 * @param temperature T &gt; 0
 */
public record SoftmaxReadout(double[][] weights, double[] bias, double temperature) {

    public static final double DEFAULT_TEMPERATURE = 1.0;

    public SoftmaxReadout {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("readout.weights must have at least one row (one per action)");
        }
        int outcomes = weights[0] == null ? 0 : weights[0].length;
        if (outcomes == 0 || Integer.bitCount(outcomes) != 1) {
            throw new IllegalArgumentException("readout.weights rows must have 2^N entries (one per outcome), got "
                    + outcomes);
        }
        double[][] copy = new double[weights.length][];
        for (int a = 0; a < weights.length; a++) {
            if (weights[a] == null || weights[a].length != outcomes) {
                throw new IllegalArgumentException("readout.weights[" + a + "] must have " + outcomes + " entries, got "
                        + (weights[a] == null ? "null" : weights[a].length));
            }
            copy[a] = requireFinite("readout.weights[" + a + "]", weights[a]).clone();
        }
        weights = copy;
        if (bias == null || bias.length != weights.length) {
            throw new IllegalArgumentException("readout.bias must have one entry per action (" + weights.length + "), got "
                    + (bias == null ? "null" : bias.length));
        }
        bias = requireFinite("readout.bias", bias).clone();
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("readout.temperature must be a finite number > 0, got " + temperature);
        }
    }

    /** The outcome-group read-out described in the class comment. */
    public static SoftmaxReadout outcomeGroups(int actions, int outcomes) {
        if (actions < 1) {
            throw new IllegalArgumentException("actions must be >= 1, got " + actions);
        }
        double[][] w = new double[actions][outcomes];
        for (int i = 0; i < outcomes; i++) {
            w[i % actions][i] = 1.0;
        }
        return new SoftmaxReadout(w, new double[actions], DEFAULT_TEMPERATURE);
    }

    /** A. */
    public int actions() {
        return weights.length;
    }

    /** 2^N. */
    public int outcomes() {
        return weights[0].length;
    }

    /** W[a][i]. */
    public double weight(int action, int outcome) {
        return weights[action][outcome];
    }

    /** The same read-out at another temperature. */
    public SoftmaxReadout withTemperature(double t) {
        return new SoftmaxReadout(weights, bias, t);
    }

    /**
     * The logits z_a = (Σ_i W[a][i]·P(i) + b_a) / T of eq. (88) into {@code out} (length A): p(a|ψ)
     * before the softmax, which keeps their order, so a greedy choice needs no more.
     */
    public void logits(double[] outcomeProbabilities, double[] out) {
        requireLength("outcomeProbabilities", outcomeProbabilities, outcomes());
        requireLength("out", out, actions());
        double[] p = outcomeProbabilities;
        int a = 0;
        // Four actions at a time: one running sum per action is a chain of dependent additions that
        // the JIT may not reorder (strict IEEE order), so a single sum waits on the adder's latency
        // at every term; four independent chains keep it busy. Each sum still adds b_a, then the
        // terms in order of i, so the logits are bit for bit those of the one-action loop.
        for (; a + 3 < weights.length; a += 4) {
            double[] r0 = weights[a];
            double[] r1 = weights[a + 1];
            double[] r2 = weights[a + 2];
            double[] r3 = weights[a + 3];
            double z0 = bias[a];
            double z1 = bias[a + 1];
            double z2 = bias[a + 2];
            double z3 = bias[a + 3];
            for (int i = 0; i < p.length; i++) {
                double pi = p[i];
                z0 += r0[i] * pi;
                z1 += r1[i] * pi;
                z2 += r2[i] * pi;
                z3 += r3[i] * pi;
            }
            out[a] = z0 / temperature;
            out[a + 1] = z1 / temperature;
            out[a + 2] = z2 / temperature;
            out[a + 3] = z3 / temperature;
        }
        for (; a < weights.length; a++) {
            double z = bias[a];
            double[] row = weights[a];
            for (int i = 0; i < p.length; i++) {
                z += row[i] * p[i];
            }
            out[a] = z / temperature;
        }
    }

    /**
     * p(a|ψ) of eq. (88) into {@code out} (length A) from the outcome probabilities (length 2^N).
     * The largest logit is subtracted before exponentiating, so no logit overflows.
     */
    public void actionProbabilities(double[] outcomeProbabilities, double[] out) {
        logits(outcomeProbabilities, out);
        softmaxInPlace(out);
    }

    /**
     * z ← e^z / Σ e^z, with the largest entry subtracted before exponentiating so that none
     * overflows; for every softmax of the policies (this read-out, the PPO actor's output layer).
     */
    public static void softmaxInPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int a = 0; a < z.length; a++) {
            z[a] = Math.exp(z[a] - max);
            sum += z[a];
        }
        for (int a = 0; a < z.length; a++) {
            z[a] /= sum;
        }
    }

    /**
     * ∂ log p(a|ψ) / ∂P(i) = (W[a][i] − Σ_b p(b|ψ)·W[b][i]) / T into {@code out} (length 2^N): the
     * diagonal observable whose θ-gradient is the score function ∇_θ log p(a|ψ) (chain rule through
     * the softmax and the linear read-out).
     *
     * @param actionProbabilities p(·|ψ) as {@link #actionProbabilities} gave it
     */
    public void logProbabilityObservable(double[] actionProbabilities, int action, double[] out) {
        requireLength("actionProbabilities", actionProbabilities, actions());
        requireLength("out", out, outcomes());
        requireAction(action);
        double[] own = weights[action];
        for (int i = 0; i < out.length; i++) {
            double mean = 0;
            for (int b = 0; b < weights.length; b++) {
                mean += actionProbabilities[b] * weights[b][i];
            }
            out[i] = (own[i] - mean) / temperature;
        }
    }

    void requireAction(int action) {
        if (action < 0 || action >= actions()) {
            throw new IllegalArgumentException("action must lie in [0, " + actions() + "), got " + action);
        }
    }

    @Override
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int a = 0; a < weights.length; a++) {
            copy[a] = weights[a].clone();
        }
        return copy;
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SoftmaxReadout r && Arrays.deepEquals(r.weights, weights) && Arrays.equals(r.bias, bias)
                && Double.compare(r.temperature, temperature) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.deepHashCode(weights) + Arrays.hashCode(bias)) + Double.hashCode(temperature);
    }

    @Override
    public String toString() {
        return "SoftmaxReadout[actions=" + actions() + ", outcomes=" + outcomes() + ", temperature=" + temperature + "]";
    }

    private static double[] requireFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
        return values;
    }

    private static void requireLength(String name, double[] a, int length) {
        if (a == null || a.length != length) {
            throw new IllegalArgumentException(name + " must have " + length + " entries, got "
                    + (a == null ? "null" : a.length));
        }
    }
}

package io.vectwin.quantum.policy;

import java.util.random.RandomGenerator;

/**
 * Picking one action from p(·|ψ) (eq. 88): greedily for deployment, by sampling for on-policy
 * training, ε-greedily for the exploration Sec. VI describes ("an epsilon-greedy exploration
 * strategy"). Every draw comes from the generator passed in.
 */
public final class ActionSelection {

    private ActionSelection() {
    }

    /** argmax_a p(a); ties go to the lowest index, so the choice is deterministic. */
    public static int greedy(double[] probabilities) {
        return greedy(probabilities, null);
    }

    /**
     * argmax over the allowed actions ({@code allowed == null}: all); ties to the lowest index.
     *
     * @throws IllegalArgumentException if no action is allowed
     */
    public static int greedy(double[] probabilities, boolean[] allowed) {
        requireDistribution(probabilities);
        return argmax(probabilities, allowed);
    }

    /**
     * The allowed index with the largest score ({@code allowed == null}: all), ties to the lowest:
     * the greedy action from any scores that order the actions as their probabilities do (e.g. the
     * logits of a softmax).
     *
     * @throws IllegalArgumentException if no action is allowed
     */
    public static int argmax(double[] scores, boolean[] allowed) {
        if (allowed != null && allowed.length != scores.length) {
            throw new IllegalArgumentException("allowed must have " + scores.length + " entries, got "
                    + allowed.length);
        }
        int best = -1;
        for (int a = 0; a < scores.length; a++) {
            if ((allowed == null || allowed[a]) && (best < 0 || scores[a] > scores[best])) {
                best = a;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("allowed excludes every action");
        }
        return best;
    }

    /** a ~ p(·), by inverting the cumulative distribution with one {@code nextDouble()}. */
    public static int sample(double[] probabilities, RandomGenerator rng) {
        requireDistribution(probabilities);
        requireRng(rng);
        double total = 0;
        for (double p : probabilities) {
            total += p;
        }
        double u = rng.nextDouble() * total; // within the rounded total: never past the last action
        double cumulative = 0;
        int last = 0;
        for (int a = 0; a < probabilities.length; a++) {
            if (probabilities[a] > 0) {
                cumulative += probabilities[a];
                last = a;
                if (u < cumulative) {
                    return a;
                }
            }
        }
        return last;
    }

    /**
     * With probability ε a uniformly random action, otherwise the greedy one. Draws one
     * {@code nextDouble()} and, when exploring, one {@code nextInt(A)}.
     */
    public static int epsilonGreedy(double[] probabilities, double epsilon, RandomGenerator rng) {
        requireDistribution(probabilities);
        requireRng(rng);
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must lie in [0, 1], got " + epsilon);
        }
        return rng.nextDouble() < epsilon ? rng.nextInt(probabilities.length) : greedy(probabilities);
    }

    private static void requireDistribution(double[] p) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException("probabilities must hold at least one action");
        }
        for (int a = 0; a < p.length; a++) {
            if (!(p[a] >= 0) || !Double.isFinite(p[a])) {
                throw new IllegalArgumentException("probabilities[" + a + "] must be a finite number >= 0, got " + p[a]);
            }
        }
    }

    private static void requireRng(RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException("rng is required");
        }
    }
}

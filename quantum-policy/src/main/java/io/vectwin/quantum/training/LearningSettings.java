package io.vectwin.quantum.training;

/**
 * The learning constants of Algorithm 2 (line 3) and Algorithm 3 shared by every agent type.
 *
 * @param gamma               γ, the discount factor (Sec. VI: 0.99)
 * @param actorLearningRate   α_Π, Adam step of the quantum actors
 * @param criticLearningRate  α_C, Adam step of the critics
 * @param batchSize           minibatch drawn from the replay per update (line 13)
 * @param updateEvery         time steps between the off-policy updates of lines 13–15 (1: every step, as
 *                            Algorithm 2 prints it; larger values with a larger minibatch see as many
 *                            transitions per step with fewer, better-amortised gradient steps)
 * @param replayCapacity      transitions a replay D_x keeps
 * @param tau                 Polyak rate of the target critic, φ' ← τφ + (1 − τ)φ'
 * @param criticHidden        width of the critics' two hidden layers
 * @param nashWeight          β, weight of Algorithm 3's pull towards the equilibrium action (0: off)
 * @param nashRounds          cap on best-response rounds of Algorithm 3
 */
public record LearningSettings(double gamma, double actorLearningRate, double criticLearningRate, int batchSize,
        int updateEvery, int replayCapacity, double tau, int criticHidden, double nashWeight, int nashRounds) {

    public LearningSettings {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must lie in [0, 1], got " + gamma);
        }
        if (!(actorLearningRate > 0) || !(criticLearningRate > 0)) {
            throw new IllegalArgumentException("learning rates must be > 0");
        }
        if (batchSize < 1 || replayCapacity < batchSize) {
            throw new IllegalArgumentException("need 1 <= batchSize <= replayCapacity, got " + batchSize + ", "
                    + replayCapacity);
        }
        if (!(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("tau must lie in (0, 1], got " + tau);
        }
        if (updateEvery < 1) {
            throw new IllegalArgumentException("updateEvery must be >= 1, got " + updateEvery);
        }
        if (criticHidden < 1 || nashRounds < 1 || !(nashWeight >= 0)) {
            throw new IllegalArgumentException("criticHidden and nashRounds must be >= 1 and nashWeight >= 0");
        }
    }

    /** Sec. VI's γ = 0.99 and the constants the training runs of {@code docs/REPRODUCTION.md} use. */
    public static LearningSettings defaults() {
        return new LearningSettings(0.99, 0.01, 1e-3, 64, 4, 20_000, 0.01, ValueCritic.DEFAULT_HIDDEN, 0.1, 10);
    }
}

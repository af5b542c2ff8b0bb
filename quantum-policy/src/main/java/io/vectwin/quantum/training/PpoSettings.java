package io.vectwin.quantum.training;

/**
 * The multi-agent PPO baseline's constants (Schulman et al. 2017, as issue 6 fixes them).
 *
 * @param clip          ε of the clipped surrogate, 0.2
 * @param gaeLambda     λ of generalised advantage estimation, 0.95
 * @param entropyWeight weight of the entropy bonus
 * @param epochs        passes over an episode's rollout per update
 * @param minibatch     transitions per gradient step
 * @param learningRate  Adam step of the actor (the critic uses {@link LearningSettings#criticLearningRate})
 */
public record PpoSettings(double clip, double gaeLambda, double entropyWeight, int epochs, int minibatch,
        double learningRate) {

    public PpoSettings {
        if (!(clip > 0 && clip < 1) || !(gaeLambda >= 0 && gaeLambda <= 1) || !(entropyWeight >= 0)) {
            throw new IllegalArgumentException("PPO needs 0 < clip < 1, 0 <= lambda <= 1, entropy weight >= 0");
        }
        if (epochs < 1 || minibatch < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("PPO needs epochs, minibatch >= 1 and a learning rate > 0");
        }
    }

    public static PpoSettings defaults() {
        return new PpoSettings(0.2, 0.95, 0.01, 4, 64, 3e-4);
    }
}

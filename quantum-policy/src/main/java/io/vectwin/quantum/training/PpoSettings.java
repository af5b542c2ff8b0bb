package io.vectwin.quantum.training;

/**
 * The multi-agent PPO baseline's constants (Schulman et al. 2017, as issue 6 fixes them).
 *
 * @param clip          ε of the clipped surrogate, 0.2
 * @param gaeLambda     λ of generalised advantage estimation, 0.95
 * @param entropyWeight weight of the entropy bonus
 * @param epochs        passes over an episode's rollout per update
 * @param minibatches   gradient steps per epoch: the rollout is shuffled and cut into this many
 *                      minibatches (CleanRL's num_minibatches; its default, 4, is ours). A fixed
 *                      number rather than a fixed size keeps the cost of an update proportional to
 *                      the episode, not to how many decisions the agents took in it: once the
 *                      vehicles could cut subtasks into segments (eq. 58), a node type's rollout grew
 *                      to about a thousand decisions an episode; with 64-transition minibatches (two
 *                      DL4J fits each) an episode at Sec. VI's size took 0.57 s, with 4 minibatches
 *                      0.44 s (60 episodes, OMP_NUM_THREADS=1, mean of the last 20).
 * @param learningRate  Adam step of the actor (the critic uses {@link LearningSettings#criticLearningRate})
 */
public record PpoSettings(double clip, double gaeLambda, double entropyWeight, int epochs, int minibatches,
        double learningRate) {

    public PpoSettings {
        if (!(clip > 0 && clip < 1) || !(gaeLambda >= 0 && gaeLambda <= 1) || !(entropyWeight >= 0)) {
            throw new IllegalArgumentException("PPO needs 0 < clip < 1, 0 <= lambda <= 1, entropy weight >= 0");
        }
        if (epochs < 1 || minibatches < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("PPO needs epochs, minibatches >= 1 and a learning rate > 0");
        }
    }

    public static PpoSettings defaults() {
        return new PpoSettings(0.2, 0.95, 0.01, 4, 4, 3e-4);
    }
}

package io.vectwin.quantum.training;

/**
 * The multi-agent DDPG baseline's constants (Lillicrap et al. 2016, as issue 6 fixes them).
 *
 * @param tau           Polyak rate of both target networks, 0.005
 * @param noiseStart    standard deviation of the Gaussian exploration noise at ε = 1 (actions live in [0, 1])
 * @param noiseFloor    the smallest standard deviation while exploring (ε &gt; 0)
 * @param actorLearningRate  Adam step of the actor
 * @param criticLearningRate Adam step of the Q critic
 */
public record DdpgSettings(double tau, double noiseStart, double noiseFloor, double actorLearningRate,
        double criticLearningRate) {

    public DdpgSettings {
        if (!(tau > 0 && tau <= 1) || !(noiseStart >= noiseFloor) || !(noiseFloor >= 0)) {
            throw new IllegalArgumentException("DDPG needs 0 < tau <= 1 and 0 <= noise floor <= noise start");
        }
        if (!(actorLearningRate > 0) || !(criticLearningRate > 0)) {
            throw new IllegalArgumentException("DDPG learning rates must be > 0");
        }
    }

    public static DdpgSettings defaults() {
        return new DdpgSettings(0.005, 0.3, 0.05, 1e-4, 1e-3);
    }

    /** The noise's standard deviation at exploration level ε: 0 at ε = 0 (greedy), else max(floor, start·ε). */
    public double noise(double epsilon) {
        return epsilon <= 0 ? 0.0 : Math.max(noiseFloor, noiseStart * epsilon);
    }
}

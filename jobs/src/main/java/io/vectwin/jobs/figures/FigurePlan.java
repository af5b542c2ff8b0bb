package io.vectwin.jobs.figures;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.util.List;

/**
 * How big a figures run is. {@link #full} is what the report uses (Sec. VI's 1000 episodes, several
 * seeds); {@link #quick} finishes in a few minutes and shows the same figures with fewer episodes
 * and seeds (the curves are then noisy and the policies barely trained).
 *
 * @param episodes           training episodes per run
 * @param seeds              runs per algorithm (Fig. 3's band is over them)
 * @param stepsPerEpisode    time steps per episode (Fig. 4's x axis)
 * @param evaluationEpisodes fresh episodes every evaluated point averages over
 * @param smoothing          moving-average window of Fig. 3's curves (episodes)
 * @param threads            runs trained at once
 */
public record FigurePlan(Profile profile, int episodes, int seeds, int stepsPerEpisode, int evaluationEpisodes,
        int smoothing, int threads) {

    /** Fig. 3 and 4 compare these (Fig. 4 adds the single-agent and no-LSTM variants). */
    public static final List<TrainingAlgorithm> FIG3 = List.of(TrainingAlgorithm.QDRL, TrainingAlgorithm.PPO,
            TrainingAlgorithm.DDPG);
    public static final List<TrainingAlgorithm> FIG4 = List.of(TrainingAlgorithm.QDRL, TrainingAlgorithm.QDRL_SINGLE,
            TrainingAlgorithm.QDRL_NOLSTM, TrainingAlgorithm.PPO, TrainingAlgorithm.DDPG);
    public static final List<TrainingAlgorithm> FIG5 = List.of(TrainingAlgorithm.QDRL, TrainingAlgorithm.QDRL_NOLSTM,
            TrainingAlgorithm.QDRL_NODT, TrainingAlgorithm.QDRL_SINGLE);

    public static FigurePlan full(Profile profile) {
        return new FigurePlan(profile, 1000, 3, 20, 10, 25, 2);
    }

    public static FigurePlan quick(Profile profile) {
        return new FigurePlan(profile, 40, 2, 20, 3, 5, 2);
    }

    /** Sec. VI's scenario in this profile: V = 20, U = 10, B = 4. */
    public NetworkParameters base() {
        return NetworkParameters.forProfile(profile);
    }
}

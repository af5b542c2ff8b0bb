package io.vectwin.quantum.training;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.twin.TwinView;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One training run of one algorithm with one seed, into a directory of its own:
 * <ul>
 *   <li>{@code episodes.csv}: a row per episode ({@link EpisodeCsv});</li>
 *   <li>the trained actors, one per agent type ({@link AgentBrain#writePolicy}): {@code vehicle.qpn.json}
 *       (and {@code uav.qpn.json}, {@code bs.qpn.json} for multi-agent algorithms) for the quantum ones —
 *       the vehicle's is what {@code --policy quantum --model FILE} deploys in the Flink job —,
 *       {@code NAME.ppo.zip} / {@code NAME.ddpg.zip} (DL4J networks) for the baselines;</li>
 *   <li>{@code checkpoint/}: every {@code checkpointEvery} episodes and at the end
 *       ({@link TrainingCheckpoint}); with {@code resume} a run continues from it, and since episode
 *       e's randomness depends on (seed, e) only, a resumed run ends where an uninterrupted one
 *       would.</li>
 * </ul>
 */
public final class TrainingRun {

    /**
     * @param episodes        E, episodes in all (a resumed run trains the ones the checkpoint has not)
     * @param stepsPerEpisode T, slots per episode
     * @param checkpointEvery episodes between checkpoints (≥ 1)
     * @param exploration     ε per episode; a run that is to be resumed later must keep the same schedule
     */
    public record Options(TrainingAlgorithm algorithm, int episodes, int stepsPerEpisode, long seed, int checkpointEvery,
            boolean resume, Path directory, ExplorationSchedule exploration) {

        public Options {
            if (episodes < 1 || stepsPerEpisode < 1 || checkpointEvery < 1) {
                throw new IllegalArgumentException("episodes, steps per episode and checkpoint interval must be >= 1");
            }
        }

        /** Options with ε decaying over the first 60 % of {@code episodes} ({@link ExplorationSchedule#forEpisodes}). */
        public static Options of(TrainingAlgorithm algorithm, int episodes, int stepsPerEpisode, long seed, int checkpointEvery,
                boolean resume, Path directory) {
            return new Options(algorithm, episodes, stepsPerEpisode, seed, checkpointEvery, resume, directory,
                    ExplorationSchedule.forEpisodes(episodes));
        }
    }

    private TrainingRun() {
    }

    public static Path csv(Path directory) {
        return directory.resolve("episodes.csv");
    }

    public static Path checkpointDirectory(Path directory) {
        return directory.resolve("checkpoint");
    }

    /**
     * Trains the run, calling {@code onEpisode} after each episode.
     *
     * @return the first episode this call trained (0, or where the checkpoint resumed)
     */
    public static int run(NetworkParameters params, Options o, TwinView view, LearningSettings settings,
            Consumer<EpisodeMetrics> onEpisode) {
        Path checkpoint = checkpointDirectory(o.directory());
        MultiAgentTrainer trainer = new MultiAgentTrainer(params, o.algorithm(), view, settings, o.exploration(),
                o.stepsPerEpisode(), o.seed());
        int first = 0;
        if (o.resume() && TrainingCheckpoint.exists(checkpoint)) {
            TrainingCheckpoint.Header h = TrainingCheckpoint.readHeader(checkpoint);
            if (!h.algorithm().equals(o.algorithm().cliName()) || h.seed() != o.seed()
                    || h.stepsPerEpisode() != o.stepsPerEpisode()) {
                throw new IllegalArgumentException("checkpoint " + checkpoint + " is of " + h.algorithm() + ", seed "
                        + h.seed() + ", " + h.stepsPerEpisode() + " steps per episode; this run is "
                        + o.algorithm().cliName() + ", seed " + o.seed() + ", " + o.stepsPerEpisode() + " steps");
            }
            first = h.nextEpisode();
            TrainingCheckpoint.restore(checkpoint, trainer.brains().all());
        }
        EpisodeCsv.start(csv(o.directory()), first);
        for (int e = first; e < o.episodes(); e++) {
            EpisodeMetrics m = trainer.trainEpisode(e);
            EpisodeCsv.append(csv(o.directory()), m);
            onEpisode.accept(m);
            if ((e + 1) % o.checkpointEvery() == 0 || e + 1 == o.episodes()) {
                TrainingCheckpoint.write(checkpoint, new TrainingCheckpoint.Header(o.algorithm().cliName(), o.seed(),
                        o.stepsPerEpisode(), e + 1), trainer.brains().all());
            }
        }
        try {
            for (AgentBrain b : trainer.brains().all()) {
                b.writePolicy(o.directory());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the policies into " + o.directory(), e);
        }
        return first;
    }
}

package io.vectwin.jobs.training;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.quantum.training.EpisodeMetrics;
import io.vectwin.quantum.training.ExplorationSchedule;
import io.vectwin.quantum.training.LearningSettings;
import io.vectwin.quantum.training.MultiAgentTrainer;
import io.vectwin.quantum.training.TrainingRun;
import java.nio.file.Path;

/**
 * Runs a trained run's policies greedily on fresh episodes — episodes no run trained on, the same
 * ones for every policy — possibly under changed parameters (task sizes, CPU frequency, block
 * length, vehicle count: whatever leaves the agents' state and action spaces as they were trained).
 */
public final class PolicyEvaluator {

    /** Evaluation episodes are numbered from here: far beyond any training run, so none was seen in training. */
    public static final int FIRST_EVALUATION_EPISODE = 1_000_000;

    private final Path lstmModel;
    private final LearningSettings settings;
    private final int stepsPerEpisode;
    private final int episodes;

    public PolicyEvaluator(Path lstmModel, LearningSettings settings, int stepsPerEpisode, int episodes) {
        this.lstmModel = lstmModel;
        this.settings = settings;
        this.stepsPerEpisode = stepsPerEpisode;
        this.episodes = episodes;
    }

    /** What the policies of {@code run} achieved under {@code params}, averaged over the evaluation episodes. */
    public Result evaluate(RunSpec run, NetworkParameters params) {
        MultiAgentTrainer trainer = new MultiAgentTrainer(params, run.algorithm(),
                TwinViews.forAlgorithm(run.algorithm(), lstmModel, params), settings, ExplorationSchedule.forEpisodes(1),
                stepsPerEpisode, run.seed());
        trainer.restore(TrainingRun.checkpointDirectory(run.directory()));
        double[] stepLatency = new double[stepsPerEpisode];
        double latency = 0;
        double energy = 0;
        double qos = 0;
        double reward = 0;
        double deadline = 0;
        for (int e = 0; e < episodes; e++) {
            MultiAgentTrainer.Evaluation ev = trainer.evaluate(FIRST_EVALUATION_EPISODE + e);
            EpisodeMetrics m = ev.metrics();
            latency += m.latencyMs() / episodes;
            energy += m.energyJ() / episodes;
            qos += m.qos() / episodes;
            reward += m.normalisedReward() / episodes;
            deadline += m.deadlineMet() / episodes;
            for (int t = 0; t < stepsPerEpisode; t++) {
                stepLatency[t] += ev.stepLatencyMs()[t] / episodes;
            }
        }
        return new Result(latency, energy, qos, reward, deadline, stepLatency);
    }

    /**
     * Means over the evaluation episodes.
     *
     * @param latencyMs        mean subtask latency (ms, closed links only)
     * @param energyJ          mean energy per subtask (J)
     * @param qos              mean QoS of eq. (93)
     * @param rewardPerAgent   mean adjusted reward per agent and slot
     * @param deadlineMet      share of subtasks that met ϱ
     * @param stepLatencyMs    mean latency at each time step of an episode (ms)
     */
    public record Result(double latencyMs, double energyJ, double qos, double rewardPerAgent, double deadlineMet,
            double[] stepLatencyMs) {
    }
}

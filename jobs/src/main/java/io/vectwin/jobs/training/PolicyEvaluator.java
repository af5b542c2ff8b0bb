package io.vectwin.jobs.training;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.quantum.training.EpisodeMetrics;
import io.vectwin.quantum.training.ExplorationSchedule;
import io.vectwin.quantum.training.LearningSettings;
import io.vectwin.quantum.training.MultiAgentTrainer;
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
        trainer.restorePolicies(run.directory()); // the actors alone: no critics, no replay buffers
        NanMean latency = new NanMean();
        NanMean energy = new NanMean();
        NanMean qos = new NanMean();
        NanMean reward = new NanMean();
        NanMean deadline = new NanMean();
        NanMean[] step = new NanMean[stepsPerEpisode];
        for (int t = 0; t < step.length; t++) {
            step[t] = new NanMean();
        }
        for (int e = 0; e < episodes; e++) {
            MultiAgentTrainer.Evaluation ev = trainer.evaluate(FIRST_EVALUATION_EPISODE + e);
            EpisodeMetrics m = ev.metrics();
            latency.add(m.latencyMs());
            energy.add(m.energyJ());
            qos.add(m.qos());
            reward.add(m.normalisedReward());
            deadline.add(m.deadlineMet());
            for (int t = 0; t < stepsPerEpisode; t++) {
                step[t].add(ev.stepLatencyMs()[t]);
            }
        }
        double[] stepLatency = new double[stepsPerEpisode];
        for (int t = 0; t < stepLatency.length; t++) {
            stepLatency[t] = step[t].value();
        }
        return new Result(latency.value(), energy.value(), qos.value(), reward.value(), deadline.value(), stepLatency);
    }

    /** The mean of the numbers that are not NaN (a quantity an episode did not have), NaN if none were. */
    private static final class NanMean {
        private double sum;
        private int n;

        void add(double v) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }

        double value() {
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /**
     * Means over the evaluation episodes.
     *
     * @param latencyMs        mean subtask latency (ms, closed links only; NaN: no subtask's links closed)
     * @param energyJ          mean energy per subtask (J; NaN likewise)
     * @param qos              mean QoS of eq. (93) (NaN likewise)
     * @param rewardPerAgent   mean adjusted reward per agent and slot
     * @param deadlineMet      share of subtasks that met ϱ
     * @param stepLatencyMs    mean latency at each time step of an episode (ms)
     */
    public record Result(double latencyMs, double energyJ, double qos, double rewardPerAgent, double deadlineMet,
            double[] stepLatencyMs) {
    }
}

package io.vectwin.quantum.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.env.JointAction;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.twin.ExactTwinView;
import io.vectwin.model.twin.ReportedTwinView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MultiAgentTrainerTest {

    /** A small scenario so that an episode takes milliseconds: 4 vehicles, 2 UAVs, 2 BSs. */
    static NetworkParameters small() {
        NetworkParameters p = NetworkParameters.physical();
        return p.withGeometry(p.geometry().withCounts(4, 2, 2));
    }

    static LearningSettings quick() {
        return new LearningSettings(0.99, 0.01, 1e-3, 8, 2, 2_000, 0.05, 16, 0.1, 5);
    }

    @Test
    void episodesProduceFiniteMetricsAndUpdateEveryAgentType() {
        MultiAgentTrainer trainer = new MultiAgentTrainer(small(), TrainingAlgorithm.QDRL_NOLSTM, new ReportedTwinView(), quick(),
                ExplorationSchedule.forEpisodes(4), 6, 7L);
        double[] vehicleBefore = ((QuantumAgent) trainer.brains().vehicle()).actor().flatParameters();
        double[] uavBefore = ((QuantumAgent) trainer.brains().uav()).actor().flatParameters();
        List<EpisodeMetrics> rows = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            rows.add(trainer.trainEpisode(e));
        }
        for (EpisodeMetrics m : rows) {
            assertThat(m.reward()).isFinite();
            assertThat(m.latencyMs()).isFinite().isGreaterThanOrEqualTo(0.0);
            assertThat(m.deadlineMet()).isBetween(0.0, 1.0);
            assertThat(m.nashConverged()).isBetween(0.0, 1.0);
        }
        assertThat(rows.stream().mapToInt(EpisodeMetrics::subtasks).sum()).isPositive();
        assertThat(rows.get(3).epsilon()).isLessThan(rows.get(0).epsilon());
        assertThat(((QuantumAgent) trainer.brains().vehicle()).actor().flatParameters()).isNotEqualTo(vehicleBefore);
        assertThat(((QuantumAgent) trainer.brains().uav()).actor().flatParameters()).isNotEqualTo(uavBefore);
        assertThat(((QuantumAgent) trainer.brains().baseStation()).replay().size()).isPositive();
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedAnotherOne() {
        double a = runRewards(7L);
        double b = runRewards(7L);
        double c = runRewards(8L);
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    private static double runRewards(long seed) {
        MultiAgentTrainer trainer = new MultiAgentTrainer(small(), TrainingAlgorithm.QDRL_SINGLE, new ExactTwinView(), quick(),
                ExplorationSchedule.forEpisodes(3), 5, seed);
        double sum = 0;
        for (int e = 0; e < 3; e++) {
            sum += trainer.trainEpisode(e).reward();
        }
        return sum;
    }

    @ParameterizedTest
    @EnumSource(value = TrainingAlgorithm.class, names = {"PPO", "DDPG"})
    void theBaselinesTrainEveryAgentType(TrainingAlgorithm algorithm) {
        MultiAgentTrainer trainer = new MultiAgentTrainer(small(), algorithm, new ReportedTwinView(), quick(),
                ExplorationSchedule.forEpisodes(3), 6, 5L);
        int updates = 0;
        for (int e = 0; e < 3; e++) {
            EpisodeMetrics m = trainer.trainEpisode(e);
            assertThat(m.reward()).isFinite();
            assertThat(m.nashRounds()).isZero(); // Algorithm 3 guides the quantum agents only
            updates += m.criticMse() > 0 ? 1 : 0;
        }
        assertThat(updates).isPositive();
    }

    @Test
    void metricsCountTheSubtasksTheVehiclesIssuedWhateverSegmentsTheyChose() {
        // the traffic does not depend on the decisions, so an environment left undecided issues the same subtasks
        VecEnvironment env = new VecEnvironment(small(), MultiAgentTrainer.environmentSeed(11L, 1));
        int issued = 0;
        for (int t = 0; t < 5; t++) {
            issued += env.observation().pendingSubtasks();
            env.step(JointAction.of(List.of()));
        }
        for (TrainingAlgorithm v : List.of(TrainingAlgorithm.QDRL, TrainingAlgorithm.PPO, TrainingAlgorithm.DDPG)) {
            MultiAgentTrainer trainer = new MultiAgentTrainer(small(), v, new ExactTwinView(), quick(),
                    ExplorationSchedule.forEpisodes(2), 5, 11L);
            assertThat(trainer.evaluateEpisode(1).subtasks()).as("%s", v).isEqualTo(issued);
        }
    }

    @Test
    void everyVariantSeesTheSameEnvironmentInAnEpisode() {
        // Greedy evaluation of fresh learners differs by policy (also in how they cut subtasks into segments), but the
        // traffic (subtasks issued) is the environment's.
        int[] subtasks = new int[TrainingAlgorithm.values().length];
        for (TrainingAlgorithm v : TrainingAlgorithm.values()) {
            MultiAgentTrainer trainer = new MultiAgentTrainer(small(), v, new ExactTwinView(), quick(),
                    ExplorationSchedule.forEpisodes(2), 5, 11L);
            subtasks[v.ordinal()] = trainer.evaluateEpisode(1).subtasks();
        }
        assertThat(subtasks).containsOnly(subtasks[0]);
    }

    @ParameterizedTest
    @EnumSource(value = TrainingAlgorithm.class, names = {"QDRL_NOLSTM", "PPO", "DDPG"})
    void aResumedRunEndsWhereTheUninterruptedRunEnds(TrainingAlgorithm algorithm, @TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole");
        Path split = dir.resolve("split");
        ExplorationSchedule schedule = ExplorationSchedule.forEpisodes(4);
        TrainingRun.run(small(), new TrainingRun.Options(algorithm, 4, 5, 3L, 2, false, whole, schedule),
                new ReportedTwinView(), quick(), m -> { });
        // A run stopped after its checkpoint at episode 2, then resumed to the end.
        TrainingRun.run(small(), new TrainingRun.Options(algorithm, 2, 5, 3L, 2, false, split, schedule),
                new ReportedTwinView(), quick(), m -> { });
        int first = TrainingRun.run(small(), new TrainingRun.Options(algorithm, 4, 5, 3L, 2, true, split,
                schedule), new ReportedTwinView(), quick(), m -> { });
        assertThat(first).isEqualTo(2);
        List<String> wholeRows = rewardsOf(TrainingRun.csv(whole));
        List<String> splitRows = rewardsOf(TrainingRun.csv(split));
        assertThat(splitRows).hasSize(4).isEqualTo(wholeRows);
    }

    /** Episode and reward columns: the rest includes wall time. */
    /** Evaluation needs only the actors: a finished run's policies act exactly as its full checkpoint does. */
    @ParameterizedTest
    @EnumSource(value = TrainingAlgorithm.class, names = {"QDRL_NOLSTM", "PPO", "DDPG"})
    void aRunsPoliciesEvaluateAsItsCheckpointDoes(TrainingAlgorithm algorithm, @TempDir Path dir) {
        TrainingRun.run(small(), TrainingRun.Options.of(algorithm, 3, 5, 4L, 3, false, dir), new ReportedTwinView(),
                quick(), m -> { });
        MultiAgentTrainer fromCheckpoint = new MultiAgentTrainer(small(), algorithm, new ReportedTwinView(), quick(),
                ExplorationSchedule.forEpisodes(1), 5, 4L);
        fromCheckpoint.restore(TrainingRun.checkpointDirectory(dir));
        MultiAgentTrainer fromPolicies = new MultiAgentTrainer(small(), algorithm, new ReportedTwinView(), quick(),
                ExplorationSchedule.forEpisodes(1), 5, 4L);
        MultiAgentTrainer untrained = new MultiAgentTrainer(small(), algorithm, new ReportedTwinView(), quick(),
                ExplorationSchedule.forEpisodes(1), 5, 4L);
        fromPolicies.restorePolicies(dir);
        for (int e = 1_000_000; e < 1_000_002; e++) {
            MultiAgentTrainer.Evaluation a = fromCheckpoint.evaluate(e);
            MultiAgentTrainer.Evaluation b = fromPolicies.evaluate(e);
            assertThat(b.metrics().reward()).isEqualTo(a.metrics().reward());
            assertThat(b.stepLatencyMs()).containsExactly(a.stepLatencyMs());
        }
        // and the policies were read: the actors are the trained ones, not those a fresh trainer starts with
        if (fromPolicies.brains().vehicle() instanceof QuantumAgent q) {
            double[] read = q.actor().flatParameters();
            assertThat(read).containsExactly(((QuantumAgent) fromCheckpoint.brains().vehicle()).actor().flatParameters());
            assertThat(read).isNotEqualTo(((QuantumAgent) untrained.brains().vehicle()).actor().flatParameters());
        } else {
            assertThat(untrained.evaluate(1_000_000).metrics().reward())
                    .isNotEqualTo(fromPolicies.evaluate(1_000_000).metrics().reward());
        }
    }

    private static List<String> rewardsOf(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, 5)) {
            String[] f = line.split(",");
            out.add(f[0] + "," + f[1] + "," + f[2]);
        }
        return out;
    }
}

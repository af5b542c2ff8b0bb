package io.vectwin.model.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.channel.LinkBudget;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.constraint.ConstraintId;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mdp.AdjustedReward;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.NetworkParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VecEnvironmentTest {

    private static final NetworkParameters SMALL = NetworkParameters.physical()
            .withGeometry(NetworkParameters.physical().geometry().withCounts(6, 3, 4));

    /** Sends every subtask straight to the node with the best mean-channel rate (a greedy baseline). */
    static JointAction bestDirectNode(VecEnvironment env, Observation obs) {
        LinkEvaluator links = env.links();
        List<SubtaskAssignment> out = new ArrayList<>();
        for (TaskRequest t : obs.pendingTasks()) {
            EntityState vehicle = obs.vehicles().get(t.vehicle().index());
            Position v = vehicle.motion().position().plus(0, 0, env.parameters().radio().vehicleAntennaHeightM());
            EntityId best = null;
            double bestRate = -1;
            List<EntityState> nodes = new ArrayList<>(obs.uavs());
            nodes.addAll(obs.baseStations());
            for (EntityState n : nodes) {
                LinkType type = LinkType.between(EntityKind.VEHICLE, n.id().kind());
                LinkBudget b = links.expected(type, links.defaultModel(type), v, n.motion().position(),
                        links.maxTxPowerW(EntityKind.VEHICLE));
                if (b.rateBps() > bestRate) {
                    bestRate = b.rateBps();
                    best = n.id();
                }
            }
            for (Subtask s : t.subtasks()) {
                out.add(new SubtaskAssignment(t.taskId(), s.index(), OffloadPath.direct(best), links.maxTxPowerW(EntityKind.VEHICLE)));
            }
        }
        return JointAction.of(out);
    }

    /** An environment stepped, undecided, to its first slot with a task request. */
    private static VecEnvironment atFirstTask(long seed) {
        VecEnvironment env = new VecEnvironment(SMALL, seed);
        while (env.observation().pendingTasks().isEmpty()) {
            env.step(JointAction.of(List.of()));
        }
        return env;
    }

    private static List<StepResult> run(long seed, int slots) {
        VecEnvironment env = new VecEnvironment(SMALL, seed);
        List<StepResult> results = new ArrayList<>();
        Observation obs = env.observation();
        for (int i = 0; i < slots; i++) {
            StepResult r = env.step(bestDirectNode(env, obs));
            results.add(r);
            obs = r.next();
        }
        return results;
    }

    @Test
    void sameSeedSameTrajectoryBitForBit() {
        List<StepResult> a = run(2024, 40);
        List<StepResult> b = run(2024, 40);
        assertThat(a).isEqualTo(b);
        List<StepResult> c = run(2025, 40);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void everySubtaskGetsExactlyOneOutcomeAndNothingIsNaN() {
        VecEnvironment env = new VecEnvironment(SMALL, 7);
        Observation obs = env.observation();
        int subtasksSeen = 0;
        for (int i = 0; i < 60; i++) {
            Set<String> expected = new HashSet<>();
            obs.pendingTasks().forEach(t -> t.subtasks().forEach(s -> expected.add(t.taskId() + "#" + s.index())));
            StepResult r = env.step(bestDirectNode(env, obs));
            Set<String> got = new HashSet<>();
            for (SubtaskOutcome o : r.outcomes()) {
                assertThat(got.add(o.subtaskKey())).as("one outcome per subtask").isTrue();
                assertThat(o.latencyS()).isNotNaN().isPositive();
                assertThat(o.qos()).isNotNaN();
                assertThat(Double.isInfinite(o.latencyS())).isEqualTo(o.failureReason().map(f -> f.startsWith("closed")).orElse(false));
            }
            assertThat(got).isEqualTo(expected);
            assertThat(r.constraints()).extracting(c -> c.id()).containsExactly(ConstraintId.values());
            for (AdjustedReward reward : r.rewards().values()) {
                assertThat(reward.adjusted()).isFinite();
            }
            assertThat(r.costs().objective()).isNotNaN();
            subtasksSeen += got.size();
            obs = r.next();
        }
        assertThat(subtasksSeen).isGreaterThan(100);
    }

    @Test
    void greedyNearNodesMeetMostDeadlinesAndSomeFarOnesMiss() {
        int met = 0;
        int total = 0;
        for (StepResult r : run(11, 100)) {
            met += r.costs().deadlineMet();
            total += r.costs().subtasks();
        }
        double fraction = met / (double) total;
        // physical profile: ~100 KB subtasks meet 10 ms near a node and miss far from one
        assertThat(fraction).isBetween(0.05, 0.99);
    }

    @Test
    void undecidedSubtasksAreReportedNotDropped() {
        VecEnvironment env = atFirstTask(3);
        int pending = env.observation().pendingSubtasks();
        StepResult r = env.step(JointAction.of(List.of()));
        assertThat(r.outcomes()).hasSize(pending)
                .allSatisfy(o -> assertThat(o.failureReason()).contains("no decision before the deadline"));
        assertThat(r.constraints().get(0).id()).isEqualTo(ConstraintId.C1);
        assertThat(r.constraints().get(0).violated()).isTrue();
    }

    @Test
    void unknownSubtaskOrNodeIsRejectedWithAClearMessage() {
        VecEnvironment env = new VecEnvironment(SMALL, 3);
        assertThatThrownBy(() -> env.step(JointAction.of(List.of(
                new SubtaskAssignment("v-0/t999", 0, OffloadPath.direct(EntityId.baseStation(0)), 0.1)))))
                .hasMessageContaining("unknown subtask v-0/t999#0");
        while (env.observation().pendingTasks().isEmpty()) {
            env.step(JointAction.of(List.of()));
        }
        TaskRequest t = env.observation().pendingTasks().get(0);
        assertThatThrownBy(() -> env.step(JointAction.of(List.of(
                new SubtaskAssignment(t.taskId(), 0, OffloadPath.direct(EntityId.uav(99)), 0.1)))))
                .hasMessageContaining("unknown node u-99");
    }

    @Test
    void aSegmentedTaskIsExecutedSegmentBySegment() {
        VecEnvironment env = atFirstTask(3);
        TaskRequest t = env.observation().pendingTasks().get(0);
        int n = t.subtasks().size();
        double power = env.links().maxTxPowerW(EntityKind.VEHICLE);
        List<SubtaskAssignment> segments = new ArrayList<>();
        for (int k = 0; k < 4 * n; k++) {
            segments.add(new SubtaskAssignment(t.taskId(), k, OffloadPath.direct(EntityId.baseStation(0)), power));
        }
        assertThat(env.rejectionReason(segments.get(4 * n - 1), 4)).isEmpty();
        assertThat(env.rejectionReason(segments.get(4 * n - 1), 1)).get().asString().contains("unknown subtask");

        StepResult r = env.step(new JointAction(segments, java.util.Map.of(), java.util.Map.of(t.taskId(), 4)));

        List<SubtaskOutcome> own = r.outcomes().stream().filter(o -> o.taskId().equals(t.taskId())).toList();
        assertThat(own).extracting(SubtaskOutcome::subtaskIndex).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, 4 * n).boxed().toList());
        double arrivedCycles = 0;
        for (SubtaskOutcome o : own) {
            Subtask issued = t.subtasks().get(o.subtaskIndex() / 4);
            if (!o.failureReason().map(f -> f.startsWith("closed")).orElse(false)) {
                arrivedCycles += issued.cyclesPerBit() * issued.dataBits() / 4;
            }
        }
        assertThat(r.nodeUsage().get(EntityId.baseStation(0)).processedCycles())
                .isCloseTo(arrivedCycles, org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, arrivedCycles)));
    }

    @Test
    void aSegmentIndexBeyondTheSegmentedTaskOrAChoiceForAnUnknownTaskIsRejected() {
        VecEnvironment env = atFirstTask(3);
        TaskRequest t = env.observation().pendingTasks().get(0);
        int n = t.subtasks().size();
        SubtaskAssignment beyond = new SubtaskAssignment(t.taskId(), 2 * n, OffloadPath.direct(EntityId.baseStation(0)), 0.1);
        assertThatThrownBy(() -> env.step(new JointAction(List.of(beyond), java.util.Map.of(),
                java.util.Map.of(t.taskId(), 2)))).hasMessageContaining("unknown subtask " + t.taskId() + "#" + 2 * n);
        assertThatThrownBy(() -> env.step(new JointAction(List.of(), java.util.Map.of(), java.util.Map.of("v-0/t999", 2))))
                .hasMessageContaining("segment choice for unknown task v-0/t999");
        assertThat(env.rejectionReason(beyond, 0)).contains("segmentsPerSubtask must lie in [1, 64], got 0");
    }

    @Test
    void entitiesStayInTheirBoxes() {
        VecEnvironment env = new VecEnvironment(SMALL, 5);
        for (int i = 0; i < 200; i++) {
            Observation obs = env.step(JointAction.of(List.of())).next();
            obs.vehicles().forEach(v -> assertThat(SMALL.geometry().vehicleBox().contains(v.motion().position())).isTrue());
            obs.uavs().forEach(u -> assertThat(SMALL.geometry().uavBox().contains(u.motion().position())).isTrue());
            obs.baseStations().forEach(b -> assertThat(SMALL.geometry().baseStationBox().contains(b.motion().position())).isTrue());
        }
    }
}

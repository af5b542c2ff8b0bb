package io.vectwin.model.policy;

import static io.vectwin.model.policy.Contexts.PHYSICAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.TaskRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GreedyPolicyTest {

    private static final double KB100 = 800_000.0;
    private final GreedyPolicy greedy = new GreedyPolicy(PHYSICAL);

    @Test
    void picksTheNearerOfTwoOtherwiseEqualBaseStations() {
        EntityState near = Contexts.node(EntityId.baseStation(0), new Position(100, 0, 25), 10e9, 0);
        EntityState far = Contexts.node(EntityId.baseStation(1), new Position(-600, 0, 25), 10e9, 0);
        List<SubtaskDecision> d = greedy.decide(Contexts.context(Contexts.task(1, KB100), Contexts.vehicleAt(0, 0), far, near));
        assertThat(d).singleElement().extracting(SubtaskDecision::path).isEqualTo(OffloadPath.direct(near.id()));
    }

    @Test
    void picksTheFasterOfTwoEquidistantUavs() {
        EntityState slow = Contexts.node(EntityId.uav(0), new Position(100, 0, 50), 5e9, 0);
        EntityState fast = Contexts.node(EntityId.uav(1), new Position(-100, 0, 50), 10e9, 0);
        List<SubtaskDecision> d = greedy.decide(Contexts.context(Contexts.task(1, KB100), Contexts.vehicleAt(0, 0), slow, fast));
        assertThat(d.get(0).path()).isEqualTo(OffloadPath.direct(fast.id()));
    }

    @Test
    void neverChoosesAClosedLinkWhenAnOpenOneExists() {
        // b-0 is 30 km away, its link closed (see PathPredictorTest); u-0 is open but has a full second
        // of queue (1e10 cycles at 10 GHz), so its latency is long yet finite
        EntityState closed = Contexts.node(EntityId.baseStation(0), new Position(30_000, 0, 25), 10e9, 0);
        EntityState busy = Contexts.node(EntityId.uav(0), new Position(100, 0, 50), 10e9, 1e10);
        List<SubtaskDecision> d = greedy.decide(Contexts.context(Contexts.task(3, KB100), Contexts.vehicleAt(0, 0), closed, busy));
        assertThat(d).allSatisfy(x -> {
            assertThat(x.path().nodes()).doesNotContain(closed.id());
            assertThat(x.predictedLatencyS()).isFinite().isGreaterThan(1.0);
        });
    }

    @Test
    void spreadsATasksSubtasksWhenTheFirstOnesCyclesQueueAtTheBestNode() {
        // two UAVs at the same distance: equal links. u-0 computes at 2 GHz, u-1 at 1.9 GHz.
        // A 100 KB subtask needs 3.3e7 cycles: 16.5 ms on u-0, 17.4 ms on u-1. Alone, it goes to u-0;
        // the second then waits 16.5 ms behind the first on u-0 (L ≈ 33 ms) but not on u-1 (L ≈ 17.4 ms + airtime).
        EntityState u0 = Contexts.node(EntityId.uav(0), new Position(100, 0, 50), 2.0e9, 0);
        EntityState u1 = Contexts.node(EntityId.uav(1), new Position(-100, 0, 50), 1.9e9, 0);
        List<SubtaskDecision> alone = greedy.decide(Contexts.context(Contexts.task(1, KB100), Contexts.vehicleAt(0, 0), u0, u1));
        assertThat(alone.get(0).path().processingNode()).isEqualTo(u0.id());

        List<SubtaskDecision> two = greedy.decide(Contexts.context(Contexts.task(2, KB100), Contexts.vehicleAt(0, 0), u0, u1));
        // Contexts.task gives subtask 1 the higher priority, so it is placed first and takes u-0
        assertThat(two.get(1).path()).isEqualTo(OffloadPath.direct(u0.id()));
        assertThat(two.get(0).path()).isEqualTo(OffloadPath.direct(u1.id()));
        assertThat(two.get(0).predictedLatencyS()).isLessThan(0.033);
    }

    @Test
    void oneValidDecisionPerSubtaskInIndexOrderWithinTheHopLimit() {
        for (DecisionContext c : Contexts.scenarioContexts(21, 6, 5)) {
            List<SubtaskDecision> d = greedy.decide(c);
            Set<EntityId> known = c.edgeNodes().stream().map(EntityState::id).collect(Collectors.toSet());
            assertThat(d).hasSize(c.task().subtasks().size());
            for (int j = 0; j < d.size(); j++) {
                SubtaskDecision x = d.get(j);
                assertThat(x.subtaskIndex()).isEqualTo(j);
                assertThat(known).containsAll(x.path().nodes());
                assertThat(x.path().forwardingHops()).isLessThanOrEqualTo(PHYSICAL.compute().maxForwardingHops());
                assertThat(x.path().hops(c.vehicle().id())).hasSize(x.path().nodes().size()); // Table I holds on every hop
                assertThat(x.txPowerW()).isEqualTo(PHYSICAL.radio().vehicleTxPowerW());
                assertThat(x.predictedLatencyS()).isPositive();
            }
            assertThat(greedy.decide(c)).as("deterministic").isEqualTo(d);
        }
    }

    @Test
    void eachSubtaskGetsTheLeastLatencyCandidateGivenTheEarlierOnes() {
        DecisionContext c = Contexts.scenarioContexts(33, 4, 1).get(0);
        List<SubtaskDecision> d = greedy.decide(c);
        TaskRequest task = c.task();
        PredictionSession replay = new PathPredictor(PHYSICAL).session(c);
        for (int j : PriorityOrder.descending(task, PHYSICAL.tasks().priorityWeights())) {
            double best = Double.POSITIVE_INFINITY;
            for (OffloadPath p : replay.candidatePaths()) {
                best = Math.min(best, replay.predict(task.subtasks().get(j), p, PHYSICAL.radio().vehicleTxPowerW()).latencyS());
            }
            assertThat(d.get(j).predictedLatencyS()).isEqualTo(best);
            replay.assign(task.subtasks().get(j),
                    replay.predict(task.subtasks().get(j), d.get(j).path(), PHYSICAL.radio().vehicleTxPowerW()));
        }
    }
}

package io.vectwin.model.policy;

import static io.vectwin.model.policy.Contexts.PHYSICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.OffloadPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomPolicyTest {

    private static final List<DecisionContext> SCENARIO = Contexts.scenarioContexts(4, 2, 20);

    private static List<List<SubtaskDecision>> run(long seed) {
        RandomPolicy policy = new RandomPolicy(PHYSICAL, seed);
        List<List<SubtaskDecision>> out = new ArrayList<>();
        for (DecisionContext c : SCENARIO) {
            out.add(policy.decide(c));
        }
        return out;
    }

    @Test
    void sameSeedSameDecisionsOtherSeedOtherDecisions() {
        assertThat(run(42)).isEqualTo(run(42));
        assertThat(run(43)).isNotEqualTo(run(42));
    }

    @Test
    void drawsUniformlyAmongTheNodesWithAnOpenLinkOnly() {
        EntityState closed = Contexts.node(EntityId.baseStation(0), new Position(30_000, 0, 25), 10e9, 0);
        EntityState a = Contexts.node(EntityId.uav(0), new Position(100, 0, 50), 10e9, 0);
        EntityState b = Contexts.node(EntityId.baseStation(1), new Position(-300, 0, 25), 10e9, 0);
        DecisionContext c = Contexts.context(Contexts.task(8, 100_000), Contexts.vehicleAt(0, 0), closed, a, b);
        RandomPolicy policy = new RandomPolicy(PHYSICAL, 7);
        Map<EntityId, Integer> counts = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            for (SubtaskDecision d : policy.decide(c)) {
                assertThat(d.path().forwardingHops()).isZero();
                assertThat(d.predictedLatencyS()).isFinite();
                counts.merge(d.path().processingNode(), 1, Integer::sum);
            }
        }
        assertThat(counts).doesNotContainKey(closed.id());
        // 800 draws between two nodes: binomial(800, 0.5) lies in [330, 470] with probability 1 − 1e-6
        assertThat(counts.get(a.id())).isBetween(330, 470);
        assertThat(counts.get(b.id())).isBetween(330, 470);
    }

    @Test
    void stillDecidesEverySubtaskWhenEveryLinkIsClosed() {
        EntityState far0 = Contexts.node(EntityId.baseStation(0), new Position(30_000, 0, 25), 10e9, 0);
        EntityState far1 = Contexts.node(EntityId.baseStation(1), new Position(-30_000, 0, 25), 10e9, 0);
        List<SubtaskDecision> d = new RandomPolicy(PHYSICAL, 1).decide(
                Contexts.context(Contexts.task(3, 100_000), Contexts.vehicleAt(0, 0), far0, far1));
        assertThat(d).hasSize(3).allSatisfy(x -> assertThat(x.predictedLatencyS()).isInfinite());
        assertThat(d).extracting(SubtaskDecision::subtaskIndex).containsExactly(0, 1, 2);
    }

    @Test
    void predictionsCountTheQueueItsOwnEarlierSubtasksBuild() {
        // one node only: the task's subtasks queue behind each other, served highest priority first
        EntityState only = Contexts.node(EntityId.uav(0), new Position(100, 0, 50), 1e9, 0);
        List<SubtaskDecision> d = new RandomPolicy(PHYSICAL, 3).decide(
                Contexts.context(Contexts.task(3, 100_000), Contexts.vehicleAt(0, 0), only));
        assertThat(d).allMatch(x -> x.path().equals(OffloadPath.direct(only.id())));
        // Contexts.task ranks subtask 2 first, then 1, then 0; each needs 1e5 bit · 41.25 = 4.125e6 cycles = 4.125 ms
        // at 1 GHz, and its airtime T (< 1 ms over 112 m of V2U) is shorter than the queue ahead of the later ones:
        // L2 = T + 4.125 ms, L1 = max(T, 4.125 ms) + 4.125 ms = 8.25 ms, L0 = max(T, 8.25 ms) + 4.125 ms = 12.375 ms
        assertThat(d.get(2).predictedLatencyS()).isBetween(4.125e-3, 5.125e-3);
        assertThat(d.get(1).predictedLatencyS()).isCloseTo(8.25e-3, within(1e-12));
        assertThat(d.get(0).predictedLatencyS()).isCloseTo(12.375e-3, within(1e-12));
    }
}

package io.vectwin.model.policy;

import static io.vectwin.model.policy.Contexts.PHYSICAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeLinksTest {

    private static final EntityState B0 = Contexts.node(EntityId.baseStation(0), new Position(150, 0, 25), 8e9, 2e7);
    private static final EntityState U0 = Contexts.node(EntityId.uav(0), new Position(200, 100, 60), 10e9, 0.0);
    private static final EntityState U1 = Contexts.node(EntityId.uav(1), new Position(-100, 50, 80), 10e9, 0.0);

    private static DecisionContext at(double vehicleX, EntityState... nodes) {
        return Contexts.context(Contexts.task(2, 400_000), Contexts.vehicleAt(vehicleX, 0), nodes);
    }

    @Test
    void aSecondVehicleAmongTheSameNodesEvaluatesOnlyItsOwnLinks() {
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        NodeLinks shared = predictor.newNodeLinks();
        PredictionSession first = predictor.session(at(0, B0, U0, U1), shared);
        first.candidatePaths();
        assertThat(first.linkEvaluations()).isGreaterThan(3); // 3 vehicle links plus node → node ones

        PredictionSession second = predictor.session(at(40, B0, U0, U1), shared);
        second.candidatePaths();
        assertThat(second.linkEvaluations()).isEqualTo(3);
        assertThat(shared.reuses()).isEqualTo(1);
    }

    @Test
    void vehiclesReachingTheSameNodesShareOneCandidateList() {
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        NodeLinks shared = predictor.newNodeLinks();
        List<io.vectwin.model.mec.OffloadPath> first = predictor.session(at(0, B0, U0, U1), shared).candidatePaths();
        List<io.vectwin.model.mec.OffloadPath> second = predictor.session(at(40, B0, U0, U1), shared).candidatePaths();
        assertThat(second).isSameAs(first).isEqualTo(predictor.session(at(40, B0, U0, U1)).candidatePaths());
        // a vehicle out of every node's reach has no open first hop: only the direct paths, another list
        List<io.vectwin.model.mec.OffloadPath> farAway = predictor.session(at(50_000, B0, U0, U1), shared).candidatePaths();
        assertThat(farAway).hasSize(3).isNotSameAs(first);
    }

    @Test
    void aNodeThatMovedLosesOnlyItsOwnLinks() {
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        NodeLinks shared = predictor.newNodeLinks();
        predictor.session(at(0, B0, U0, U1), shared).candidatePaths();
        EntityState movedU1 = Contexts.node(EntityId.uav(1), new Position(-100, 51, 80), 10e9, 0.0);
        PredictionSession after = predictor.session(at(0, B0, U0, movedU1), shared);
        List<io.vectwin.model.mec.OffloadPath> paths = after.candidatePaths();
        assertThat(shared.reuses()).isZero();
        // 3 vehicle links, then at most u-1's four links with b-0 and u-0 again
        assertThat(after.linkEvaluations()).isGreaterThan(3).isLessThanOrEqualTo(3 + 4);
        assertThat(paths).isEqualTo(predictor.session(at(0, B0, U0, movedU1)).candidatePaths());
        // a different order of the same nodes is another context: everything is evaluated again
        PredictionSession reordered = predictor.session(at(0, U0, B0, movedU1), shared);
        reordered.candidatePaths();
        PredictionSession fresh = predictor.session(at(0, U0, B0, movedU1));
        fresh.candidatePaths();
        assertThat(reordered.linkEvaluations()).isEqualTo(fresh.linkEvaluations());
    }

    @Test
    void sharingChangesNoDecision() {
        List<DecisionContext> contexts = Contexts.scenarioContexts(11, 1, 40);
        GreedyPolicy sharing = new GreedyPolicy(PHYSICAL);
        List<List<SubtaskDecision>> shared = new ArrayList<>();
        List<List<SubtaskDecision>> fresh = new ArrayList<>();
        for (DecisionContext c : contexts) {
            shared.add(sharing.decide(c));
            fresh.add(new GreedyPolicy(PHYSICAL).decide(c)); // a new policy: nothing shared
        }
        assertThat(shared).isEqualTo(fresh);
        // the scenario's contexts come several per slot, so some sessions did share
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        NodeLinks links = predictor.newNodeLinks();
        List<List<io.vectwin.model.mec.OffloadPath>> sharedPaths = new ArrayList<>();
        for (DecisionContext c : contexts) {
            sharedPaths.add(predictor.session(c, links).candidatePaths());
            assertThat(sharedPaths.get(sharedPaths.size() - 1)).isEqualTo(predictor.session(c).candidatePaths());
        }
        assertThat(links.reuses()).isPositive();
        assertThat(links.adoptions()).isEqualTo(contexts.size());
        assertThat(links.reuses()).isLessThan(links.adoptions()); // and some found nodes moved (the UAVs fly)
    }
}

package io.vectwin.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mobility.MotionState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRecordsTest {

    private static final TaskRequest TASK = Contexts.task(2, 1e5);
    private static final EntityState UAV = Contexts.node(EntityId.uav(0), new Position(0, 0, 50), 1e10, 0);

    @Test
    void contextRejectsAVehicleOtherThanTheTasksOwn() {
        EntityState other = new EntityState(EntityId.vehicle(3), MotionState.fixed(new Position(0, 0, 0)), 0, 0, 0, 0);
        assertThatThrownBy(() -> new DecisionContext(TASK, other, List.of(UAV), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context.vehicle").hasMessageContaining("v-3");
    }

    @Test
    void contextRejectsNoEdgeNodesAVehicleAmongThemOrADuplicate() {
        EntityState v = Contexts.vehicleAt(0, 0);
        assertThatThrownBy(() -> new DecisionContext(TASK, v, List.of(), 0)).hasMessageContaining("context.edgeNodes");
        assertThatThrownBy(() -> new DecisionContext(TASK, v, List.of(UAV, v), 0))
                .hasMessageContaining("context.edgeNodes").hasMessageContaining("v-0");
        assertThatThrownBy(() -> new DecisionContext(TASK, v, List.of(UAV, UAV), 0)).hasMessageContaining("u-0 twice");
        assertThatThrownBy(() -> new DecisionContext(TASK, v, List.of(UAV), -1)).hasMessageContaining("context.nowSeconds");
    }

    @Test
    void otherVehiclesAreOtherVehiclesEachOnce() {
        EntityState v = Contexts.vehicleAt(0, 0);
        EntityState w = new EntityState(EntityId.vehicle(5), MotionState.fixed(new Position(9, 0, 0)), 0, 0, 0, 0);
        assertThat(new DecisionContext(TASK, v, List.of(UAV), 0).otherVehicles()).isEmpty();
        assertThat(new DecisionContext(TASK, v, List.of(UAV), 0, List.of(w)).otherVehicles()).containsExactly(w);
        assertThatThrownBy(() -> new DecisionContext(TASK, v, List.of(UAV), 0, List.of(v)))
                .hasMessageContaining("context.otherVehicles").hasMessageContaining("v-0");
        assertThatThrownBy(() -> new DecisionContext(TASK, v, List.of(UAV), 0, List.of(w, w)))
                .hasMessageContaining("context.otherVehicles").hasMessageContaining("v-5");
        assertThatThrownBy(() -> new DecisionContext(TASK, v, List.of(UAV), 0, List.of(UAV)))
                .hasMessageContaining("context.otherVehicles").hasMessageContaining("u-0");
    }

    @Test
    void contextCopiesItsNodeList() {
        List<EntityState> nodes = new ArrayList<>(List.of(UAV));
        DecisionContext c = new DecisionContext(TASK, Contexts.vehicleAt(0, 0), nodes, 0);
        nodes.clear();
        assertThat(c.edgeNodes()).containsExactly(UAV);
    }

    @Test
    void decisionAcceptsAnUnreachablePredictionButNoNonsense() {
        OffloadPath p = OffloadPath.direct(EntityId.uav(0));
        SubtaskDecision unreachable = new SubtaskDecision(0, p, 0.2, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
        assertThat(unreachable.predictedLatencyS()).isInfinite();
        assertThatThrownBy(() -> new SubtaskDecision(-1, p, 0.2, 1e-3, 0, 1)).hasMessageContaining("decision.subtaskIndex");
        assertThatThrownBy(() -> new SubtaskDecision(0, p, 0, 1e-3, 0, 1)).hasMessageContaining("decision.txPowerW");
        assertThatThrownBy(() -> new SubtaskDecision(0, p, 0.2, 0, 0, 1)).hasMessageContaining("decision.predictedLatencyS");
        assertThatThrownBy(() -> new SubtaskDecision(0, p, 0.2, 1e-3, Double.NaN, 1))
                .hasMessageContaining("decision.predictedEnergyJ");
        assertThatThrownBy(() -> new SubtaskDecision(0, p, 0.2, 1e-3, 0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("decision.predictedQos");
        assertThatThrownBy(() -> new SubtaskDecision(0, null, 0.2, 1e-3, 0, 1)).hasMessageContaining("decision.path");
    }

    @Test
    void vehicleAntennaSitsAboveTheTerrainAndNodeAntennasAtTheirPositions() {
        var radio = Contexts.PHYSICAL.radio();
        var v = Contexts.vehicleAt(3, 4);
        assertThat(radio.antennaPosition(v.id().kind(), v.motion().position())).isEqualTo(new Position(3, 4, 1.5));
        assertThat(radio.antennaPosition(UAV.id().kind(), UAV.motion().position())).isEqualTo(new Position(0, 0, 50));
    }
}

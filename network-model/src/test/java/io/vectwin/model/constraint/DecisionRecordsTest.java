package io.vectwin.model.constraint;

import static io.vectwin.model.constraint.DecisionFixture.assign;
import static io.vectwin.model.constraint.DecisionFixture.subtask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRecordsTest {

    @Test
    void constraintIdsFollowTheDocumentedMapping() {
        assertThat(ConstraintId.values()).hasSize(20);
        assertThat(ConstraintId.C1.equation()).isEqualTo("(39)");
        assertThat(ConstraintId.C10.equation()).isEqualTo("(48)");
        assertThat(ConstraintId.C11.equation()).isEqualTo("Sec. II-B");
        assertThat(ConstraintId.C12.equation()).isEqualTo("(49)");
        assertThat(ConstraintId.C13.equation()).isEqualTo("(50)");
        assertThat(ConstraintId.C14.equation()).isEqualTo("(51)");
        assertThat(ConstraintId.C15.equation()).isEqualTo("(52)");
        assertThat(ConstraintId.C16.equation()).isEqualTo(ConstraintId.C17.equation()).isEqualTo("(53)");
        assertThat(ConstraintId.C20.equation()).isEqualTo("(56)");
        assertThat(Arrays.stream(ConstraintId.values()).map(ConstraintId::description)).allSatisfy(
                d -> assertThat(d).isNotBlank());
    }

    @Test
    void checkMustAgreeWithItsExcess() {
        assertThatThrownBy(() -> new ConstraintCheck(ConstraintId.C1, true, 0.0, "x")).hasMessageContaining("check.violated");
        assertThatThrownBy(() -> new ConstraintCheck(ConstraintId.C1, false, 1.0, "x")).hasMessageContaining("check.violated");
        assertThatThrownBy(() -> new ConstraintCheck(ConstraintId.C1, true, Double.NaN, "x")).hasMessageContaining("check.excess");
        assertThatThrownBy(() -> new ConstraintCheck(ConstraintId.C1, false, -1.0, "x")).hasMessageContaining("check.excess");
        assertThat(new ConstraintCheck(ConstraintId.C5, true, Double.POSITIVE_INFINITY, "closed").violated()).isTrue();
    }

    @Test
    void assignmentCopiesItsRatesAndComparesThemByValue() {
        double[] rates = {50e6, 60e6};
        AssignedSubtask a = new AssignedSubtask(EntityId.vehicle(0), "t", subtask(0), OffloadPath.parse("b-0>u-1"), 0.2,
                rates, 3e-3, 0.01, 100);
        rates[0] = 1.0;
        assertThat(a.hopRatesBps()).containsExactly(50e6, 60e6);
        a.hopRatesBps()[1] = 2.0;
        assertThat(a.hopRatesBps()).containsExactly(50e6, 60e6);
        AssignedSubtask same = new AssignedSubtask(EntityId.vehicle(0), "t", subtask(0), OffloadPath.parse("b-0>u-1"), 0.2,
                new double[] {50e6, 60e6}, 3e-3, 0.01, 100);
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a.subtaskKey()).isEqualTo("t#0");
        assertThat(a.toString()).contains("v-0 t#0 via b-0>u-1");
    }

    @Test
    void assignmentRejectsInconsistentInput() {
        OffloadPath path = OffloadPath.parse("b-0>u-1");
        assertThatThrownBy(() -> new AssignedSubtask(EntityId.vehicle(0), "t", subtask(0), path, 0.2, new double[] {1e6},
                3e-3, 0.01, 100)).hasMessageContaining("assignment.hopRatesBps").hasMessageContaining("one rate per hop");
        assertThatThrownBy(() -> new AssignedSubtask(EntityId.vehicle(0), "t", subtask(0), path, 0.2,
                new double[] {1e6, Double.NaN}, 3e-3, 0.01, 100)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new AssignedSubtask(EntityId.uav(0), "t", subtask(0), path, 0.2, new double[] {1e6, 1e6},
                3e-3, 0.01, 100)).hasMessageContaining("assignment.vehicle");
        assertThatThrownBy(() -> new AssignedSubtask(EntityId.vehicle(0), "t", subtask(0), path, 0.2,
                new double[] {1e6, 1e6}, 0.0, 0.01, 100)).hasMessageContaining("assignment.latencyS");
        assertThatThrownBy(() -> new AssignedSubtask(EntityId.vehicle(0), "t", subtask(0), path, 0.2,
                new double[] {1e6, 1e6}, 3e-3, -0.01, 100)).hasMessageContaining("assignment.vehicleEnergyJ");
        assertThatThrownBy(() -> new AssignedSubtask(EntityId.vehicle(0), "t", subtask(0), path, 0.2,
                new double[] {1e6, 1e6}, 3e-3, 0.01, Double.NaN)).hasMessageContaining("assignment.qos");
    }

    @Test
    void nodeStatusIsForEdgeNodes() {
        assertThatThrownBy(() -> new NodeStatus(EntityId.vehicle(0), 1e9, 0.1)).hasMessageContaining("node.node");
        assertThatThrownBy(() -> new NodeStatus(EntityId.uav(0), -1, 0.1)).hasMessageContaining("node.cpuHz");
        assertThatThrownBy(() -> new NodeStatus(EntityId.uav(0), 1e9, Double.POSITIVE_INFINITY))
                .hasMessageContaining("node.txPowerW");
    }

    @Test
    void jointDecisionCopiesAndValidates() {
        DecisionFixture base = DecisionFixture.base();
        List<AssignedSubtask> assignments = new ArrayList<>(base.assignments());
        Set<EntityId> vehicles = new HashSet<>(base.vehicles());
        Map<String, EntityId> previous = new HashMap<>(base.previous());
        JointDecision d = new JointDecision(assignments, base.nodes(), vehicles, previous);
        assignments.clear();
        vehicles.clear();
        previous.clear();
        assertThat(d.assignments()).hasSize(4);
        assertThat(d.vehiclesWithSubtasks()).hasSize(3);
        assertThat(d.previousFirstHops()).hasSize(3);

        List<NodeStatus> twice = List.of(new NodeStatus(EntityId.uav(0), 1e9, 0.1), new NodeStatus(EntityId.uav(0), 2e9, 0.1));
        assertThatThrownBy(() -> new JointDecision(List.of(), twice, Set.of(), Map.of())).hasMessageContaining("twice");
        assertThatThrownBy(() -> new JointDecision(List.of(), List.of(), Set.of(EntityId.uav(1)), Map.of()))
                .hasMessageContaining("decision.vehiclesWithSubtasks");
        assertThatThrownBy(() -> new JointDecision(List.of(), List.of(), Set.of(), Map.of("u-1", EntityId.uav(0))))
                .hasMessageContaining("keyed by vehicle id");
        assertThatThrownBy(() -> new JointDecision(List.of(), List.of(), Set.of(), Map.of("t0#1", EntityId.uav(0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JointDecision(List.of(), List.of(), Set.of(), Map.of("v-1", EntityId.vehicle(0))))
                .hasMessageContaining("must be a BS or UAV");
        List<AssignedSubtask> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new JointDecision(withNull, List.of(), Set.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decision.assignments");
    }

    @Test
    void firstHopsForNextSlotKeepTheDominantNode() {
        DecisionFixture base = DecisionFixture.base();
        assertThat(base.decision().firstHopsForNextSlot()).isEqualTo(base.previous());
        // v-0: b-0 twice, u-0 three times → u-0
        DecisionFixture moreOnU0 = base
                .add(assign(0, "t0", subtask(2), "u-0", new double[] {50e6}, 1e-3))
                .add(assign(0, "t0", subtask(3), "u-0", new double[] {50e6}, 1e-3))
                .add(assign(0, "t0", subtask(4), "u-0", new double[] {50e6}, 1e-3));
        assertThat(moreOnU0.decision().firstHopsForNextSlot()).containsEntry("v-0", EntityId.uav(0));
        // a tie (b-0 twice, u-3 twice) goes to the smaller id; EntityId orders UAVs before BSs
        DecisionFixture tie = base
                .add(assign(0, "t0", subtask(2), "u-3", new double[] {50e6}, 1e-3))
                .add(assign(0, "t0", subtask(3), "u-3", new double[] {50e6}, 1e-3));
        assertThat(tie.decision().firstHopsForNextSlot()).containsEntry("v-0", EntityId.uav(3));
        // carried to the next slot unchanged, nothing moved
        assertThat(new ConstraintChecker(base.params()).check(new JointDecision(base.assignments(), base.nodes(),
                base.vehicles(), base.decision().firstHopsForNextSlot()))).noneMatch(ConstraintCheck::violated);
    }
}

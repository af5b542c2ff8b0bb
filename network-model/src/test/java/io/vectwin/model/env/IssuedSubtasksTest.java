package io.vectwin.model.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.QosParameters;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssuedSubtasksTest {

    private static final QosParameters QOS = QosParameters.tableII(); // w_L = 0.7, w_E = 0.3
    private static final EntityId V = EntityId.vehicle(1);

    private static SubtaskOutcome segment(int index, int m, String path, double latency, double energy, boolean met) {
        return new SubtaskOutcome("v-1/t4", index, V, Optional.of(OffloadPath.parse(path)), latency, energy, 0.01, 0.0,
                0.2, met, met ? Optional.empty() : Optional.of("deadline missed at " + path), m);
    }

    @Test
    void theSegmentsOfOneSubtaskBecomeOneOutcome() {
        List<SubtaskOutcome> merged = IssuedSubtasks.merge(List.of(
                segment(2, 2, "b-0", 0.003, 0.1, true),
                segment(0, 2, "b-1", 0.004, 0.05, true),
                segment(3, 2, "b-0>u-1", 0.012, 0.2, false),
                segment(1, 2, "b-1", 0.006, 0.05, true)), QOS);

        assertThat(merged).hasSize(2);
        SubtaskOutcome first = merged.get(0); // subtask 1 (segments 2 and 3) comes first, as its first segment did
        assertThat(first.subtaskIndex()).isEqualTo(1);
        assertThat(first.segmentsPerSubtask()).isEqualTo(1);
        assertThat(first.latencyS()).isEqualTo(0.012);
        assertThat(first.vehicleEnergyJ()).isCloseTo(0.3, within(1e-15));
        assertThat(first.nodeEnergyJ()).isCloseTo(0.02, within(1e-15));
        // eq. (48) by hand: 0.7 / 0.012 - 0.3 * 0.3 = 58.24333...
        assertThat(first.qos()).isCloseTo(58.243333333333333, within(1e-9));
        assertThat(first.deadlineMet()).isFalse();
        assertThat(first.path()).contains(OffloadPath.parse("b-0>u-1"));
        assertThat(first.failureReason()).contains("deadline missed at b-0>u-1");
        SubtaskOutcome second = merged.get(1);
        assertThat(second.subtaskIndex()).isZero();
        assertThat(second.latencyS()).isEqualTo(0.006);
        // 0.7 / 0.006 - 0.3 * 0.1 = 116.63666...
        assertThat(second.qos()).isCloseTo(116.636666666666667, within(1e-9));
        assertThat(second.deadlineMet()).isTrue();
        assertThat(second.failureReason()).isEmpty();
    }

    @Test
    void anUndecidedSegmentMakesTheSubtaskUndone() {
        SubtaskOutcome undecided = new SubtaskOutcome("v-1/t4", 1, V, Optional.empty(), Double.POSITIVE_INFINITY, 0.0, 0.0,
                0.0, 0.2, false, Optional.of("no decision"), 2);
        SubtaskOutcome merged = IssuedSubtasks.merge(List.of(segment(0, 2, "b-0", 0.003, 0.1, true), undecided), QOS)
                .get(0);
        assertThat(merged.latencyS()).isInfinite();
        // a latency of +inf leaves -w_E * E = -0.03
        assertThat(merged.qos()).isCloseTo(-0.03, within(1e-15));
        assertThat(merged.failureReason()).contains("no decision");
    }

    @Test
    void outcomesOfWholeSubtasksAreKeptAsTheyAre() {
        List<SubtaskOutcome> whole = List.of(segment(0, 1, "b-0", 0.003, 0.1, true), segment(1, 1, "u-2", 0.02, 0.1, false));
        assertThat(IssuedSubtasks.merge(whole, QOS)).isSameAs(whole);
    }
}

package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.PriorityWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskSegmentationTest {

    private static final TaskRequest TASK = new TaskRequest("v-3/t7", EntityId.vehicle(3), 0.14, 0.010, List.of(
            new Subtask(0, 41.25, 1000, 0.5, 0.8, 0.6),
            new Subtask(1, 41.25, 3000, 0.2, 0.5, 0.9)));

    @Test
    void eachSubtaskIsCutIntoEqualSegmentsThatKeepItsAttributes() {
        TaskRequest cut = TaskSegmentation.split(TASK, 2);

        assertThat(cut.taskId()).isEqualTo("v-3/t7");
        assertThat(cut.vehicle()).isEqualTo(EntityId.vehicle(3));
        assertThat(cut.createdAtSeconds()).isEqualTo(0.14);
        assertThat(cut.deadlineSeconds()).isEqualTo(0.010);
        assertThat(cut.subtasks()).containsExactly(
                new Subtask(0, 41.25, 500, 0.5, 0.8, 0.6),
                new Subtask(1, 41.25, 500, 0.5, 0.8, 0.6),
                new Subtask(2, 41.25, 1500, 0.2, 0.5, 0.9),
                new Subtask(3, 41.25, 1500, 0.2, 0.5, 0.9));
        assertThat(cut.totalBits()).isEqualTo(TASK.totalBits());
    }

    @Test
    void eq1PrioritiesAreRecomputedAmongTheSegments() {
        // by hand (python3): (0.4 * 41.25/165 + 0.3 * 500/4000 + 0.3 * 0.5) * 0.8 * 0.6 = 0.138,
        // (0.4 * 41.25/165 + 0.3 * 1500/4000 + 0.3 * 0.2) * 0.5 * 0.9 = 0.122625
        double[] p = SubtaskPriority.all(TaskSegmentation.split(TASK, 2), PriorityWeights.balanced());

        assertThat(p[0]).isCloseTo(0.138, within(1e-12));
        assertThat(p[1]).isCloseTo(0.138, within(1e-12));
        assertThat(p[2]).isCloseTo(0.122625, within(1e-12));
        assertThat(p[3]).isCloseTo(0.122625, within(1e-12));
    }

    @Test
    void oneSegmentLeavesTheTaskAsIssued() {
        assertThat(TaskSegmentation.split(TASK, 1)).isSameAs(TASK);
    }

    @Test
    void aSegmentIndexNamesTheSubtaskItWasCutFrom() {
        assertThat(TaskSegmentation.issuedSubtaskIndex(0, 4)).isZero();
        assertThat(TaskSegmentation.issuedSubtaskIndex(3, 4)).isZero();
        assertThat(TaskSegmentation.issuedSubtaskIndex(4, 4)).isEqualTo(1);
        assertThat(TaskSegmentation.issuedSubtaskIndex(5, 1)).isEqualTo(5);
    }

    @Test
    void segmentCountsOutsideTheRangeAreRejected() {
        assertThatThrownBy(() -> TaskSegmentation.split(TASK, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segmentsPerSubtask must lie in [1, 64], got 0");
        assertThat(TaskSegmentation.problem(65)).contains("segmentsPerSubtask must lie in [1, 64], got 65");
        assertThat(TaskSegmentation.problem(64)).isEmpty();
    }
}

package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.geometry.EntityId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtaskTest {

    @Test
    void cyclesAreCyclesPerBitTimesBits() {
        // 100 KB at 330 cycles/byte: 8e5 bit * 41.25 cycle/bit = 3.3e7 cycles
        assertThat(new Subtask(0, 41.25, 8e5, 0.5, 0.5, 0.5).cycles()).isEqualTo(3.3e7);
    }

    @Test
    void rejectsOutOfRangeAttributesNamingThem() {
        assertThatThrownBy(() -> new Subtask(-1, 41.25, 8e5, 0.5, 0.5, 0.5)).hasMessageContaining("subtask.index");
        assertThatThrownBy(() -> new Subtask(0, 0.0, 8e5, 0.5, 0.5, 0.5)).hasMessageContaining("subtask.cyclesPerBit");
        assertThatThrownBy(() -> new Subtask(0, 41.25, Double.NaN, 0.5, 0.5, 0.5)).hasMessageContaining("subtask.dataBits");
        assertThatThrownBy(() -> new Subtask(0, 41.25, 8e5, 1.0, 0.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subtask.intrinsicPriority");
        assertThatThrownBy(() -> new Subtask(0, 41.25, 8e5, 0.5, 0.0, 0.5)).hasMessageContaining("subtask.complexityWeight");
        assertThatThrownBy(() -> new Subtask(0, 41.25, 8e5, 0.5, 0.5, 1.5)).hasMessageContaining("subtask.dataSizeWeight");
    }

    @Test
    void taskCopiesItsSubtasksAndSumsTheirBits() {
        List<Subtask> subtasks = new ArrayList<>(List.of(new Subtask(0, 41.25, 8e5, 0.5, 0.5, 0.5),
                new Subtask(1, 41.25, 2e5, 0.5, 0.5, 0.5)));
        TaskRequest task = new TaskRequest("t-1", EntityId.vehicle(3), 1.0, 0.010, subtasks);
        subtasks.clear();
        assertThat(task.subtasks()).hasSize(2);
        assertThat(task.totalBits()).isEqualTo(1e6); // 8e5 + 2e5
        assertThat(task.absoluteDeadlineSeconds()).isEqualTo(1.010);
        assertThatThrownBy(() -> task.subtasks().add(new Subtask(2, 1, 1, 0.5, 0.5, 0.5)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void taskRejectsBadShapes() {
        Subtask first = new Subtask(0, 41.25, 8e5, 0.5, 0.5, 0.5);
        Subtask third = new Subtask(2, 41.25, 8e5, 0.5, 0.5, 0.5);
        EntityId v = EntityId.vehicle(0);
        assertThatThrownBy(() -> new TaskRequest("t", v, 0, 0.01, List.of())).hasMessageContaining("task.subtasks");
        assertThatThrownBy(() -> new TaskRequest("t", v, 0, 0.01, List.of(first, third)))
                .hasMessageContaining("indices 0..n-1").hasMessageContaining("position 1");
        assertThatThrownBy(() -> new TaskRequest(" ", v, 0, 0.01, List.of(first))).hasMessageContaining("task.taskId");
        assertThatThrownBy(() -> new TaskRequest("t", EntityId.uav(0), 0, 0.01, List.of(first)))
                .hasMessageContaining("task.vehicle");
        assertThatThrownBy(() -> new TaskRequest("t", v, 0, 0.0, List.of(first))).hasMessageContaining("task.deadlineSeconds");
        assertThatThrownBy(() -> new TaskRequest("t", v, -1, 0.01, List.of(first))).hasMessageContaining("task.createdAtSeconds");
    }
}

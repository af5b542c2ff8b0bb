package io.vectwin.model.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mec.TaskSegmentation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotExecutorTest {

    private static SlotExecutor.PendingSubtask pending(TaskRequest task, int index, double priority) {
        return new SlotExecutor.PendingSubtask(SubtaskKeys.of(task.taskId(), index), task, task.subtasks().get(index),
                priority, 4);
    }

    @Test
    void equalPrioritiesAreServedByTaskThenByIndexAsANumber() {
        TaskRequest issued = new TaskRequest("v-0/t3", EntityId.vehicle(0), 0.0, 0.01, List.of(
                new Subtask(0, 41.25, 8000, 0.5, 0.5, 0.5), new Subtask(1, 41.25, 8000, 0.5, 0.5, 0.5),
                new Subtask(2, 41.25, 8000, 0.9, 0.9, 0.9)));
        TaskRequest cut = TaskSegmentation.split(issued, 4); // subtask 2's segments are 8, 9, 10, 11
        TaskRequest other = new TaskRequest("v-1/t3", EntityId.vehicle(1), 0.0, 0.01,
                List.of(new Subtask(0, 41.25, 8000, 0.5, 0.5, 0.5)));
        List<SlotExecutor.PendingSubtask> slot = new ArrayList<>(List.of(
                pending(cut, 10, 0.2), pending(cut, 11, 0.2), pending(other, 0, 0.2), pending(cut, 8, 0.2),
                pending(cut, 0, 0.3), pending(cut, 9, 0.2)));

        slot.sort(SlotExecutor.SERVICE_ORDER);

        assertThat(slot).extracting(SlotExecutor.PendingSubtask::key).containsExactly(
                "v-0/t3#0", "v-0/t3#8", "v-0/t3#9", "v-0/t3#10", "v-0/t3#11", "v-1/t3#0");
        // ordering by the keys' text, as the executor once did, would serve #10 before #8
        assertThat("v-0/t3#10").isLessThan("v-0/t3#8");
    }
}

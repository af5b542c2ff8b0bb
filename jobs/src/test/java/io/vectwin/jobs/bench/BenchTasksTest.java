package io.vectwin.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.params.TaskParameters;
import io.vectwin.schemas.TaskRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTasksTest {

    private final TaskParameters params = TaskParameters.physical();

    @Test
    void requestsCarryOneSubtaskWithinTheProfilesLimitsAndRotateVehicles() {
        BenchTasks tasks = new BenchTasks(params, BenchTasks.vehicleIds(3), 7);
        TaskRequest r0 = tasks.request("run-pipeline-5000", 0, 1_700_000_000_000L);
        TaskRequest r4 = tasks.request("run-pipeline-5000", 4, 1_700_000_000_001L);
        assertThat(r0.getTaskId().toString()).isEqualTo("run-pipeline-5000/0");
        assertThat(r0.getVehicleId().toString()).isEqualTo(BenchTasks.vehicleIds(3).get(0));
        assertThat(r4.getVehicleId().toString()).isEqualTo(BenchTasks.vehicleIds(3).get(1));
        assertThat(r0.getCreatedAtMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(r0.getDeadlineSeconds()).isEqualTo(params.deadlineSeconds());
        assertThat(r0.getSubtasks()).hasSize(1);
        assertThat(r0.getSubtasks().get(0).getDataBits()).isBetween(1L, (long) params.maxSubtaskBits());
        assertThat(r0.getSubtasks().get(0).getIndex()).isZero();
    }

    @Test
    void sameSeedSameRequests() {
        TaskRequest a = new BenchTasks(params, List.of("v-0"), 3).request("p", 11, 5);
        TaskRequest b = new BenchTasks(params, List.of("v-0"), 3).request("p", 11, 5);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void indexIsReadBackOnlyForItsOwnPhase() {
        assertThat(BenchTasks.indexOf(BenchTasks.taskId("bench-x-pipeline-500", 123_456), "bench-x-pipeline-500"))
                .isEqualTo(123_456);
        assertThat(BenchTasks.indexOf("bench-x-pipeline-5000/12", "bench-x-pipeline-500")).isEqualTo(-1);
        assertThat(BenchTasks.indexOf("bench-x-pipeline-500/", "bench-x-pipeline-500")).isEqualTo(-1);
        assertThat(BenchTasks.indexOf("bench-x-pipeline-500/1a", "bench-x-pipeline-500")).isEqualTo(-1);
        assertThat(BenchTasks.indexOf("v-3/t17", "bench-x-pipeline-500")).isEqualTo(-1);
    }

    @Test
    void needsAVehicle() {
        assertThatThrownBy(() -> new BenchTasks(params, List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

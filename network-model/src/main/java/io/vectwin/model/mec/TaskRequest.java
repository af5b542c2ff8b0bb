package io.vectwin.model.mec;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.Require;
import java.util.List;

/**
 * A task 𝒯_i issued by a vehicle at one instant and split into subtasks 𝒯_{i,1} … 𝒯_{i,n}
 * (Sec. II-A), 𝒯_i = ∪_j 𝒯_{i,j}.
 *
 * @param taskId           identifier of the task, unique per vehicle and slot (non-blank)
 * @param vehicle          the issuing vehicle
 * @param createdAtSeconds simulation time at which the task was issued (s, ≥ 0)
 * @param deadlineSeconds  the latency budget ϱ of the task, relative to {@code createdAtSeconds} (s, > 0);
 *                         the absolute deadline is {@link #absoluteDeadlineSeconds()}
 * @param subtasks         the subtasks, indices 0..n−1 in order; copied, never empty
 */
public record TaskRequest(
        String taskId,
        EntityId vehicle,
        double createdAtSeconds,
        double deadlineSeconds,
        List<Subtask> subtasks) {

    public TaskRequest {
        Require.notNull("task.taskId", taskId);
        if (taskId.isBlank()) {
            throw new IllegalArgumentException("task.taskId must not be blank");
        }
        Require.notNull("task.vehicle", vehicle);
        if (vehicle.kind() != EntityKind.VEHICLE) {
            throw new IllegalArgumentException("task.vehicle must be a vehicle id, got " + vehicle);
        }
        Require.nonNegative("task.createdAtSeconds", createdAtSeconds);
        Require.positive("task.deadlineSeconds", deadlineSeconds);
        Require.notNull("task.subtasks", subtasks);
        subtasks = List.copyOf(subtasks);
        if (subtasks.isEmpty()) {
            throw new IllegalArgumentException("task.subtasks must not be empty (task " + taskId + ")");
        }
        for (int j = 0; j < subtasks.size(); j++) {
            if (subtasks.get(j).index() != j) {
                throw new IllegalArgumentException("task.subtasks must carry indices 0..n-1 in order: position " + j
                        + " of task " + taskId + " has index " + subtasks.get(j).index());
            }
        }
    }

    /** Σ_j D_{i,j}: the size of the whole task. */
    public double totalBits() {
        return subtasks.stream().mapToDouble(Subtask::dataBits).sum();
    }

    /** createdAt + ϱ. */
    public double absoluteDeadlineSeconds() {
        return createdAtSeconds + deadlineSeconds;
    }
}

package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import java.util.Optional;

/**
 * What really happened to one subtask (the {@code vec.outcomes} record): latency, energy and QoS
 * measured on the true channel of the slot. When the vehicle cut its subtasks into segments
 * (eq. 58's D_{i,j}, {@link io.vectwin.model.mec.TaskSegmentation}) there is one per segment, and
 * {@link IssuedSubtasks#merge} gives one per subtask the vehicle issued.
 *
 * @param subtaskIndex       the index in the task as the vehicle segmented it (j·m + p; j when m = 1)
 * @param path               the path taken; empty when the policy gave no decision
 * @param latencyS           end-to-end latency (eq. 6–7 plus queueing); +∞ if a hop was closed or no decision
 * @param vehicleEnergyJ     the vehicle's transmit energy p·D/R; +∞ on a closed first hop
 * @param nodeEnergyJ        forwarding and processing energy spent by BSs/UAVs (eq. 54–55)
 * @param qos                raw QoS of eq. (48)
 * @param priority           𝒫_{i,j} of eq. (1)
 * @param deadlineMet        latency ≤ ϱ
 * @param failureReason      why the subtask failed (closed link, missed deadline, no decision), if it did
 * @param segmentsPerSubtask m, the number of segments every subtask of the task was cut into (1 = as issued)
 */
public record SubtaskOutcome(String taskId, int subtaskIndex, EntityId vehicle, Optional<OffloadPath> path,
        double latencyS, double vehicleEnergyJ, double nodeEnergyJ, double qos, double priority, boolean deadlineMet,
        Optional<String> failureReason, int segmentsPerSubtask) {

    /** The outcome of a subtask of a task offloaded as issued (m = 1). */
    public SubtaskOutcome(String taskId, int subtaskIndex, EntityId vehicle, Optional<OffloadPath> path,
            double latencyS, double vehicleEnergyJ, double nodeEnergyJ, double qos, double priority, boolean deadlineMet,
            Optional<String> failureReason) {
        this(taskId, subtaskIndex, vehicle, path, latencyS, vehicleEnergyJ, nodeEnergyJ, qos, priority, deadlineMet,
                failureReason, 1);
    }

    public String subtaskKey() {
        return SubtaskKeys.of(taskId, subtaskIndex);
    }

    /** j: the subtask the vehicle issued that this outcome's segment was cut from. */
    public int issuedSubtaskIndex() {
        return subtaskIndex / segmentsPerSubtask;
    }
}

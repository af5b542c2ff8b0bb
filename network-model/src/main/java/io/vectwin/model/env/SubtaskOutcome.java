package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import java.util.Optional;

/**
 * What really happened to one subtask (the {@code vec.outcomes} record): latency, energy and QoS
 * measured on the true channel of the slot.
 *
 * @param path              the path taken; empty when the policy gave no decision
 * @param latencyS          end-to-end latency (eq. 6–7 plus queueing); +∞ if a hop was closed or no decision
 * @param vehicleEnergyJ    the vehicle's transmit energy p·D/R; +∞ on a closed first hop
 * @param nodeEnergyJ       forwarding and processing energy spent by BSs/UAVs (eq. 54–55)
 * @param qos               raw QoS of eq. (48)
 * @param priority          𝒫_{i,j} of eq. (1)
 * @param deadlineMet       latency ≤ ϱ
 * @param failureReason     why the subtask failed (closed link, missed deadline, no decision), if it did
 */
public record SubtaskOutcome(String taskId, int subtaskIndex, EntityId vehicle, Optional<OffloadPath> path,
        double latencyS, double vehicleEnergyJ, double nodeEnergyJ, double qos, double priority, boolean deadlineMet,
        Optional<String> failureReason) {

    public String subtaskKey() {
        return SubtaskKeys.of(taskId, subtaskIndex);
    }
}

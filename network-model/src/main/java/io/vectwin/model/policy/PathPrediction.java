package io.vectwin.model.policy;

import io.vectwin.model.mec.OffloadPath;

/**
 * What {@link PredictionSession#predict} expects of one subtask sent along one path.
 *
 * @param path           the path
 * @param txPowerW       the vehicle power the prediction used (the request, capped at P_max,v)
 * @param latencyS       L of eq. (6)–(7) with the processing node's queue, in (0, +∞]
 * @param vehicleEnergyJ E_v = P_v·D/R of the vehicle's hop, in [0, +∞]
 * @param qos            raw QoS of eq. (48), in [−∞, +∞)
 * @param processingCpuHz the processing node's frequency the request asked for (0: its available one)
 */
public record PathPrediction(OffloadPath path, double txPowerW, double latencyS, double vehicleEnergyJ, double qos,
        double processingCpuHz) {

    /** This prediction as the decision for subtask {@code subtaskIndex}. */
    public SubtaskDecision decisionFor(int subtaskIndex) {
        return decisionFor(subtaskIndex, 1);
    }

    /** The decision for segment {@code subtaskIndex} of a task cut into m segments per subtask (eq. 58's D_{i,j}). */
    public SubtaskDecision decisionFor(int subtaskIndex, int segmentsPerSubtask) {
        return new SubtaskDecision(subtaskIndex, path, txPowerW, latencyS, vehicleEnergyJ, qos, processingCpuHz,
                segmentsPerSubtask);
    }
}

package io.vectwin.model.policy;

import io.vectwin.model.mec.ExtendedReal;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.Require;

/**
 * A policy's decision for one subtask, with what the policy expects of it on the mean channel
 * (the twin's estimate ô(t) that the outcome o(t) is later compared with, eq. 74).
 *
 * @param subtaskIndex      the subtask's index in its task as the vehicle segmented it: j·m + p for
 *                          segment p of issued subtask j ({@link TaskSegmentation}), j when m = 1
 * @param path              first hop, forwarding nodes, processing node
 * @param txPowerW          P_v^{i,j}, the vehicle's transmit power (W, &gt; 0)
 * @param predictedLatencyS predicted L^{i,j} (s), in (0, +∞]; +∞ when a hop is closed
 * @param predictedEnergyJ  predicted E_v^{i,j} = P_v·D/R (J), in [0, +∞]
 * @param predictedQos      predicted raw QoS of eq. (48), in [−∞, +∞)
 * @param processingCpuHz   f_cpu the processing node's agent chose (eq. 60/62; Hz, ≥ 0), 0 when the
 *                          policy leaves the node at its available frequency
 * @param segmentsPerSubtask m, how many equal segments the vehicle cut every subtask of the task
 *                          into (D_{i,j} of eq. 58, {@link TaskSegmentation}); the same for all
 *                          decisions of a task; 1 = offloaded as issued
 */
public record SubtaskDecision(int subtaskIndex, OffloadPath path, double txPowerW, double predictedLatencyS,
        double predictedEnergyJ, double predictedQos, double processingCpuHz, int segmentsPerSubtask) {

    /** A decision for a task offloaded as issued (m = 1). */
    public SubtaskDecision(int subtaskIndex, OffloadPath path, double txPowerW, double predictedLatencyS,
            double predictedEnergyJ, double predictedQos, double processingCpuHz) {
        this(subtaskIndex, path, txPowerW, predictedLatencyS, predictedEnergyJ, predictedQos, processingCpuHz, 1);
    }

    /** A decision that leaves the processing node at its available frequency. */
    public SubtaskDecision(int subtaskIndex, OffloadPath path, double txPowerW, double predictedLatencyS,
            double predictedEnergyJ, double predictedQos) {
        this(subtaskIndex, path, txPowerW, predictedLatencyS, predictedEnergyJ, predictedQos, 0.0);
    }

    public SubtaskDecision {
        Require.nonNegative("decision.subtaskIndex", subtaskIndex);
        Require.notNull("decision.path", path);
        Require.positive("decision.txPowerW", txPowerW);
        ExtendedReal.requirePositive("decision.predictedLatencyS", predictedLatencyS);
        ExtendedReal.requireNonNegative("decision.predictedEnergyJ", predictedEnergyJ);
        ExtendedReal.requireBelowPositiveInfinity("decision.predictedQos", predictedQos);
        Require.nonNegative("decision.processingCpuHz", processingCpuHz);
        TaskSegmentation.problem(segmentsPerSubtask).ifPresent(reason -> {
            throw new IllegalArgumentException("decision." + reason);
        });
    }
}

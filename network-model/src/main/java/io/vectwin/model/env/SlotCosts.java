package io.vectwin.model.env;

import io.vectwin.model.mec.Objective;
import io.vectwin.model.mec.SubtaskCost;
import io.vectwin.model.params.QosParameters;
import java.util.List;

/**
 * The slot's costs over all its subtasks, as the vehicles issued them (a segmented subtask counted
 * once, {@link IssuedSubtasks}).
 *
 * @param subtasks           subtasks requested this slot
 * @param decided            subtasks that got a decision
 * @param deadlineMet        subtasks that met ϱ
 * @param closedOrUndecided  subtasks whose latency is +∞ (a closed link, or no decision)
 * @param meanLatencyS       mean latency over subtasks with a finite latency (NaN-free: 0 when none)
 * @param vehicleEnergyJ     total vehicle transmit energy over subtasks with a finite energy
 * @param meanQos            mean raw QoS (eq. 48) over subtasks with a finite latency (0 when none)
 * @param objective          eq. (38) over all decided subtasks; +∞ when any decided subtask's link was closed
 */
public record SlotCosts(int subtasks, int decided, int deadlineMet, int closedOrUndecided, double meanLatencyS,
        double vehicleEnergyJ, double meanQos, double objective) {

    static SlotCosts of(List<SubtaskOutcome> outcomes, QosParameters qos) {
        int decided = 0;
        int met = 0;
        int infinite = 0;
        int finite = 0;
        double latency = 0;
        double energy = 0;
        double qosSum = 0;
        List<SubtaskCost> costs = new java.util.ArrayList<>();
        for (SubtaskOutcome o : outcomes) {
            if (o.path().isPresent()) {
                decided++;
                costs.add(new SubtaskCost(o.priority(), o.latencyS(), o.vehicleEnergyJ(), o.qos()));
            }
            if (o.deadlineMet()) {
                met++;
            }
            if (Double.isFinite(o.latencyS())) {
                finite++;
                latency += o.latencyS();
                qosSum += o.qos();
            } else {
                infinite++;
            }
            if (Double.isFinite(o.vehicleEnergyJ())) {
                energy += o.vehicleEnergyJ();
            }
        }
        double objective = costs.isEmpty() ? 0.0 : Objective.value(costs, qos);
        return new SlotCosts(outcomes.size(), decided, met, infinite, finite == 0 ? 0.0 : latency / finite, energy,
                finite == 0 ? 0.0 : qosSum / finite, objective);
    }

    /** Fraction of the slot's subtasks that met their deadline (1 when there were none). */
    public double deadlineMetFraction() {
        return subtasks == 0 ? 1.0 : deadlineMet / (double) subtasks;
    }
}

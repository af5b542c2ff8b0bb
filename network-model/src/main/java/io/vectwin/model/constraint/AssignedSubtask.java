package io.vectwin.model.constraint;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.ExtendedReal;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.params.Require;
import java.util.Arrays;
import java.util.Objects;

/**
 * One subtask of a joint decision, where it was sent and what that cost.
 *
 * @param vehicle        the vehicle that issued it
 * @param taskId         its task
 * @param subtask        the subtask itself (index, C, D, …)
 * @param path           its route: first hop (Γ_{v,b} / Γ_{v,u} = 1), forwarders, processing node
 * @param txPowerW       the vehicle's transmit power p_v^{i,j} (W)
 * @param hopRatesBps    the rate of every hop of {@code path.hops(vehicle)}, in order (bit/s); ≤ 0 marks a
 *                       closed link; copied on the way in and out
 * @param latencyS       L_{i,j} (s), in (0, +∞]
 * @param vehicleEnergyJ E_v^{i,j} (J), in [0, +∞]
 * @param qos            Q_{i,j}, raw (eq. 48) or normalised (eq. 93): C10 gives the same verdict on both
 */
public record AssignedSubtask(
        EntityId vehicle,
        String taskId,
        Subtask subtask,
        OffloadPath path,
        double txPowerW,
        double[] hopRatesBps,
        double latencyS,
        double vehicleEnergyJ,
        double qos) {

    public AssignedSubtask {
        Require.notNull("assignment.vehicle", vehicle);
        if (vehicle.kind() != EntityKind.VEHICLE) {
            throw new IllegalArgumentException("assignment.vehicle must be a vehicle id, got " + vehicle);
        }
        Require.notNull("assignment.taskId", taskId);
        if (taskId.isBlank()) {
            throw new IllegalArgumentException("assignment.taskId must not be blank");
        }
        Require.notNull("assignment.subtask", subtask);
        Require.notNull("assignment.path", path);
        Require.nonNegative("assignment.txPowerW", txPowerW);
        Require.notNull("assignment.hopRatesBps", hopRatesBps);
        hopRatesBps = hopRatesBps.clone();
        if (hopRatesBps.length != path.nodes().size()) {
            throw new IllegalArgumentException("assignment.hopRatesBps must hold one rate per hop of " + path
                    + " (" + path.nodes().size() + "), got " + hopRatesBps.length);
        }
        for (double rate : hopRatesBps) {
            if (Double.isNaN(rate)) {
                throw new IllegalArgumentException("assignment.hopRatesBps must not contain NaN");
            }
        }
        ExtendedReal.requirePositive("assignment.latencyS", latencyS);
        ExtendedReal.requireNonNegative("assignment.vehicleEnergyJ", vehicleEnergyJ);
        ExtendedReal.requireBelowPositiveInfinity("assignment.qos", qos);
    }

    @Override
    public double[] hopRatesBps() {
        return hopRatesBps.clone();
    }

    /** {@code taskId#j}: identifies the subtask within its vehicle. */
    public String subtaskKey() {
        return taskId + "#" + subtask.index();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssignedSubtask a
                && vehicle.equals(a.vehicle) && taskId.equals(a.taskId) && subtask.equals(a.subtask)
                && path.equals(a.path) && Double.compare(txPowerW, a.txPowerW) == 0
                && Arrays.equals(hopRatesBps, a.hopRatesBps) && Double.compare(latencyS, a.latencyS) == 0
                && Double.compare(vehicleEnergyJ, a.vehicleEnergyJ) == 0 && Double.compare(qos, a.qos) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vehicle, taskId, subtask, path, txPowerW, Arrays.hashCode(hopRatesBps), latencyS,
                vehicleEnergyJ, qos);
    }

    @Override
    public String toString() {
        return "AssignedSubtask[" + vehicle + " " + subtaskKey() + " via " + path + ", txPowerW=" + txPowerW
                + ", hopRatesBps=" + Arrays.toString(hopRatesBps) + ", latencyS=" + latencyS
                + ", vehicleEnergyJ=" + vehicleEnergyJ + ", qos=" + qos + "]";
    }
}

package io.vectwin.model.policy;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a policy sees when it decides one task request: the task, the twin's view of the issuing
 * vehicle, and the twin's view of every BS and UAV (from telemetry, or predicted by the LSTM) and,
 * for policies whose node agents need them (a BS's state, eq. 61, ranks the vehicles it can hear),
 * of the other vehicles.
 *
 * <p>A vehicle's {@code motion().position()} is the terrain point it drives on; its antenna is
 * {@code radio.vehicleAntennaHeightM()} above (see {@link Antennas}). BS and UAV positions are
 * their antennas.
 *
 * @param task       the request to decide
 * @param vehicle    the issuing vehicle; its id must be {@code task.vehicle()}
 * @param edgeNodes  every BS and UAV the subtasks may use, each once; copied, never empty
 * @param nowSeconds the simulation time of the decision (s, finite, ≥ 0). Predicted latencies count
 *                   from the decision, as the environment counts them from the slot start; the
 *                   greedy and random policies do not read the clock, policies that learn from it may
 * @param otherVehicles the other vehicles the twin knows, each once, never the issuing one; copied,
 *                   may be empty (a twin that does not share vehicles between them)
 */
public record DecisionContext(TaskRequest task, EntityState vehicle, List<EntityState> edgeNodes, double nowSeconds,
        List<EntityState> otherVehicles) {

    /** A context without other vehicles. */
    public DecisionContext(TaskRequest task, EntityState vehicle, List<EntityState> edgeNodes, double nowSeconds) {
        this(task, vehicle, edgeNodes, nowSeconds, List.of());
    }

    public DecisionContext {
        Require.notNull("context.task", task);
        Require.notNull("context.vehicle", vehicle);
        Require.notNull("context.edgeNodes", edgeNodes);
        if (!task.vehicle().equals(vehicle.id())) {
            throw new IllegalArgumentException("context.vehicle is " + vehicle.id() + " but task " + task.taskId()
                    + " was issued by " + task.vehicle());
        }
        edgeNodes = List.copyOf(edgeNodes);
        if (edgeNodes.isEmpty()) {
            throw new IllegalArgumentException("context.edgeNodes must not be empty: a subtask needs a BS or UAV");
        }
        Set<EntityId> seen = new HashSet<>();
        for (EntityState node : edgeNodes) {
            if (!node.id().kind().isEdgeNode()) {
                throw new IllegalArgumentException("context.edgeNodes may hold only BSs and UAVs, got " + node.id());
            }
            if (!seen.add(node.id())) {
                throw new IllegalArgumentException("context.edgeNodes lists " + node.id() + " twice");
            }
        }
        Require.nonNegative("context.nowSeconds", nowSeconds);
        Require.notNull("context.otherVehicles", otherVehicles);
        otherVehicles = List.copyOf(otherVehicles);
        for (EntityState other : otherVehicles) {
            if (other.id().kind().isEdgeNode() || other.id().equals(vehicle.id()) || !seen.add(other.id())) {
                throw new IllegalArgumentException("context.otherVehicles must list other vehicles, each once; got "
                        + other.id());
            }
        }
    }
}

package io.vectwin.model.policy;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.JointAction;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.SubtaskAssignment;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.Require;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives a {@link io.vectwin.model.env.VecEnvironment} with an {@link OffloadingPolicy}: one
 * {@link DecisionContext} per pending task of an {@link Observation}, and the decisions gathered
 * into the slot's {@link JointAction}. Every task of the slot sees the observation's node states:
 * like the Flink job, which decides each request on the twin's current view, a policy learns of
 * other vehicles' work only through the nodes' reported queues.
 */
public final class EnvironmentBridge {

    private EnvironmentBridge() {
    }

    /** The context of every pending task of {@code observation}, in its task order; edge nodes UAVs first, then BSs. */
    public static List<DecisionContext> contexts(Observation observation) {
        Require.notNull("observation", observation);
        Map<EntityId, EntityState> vehicles = new HashMap<>();
        for (EntityState v : observation.vehicles()) {
            vehicles.put(v.id(), v);
        }
        List<EntityState> edgeNodes = new ArrayList<>(observation.uavs());
        edgeNodes.addAll(observation.baseStations());
        List<DecisionContext> out = new ArrayList<>(observation.pendingTasks().size());
        for (TaskRequest task : observation.pendingTasks()) {
            EntityState vehicle = vehicles.get(task.vehicle());
            if (vehicle == null) {
                throw new IllegalArgumentException("task " + task.taskId() + " comes from " + task.vehicle()
                        + ", which the observation does not list");
            }
            List<EntityState> others = new ArrayList<>(observation.vehicles().size());
            for (EntityState v : observation.vehicles()) {
                if (!v.id().equals(vehicle.id())) {
                    others.add(v);
                }
            }
            out.add(new DecisionContext(task, vehicle, edgeNodes, observation.timeSeconds(), others));
        }
        return out;
    }

    /**
     * {@code policy}'s decision for every pending subtask of {@code observation} — segmented as the
     * decisions say (eq. 58's D_{i,j}) — without node controls.
     */
    public static JointAction jointAction(OffloadingPolicy policy, Observation observation) {
        Require.notNull("policy", policy);
        List<SubtaskAssignment> assignments = new ArrayList<>();
        Map<String, Integer> segments = new HashMap<>();
        for (DecisionContext context : contexts(observation)) {
            String taskId = context.task().taskId();
            for (SubtaskDecision d : policy.decide(context)) {
                assignments.add(new SubtaskAssignment(taskId, d.subtaskIndex(), d.path(), d.txPowerW()));
                if (d.segmentsPerSubtask() != 1) {
                    segments.put(taskId, d.segmentsPerSubtask());
                }
            }
        }
        return new JointAction(assignments, Map.of(), segments);
    }
}

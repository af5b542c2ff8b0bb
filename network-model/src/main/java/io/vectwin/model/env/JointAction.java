package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.Require;
import java.util.List;
import java.util.Map;

/**
 * The joint action a = a_v ∪ a_u ∪ a_b of eq. (38) for one slot: one assignment per subtask the
 * policy decided, optional controls of the edge nodes, and the vehicles' segment choices (D_{i,j} of
 * eq. 58): task id → m, the number of equal segments every subtask of that task is cut into
 * ({@link TaskSegmentation}); a task not listed is offloaded as issued (m = 1). The assignments of a
 * segmented task address its segments (index j·m + p).
 */
public record JointAction(List<SubtaskAssignment> assignments, Map<EntityId, NodeControl> nodeControls,
        Map<String, Integer> segmentsPerSubtask) {

    public JointAction {
        assignments = List.copyOf(Require.notNull("action.assignments", assignments));
        nodeControls = Map.copyOf(Require.notNull("action.nodeControls", nodeControls));
        for (Map.Entry<EntityId, NodeControl> e : nodeControls.entrySet()) {
            if (!e.getKey().equals(e.getValue().node())) {
                throw new IllegalArgumentException("action.nodeControls[" + e.getKey() + "] controls " + e.getValue().node());
            }
        }
        segmentsPerSubtask = Map.copyOf(Require.notNull("action.segmentsPerSubtask", segmentsPerSubtask));
        segmentsPerSubtask.forEach((task, m) -> TaskSegmentation.problem(m).ifPresent(reason -> {
            throw new IllegalArgumentException("action.segmentsPerSubtask[" + task + "]: " + reason);
        }));
    }

    /** Every task offloaded as issued. */
    public JointAction(List<SubtaskAssignment> assignments, Map<EntityId, NodeControl> nodeControls) {
        this(assignments, nodeControls, Map.of());
    }

    public static JointAction of(List<SubtaskAssignment> assignments) {
        return new JointAction(assignments, Map.of());
    }

    /** m of task {@code taskId}: 1 unless the action segments it. */
    public int segmentsPerSubtask(String taskId) {
        return segmentsPerSubtask.getOrDefault(taskId, 1);
    }
}

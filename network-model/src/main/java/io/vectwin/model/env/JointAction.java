package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.Require;
import java.util.List;
import java.util.Map;

/**
 * The joint action a = a_v ∪ a_u ∪ a_b of eq. (38) for one slot: one assignment per subtask the
 * policy decided, and optional controls of the edge nodes.
 */
public record JointAction(List<SubtaskAssignment> assignments, Map<EntityId, NodeControl> nodeControls) {

    public JointAction {
        assignments = List.copyOf(Require.notNull("action.assignments", assignments));
        nodeControls = Map.copyOf(Require.notNull("action.nodeControls", nodeControls));
        for (Map.Entry<EntityId, NodeControl> e : nodeControls.entrySet()) {
            if (!e.getKey().equals(e.getValue().node())) {
                throw new IllegalArgumentException("action.nodeControls[" + e.getKey() + "] controls " + e.getValue().node());
            }
        }
    }

    public static JointAction of(List<SubtaskAssignment> assignments) {
        return new JointAction(assignments, Map.of());
    }
}

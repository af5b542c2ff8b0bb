package io.vectwin.model.env;

import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.Require;

/**
 * The decision for one subtask: where it goes first, where it is forwarded, where it is
 * processed (the path), and the vehicle's transmit power P_v^{i,j} (eq. 58).
 */
public record SubtaskAssignment(String taskId, int subtaskIndex, OffloadPath path, double txPowerW) {

    public SubtaskAssignment {
        Require.notNull("assignment.taskId", taskId);
        Require.nonNegative("assignment.subtaskIndex", subtaskIndex);
        Require.notNull("assignment.path", path);
        Require.positive("assignment.txPowerW", txPowerW);
    }

    /** The key "taskId#index" that identifies a subtask within a slot. */
    public String subtaskKey() {
        return SubtaskKeys.of(taskId, subtaskIndex);
    }
}

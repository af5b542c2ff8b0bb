package io.vectwin.ingest.avro;

import io.vectwin.model.env.SubtaskAssignment;
import java.util.Objects;

/**
 * The result of reading an {@code OffloadingDecision} as a {@link SubtaskAssignment}: either the
 * assignment, or the reason the decision cannot be executed. A malformed decision is data, not
 * an exception, because the simulator must turn it into a failed outcome, never crash on it.
 */
public sealed interface DecisionConversion permits DecisionConversion.Accepted, DecisionConversion.Rejected {

    /**
     * The decision is well formed; whether the environment can execute it is asked separately.
     *
     * @param processingCpuHz    the frequency asked of the processing node (Hz, ≥ 0; 0: its available one)
     * @param segmentsPerSubtask m, how many segments the vehicle cut every subtask of the task into
     *                           (eq. 58's D_{i,j}; in [1, 64]); the assignment addresses a segment
     */
    record Accepted(SubtaskAssignment assignment, double processingCpuHz, int segmentsPerSubtask)
            implements DecisionConversion {
        public Accepted {
            Objects.requireNonNull(assignment, "assignment");
        }
    }

    /** The decision is malformed, for {@code reason}. */
    record Rejected(String reason) implements DecisionConversion {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

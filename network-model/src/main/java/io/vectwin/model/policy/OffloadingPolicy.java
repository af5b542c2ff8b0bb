package io.vectwin.model.policy;

import java.util.List;

/**
 * Decides where the subtasks of one task request go: the a_v part of the joint action of
 * eq. (38) and (58) — for each subtask one {@link io.vectwin.model.mec.OffloadPath} (which fixes
 * its single first hop, C2) and the vehicle's transmit power.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>{@link #decide} returns exactly one decision per subtask of {@code context.task()} as the
 *       vehicle segments it (D_{i,j} of eq. 58): all decisions carry the same
 *       {@link SubtaskDecision#segmentsPerSubtask m}, there are m times as many as the task has
 *       subtasks, in index order (element k has {@code subtaskIndex() == k}, segment k of
 *       {@link io.vectwin.model.mec.TaskSegmentation#split}); every path uses only nodes of
 *       {@code context.edgeNodes()}. A policy without the segment choice returns m = 1.</li>
 *   <li>Deterministic: the same seed (where the policy has one) and the same sequence of
 *       contexts give the same decisions.</li>
 *   <li>It keeps no reference to the context, nor to anything reachable from it, after
 *       {@link #decide} returns.</li>
 *   <li>Not thread-safe: one thread at a time uses an instance (a Flink operator holds one per
 *       parallel subtask).</li>
 * </ul>
 */
public interface OffloadingPolicy {

    /** The policy's registry name, e.g. "greedy" (see {@link Policies}). */
    String name();

    /**
     * The version of the parameters this policy decides with (e.g. a hash of its model file), which
     * every decision names; empty for a policy without trained parameters (greedy, random).
     */
    default String modelVersion() {
        return "";
    }

    /**
     * Whether it reads {@link DecisionContext#otherVehicles()} (a BS agent ranking the vehicles it
     * hears, eq. 61): a twin that does not share every vehicle's state with the deciding operator
     * may then leave the list empty.
     */
    default boolean readsOtherVehicles() {
        return false;
    }

    /** One decision per subtask of {@code context.task()} as the vehicle segments it, in index order. */
    List<SubtaskDecision> decide(DecisionContext context);
}

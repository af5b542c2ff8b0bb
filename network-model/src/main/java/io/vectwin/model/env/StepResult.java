package io.vectwin.model.env;

import io.vectwin.model.constraint.ConstraintCheck;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mdp.AdjustedReward;
import java.util.List;
import java.util.Map;

/**
 * What one slot produced: the outcome of every subtask (every segment, where a vehicle cut its
 * subtasks; eq. 58's D_{i,j}) and, merged, of every subtask as the vehicles issued it
 * ({@link IssuedSubtasks}), what each node did, the slot's costs, the C1–C20 checks of the joint
 * decision, each agent's reward (Algorithm 3's adjusted reward), and the observation of the next slot.
 */
public record StepResult(int slot, List<SubtaskOutcome> outcomes, List<SubtaskOutcome> issuedOutcomes,
        Map<EntityId, NodeUsage> nodeUsage, SlotCosts costs,
        List<ConstraintCheck> constraints, Map<EntityId, AdjustedReward> rewards, Observation next) {

    public StepResult {
        outcomes = List.copyOf(outcomes);
        issuedOutcomes = List.copyOf(issuedOutcomes);
        nodeUsage = Map.copyOf(nodeUsage);
        constraints = List.copyOf(constraints);
        rewards = Map.copyOf(rewards);
    }

    /** Sum of all agents' adjusted rewards, eq. (63) with Algorithm 3's adjustment. */
    public double totalReward() {
        return rewards.values().stream().mapToDouble(AdjustedReward::adjusted).sum();
    }
}

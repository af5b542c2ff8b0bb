package io.vectwin.model.mdp;

import io.vectwin.model.params.Require;

/**
 * Algorithm 3, lines 17–21: the reward of an agent after incentives and penalties,
 * R_x^adj = R_x + I_x − P_x. (The paper's text prints "R_x + I_x P_x"; the minus sign was lost
 * in typesetting: a penalty that is added, or multiplied by the incentive, would reward
 * violating constraints or vanish with the incentive.)
 *
 * @param reward    R_x, the agent's reward of eq. (64), (65) or (68)
 * @param incentive I_x of {@link IncentivePenalty#incentive}
 * @param penalty   P_x of {@link IncentivePenalty#penalty}
 */
public record AdjustedReward(double reward, double incentive, double penalty) {

    public AdjustedReward {
        Checks.finite("reward", reward);
        Require.nonNegative("incentive", incentive);
        Require.nonNegative("penalty", penalty);
    }

    /** R + I − P for an agent whose reward is {@code reward} and whose outcome was {@code outcome}. */
    public static AdjustedReward of(double reward, AgentOutcome outcome, IncentivePenalty functions) {
        Require.notNull("functions", functions);
        return new AdjustedReward(reward, functions.incentive(outcome), functions.penalty(outcome));
    }

    /** R_x^adj = R_x + I_x − P_x. */
    public double adjusted() {
        return reward + incentive - penalty;
    }
}

package io.vectwin.quantum.training;

/**
 * One experience (s_x(t), a_x(t), r_x(t), s_x(t+1)) of Algorithm 2, line 12, with what the
 * off-policy update and Algorithm 3 need besides.
 *
 * @param criticState  s as the critic reads it (the agent's encoded MDP state)
 * @param actorInput   s as the circuit reads it (fitted to its input length)
 * @param action       a, the action index taken
 * @param behaviour    μ(a|s), its probability under the ε-greedy behaviour policy when taken
 * @param allowed      the actions that were allowed in s (null: all)
 * @param reward       r, the agent's adjusted reward R + I − P (Algorithm 3, line 21)
 * @param nextCriticState s' as the critic reads it
 * @param terminal     whether s' ended the episode (t = T): the target then has no γ·C(s') term
 * @param nashAction   a*_x of Algorithm 3 for this decision, or −1 when none was computed
 */
public record Transition(double[] criticState, double[] actorInput, int action, double behaviour, boolean[] allowed,
        double reward, double[] nextCriticState, boolean terminal, int nashAction) {

    public Transition {
        if (!(behaviour > 0 && behaviour <= 1)) {
            throw new IllegalArgumentException("behaviour probability must lie in (0, 1], got " + behaviour);
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward must be finite, got " + reward);
        }
    }

    public Transition withNext(double[] next, boolean isTerminal) {
        return new Transition(criticState, actorInput, action, behaviour, allowed, reward, next, isTerminal, nashAction);
    }
}

package io.vectwin.quantum.training;

/**
 * One experience (s_x(t), a_x(t), r_x(t), s_x(t+1)) of Algorithm 2, line 12, with what the
 * off-policy updates and Algorithm 3 need besides.
 *
 * @param state        s, the agent's encoded MDP state
 * @param action       a as an index, or −1 for a vector action
 * @param actionVector a as a vector (continuous learners), or null
 * @param behaviour    μ(a|s), the probability of the index under the policy that acted (1 for vectors)
 * @param allowed      the actions that were allowed in s (null: all)
 * @param reward       r, the agent's adjusted reward R + I − P (Algorithm 3, line 21)
 * @param nextState    s'
 * @param terminal     whether s' ended the episode (t = T): a target then has no γ term
 * @param nashAction   a*_x of Algorithm 3 for this decision, or −1 when none was computed
 */
public record Transition(double[] state, int action, double[] actionVector, double behaviour, boolean[] allowed,
        double reward, double[] nextState, boolean terminal, int nashAction) {

    public Transition {
        if (!(behaviour > 0 && behaviour <= 1)) {
            throw new IllegalArgumentException("behaviour probability must lie in (0, 1], got " + behaviour);
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward must be finite, got " + reward);
        }
    }

    /** The transition of {@code act} with its outcome. */
    public static Transition of(AgentAct act, double reward, double[] nextState, boolean terminal, int nashAction) {
        return new Transition(act.state(), act.index(), act.vector(), act.behaviour(), act.allowed(), reward, nextState,
                terminal, nashAction);
    }
}

package io.vectwin.quantum.training;

/**
 * One decision of an {@link AgentBrain}: either an index of the agent type's discrete action space
 * or a vector laid out as the paper's action encodings (eq. 58, 60, 62; {@code VehicleAction},
 * {@code UavAction}, {@code BsAction}), for a learner with continuous actions.
 *
 * @param state     the encoded MDP state the decision was made in
 * @param index     the discrete action, or −1 for a vector action
 * @param vector    the action vector, or null for a discrete action
 * @param behaviour the probability the acting policy gave this discrete action (1 for a vector action)
 * @param allowed   the discrete actions that were allowed (null: all)
 */
public record AgentAct(double[] state, int index, double[] vector, double behaviour, boolean[] allowed) {

    public static AgentAct discrete(double[] state, int index, double behaviour, boolean[] allowed) {
        return new AgentAct(state, index, null, behaviour, allowed);
    }

    public static AgentAct continuous(double[] state, double[] vector) {
        return new AgentAct(state, -1, vector, 1.0, null);
    }

    public boolean isDiscrete() {
        return vector == null;
    }
}

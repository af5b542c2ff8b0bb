package io.vectwin.quantum.training;

import io.vectwin.model.geometry.EntityId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How one agent type (vehicle, UAV or BS) acts and learns, as the multi-agent training loop drives
 * it: Algorithm 2's quantum actor and critic ({@link QuantumAgent}), or a classical baseline (PPO,
 * DDPG). One brain serves every agent of its type (they share a policy, as Algorithm 2's Π_θx is
 * per type).
 */
public interface AgentBrain {

    /** "vehicle", "uav" or "bs": names its files. */
    String name();

    /**
     * An action for the encoded MDP state {@code state}.
     *
     * @param allowed the discrete actions that may be taken (null: all); a brain that acts with a
     *                vector leaves masking to the vector's decoder
     * @param epsilon the exploration level of the episode, in [0, 1] (0: act greedily, no exploration)
     */
    AgentAct act(double[] state, boolean[] allowed, double epsilon, RandomGenerator rng);

    /**
     * {@link #act} for several states at once, in order (a learner with a network evaluates them in one
     * batch); the draws are made in the order of the states.
     */
    default List<AgentAct> actAll(List<double[]> states, List<boolean[]> allowed, double epsilon, RandomGenerator rng) {
        List<AgentAct> out = new ArrayList<>(states.size());
        for (int k = 0; k < states.size(); k++) {
            out.add(act(states.get(k), allowed.get(k), epsilon, rng));
        }
        return out;
    }

    /**
     * What {@code act} of agent {@code agent} led to, once its slot ran: the agent's reward, its next
     * state, and a* where known (else −1). Calls come in the order the decisions were made.
     */
    void observe(EntityId agent, AgentAct act, double reward, double[] nextState, boolean terminal, int nashAction);

    /** Learning after every time step (off-policy learners). */
    UpdateStats afterStep(RandomGenerator rng);

    /** Learning after every episode (on-policy learners). */
    UpdateStats afterEpisode(RandomGenerator rng);

    /** Writes everything needed to continue training exactly, as files named after {@link #name()} in {@code dir}. */
    void save(Path dir) throws IOException;

    /** Replaces this brain's state with what {@link #save} wrote in {@code dir}. */
    void restore(Path dir) throws IOException;

    /** Writes the deployable policy (the actor) into {@code dir}; returns its file. */
    Path writePolicy(Path dir) throws IOException;

    /**
     * Replaces the actor with the policy {@link #writePolicy} wrote in {@code dir}, and nothing else:
     * enough to act (evaluation), not to continue training (that is {@link #restore}).
     */
    void readPolicy(Path dir) throws IOException;
}

package io.vectwin.quantum.training;

import io.vectwin.model.geometry.EntityId;
import java.util.random.RandomGenerator;

/**
 * The off-policy half of an {@link AgentBrain} shared by Algorithm 2's quantum agents and DDPG:
 * every decision's outcome goes to a replay D_x (line 12), and once D_x holds a minibatch each
 * update draws one (line 13) and hands it to {@link #update}; nothing happens between episodes.
 */
abstract class ReplayLearner implements AgentBrain {

    protected final LearningSettings settings;
    protected final ReplayBuffer replay;

    ReplayLearner(LearningSettings settings) {
        this.settings = settings;
        this.replay = new ReplayBuffer(settings.replayCapacity());
    }

    public ReplayBuffer replay() {
        return replay;
    }

    /** Line 12. */
    @Override
    public void observe(EntityId agent, AgentAct act, double reward, double[] nextState, boolean terminal, int nashAction) {
        replay.add(Transition.of(act, reward, nextState, terminal, nashAction));
    }

    /** Line 13, then the learner's own update; nothing until the replay holds a full minibatch. */
    @Override
    public UpdateStats afterStep(RandomGenerator rng) {
        if (replay.size() < settings.batchSize()) {
            return UpdateStats.NONE;
        }
        return update(Minibatch.of(replay.sample(settings.batchSize(), rng)));
    }

    @Override
    public UpdateStats afterEpisode(RandomGenerator rng) {
        return UpdateStats.NONE;
    }

    /** One update on {@code batch}. */
    protected abstract UpdateStats update(Minibatch batch);
}

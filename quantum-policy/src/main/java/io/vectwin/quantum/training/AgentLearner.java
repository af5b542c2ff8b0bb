package io.vectwin.quantum.training;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One agent type's learner in Algorithm 2: its quantum actor Π_θx, critic C_φx with target C_φ'x
 * and replay D_x, and the update of lines 13–15 with Algorithm 3's pull towards the equilibrium.
 *
 * <h2>One update (a minibatch B from D_x)</h2>
 * <ol>
 *   <li>Line 14: y = r + γ·C_φ'(s') (no γ term at an episode's end); one Adam step of C_φ on
 *       (y − C_φ(s))²; then φ' ← τ·φ + (1 − τ)·φ'.</li>
 *   <li>Line 15: gradient ascent on J(Π_θ). Line 15 prints the deterministic policy gradient
 *       ∇_a Q·∇_θ Π, which needs a continuous action and a Q critic; our actions are the discrete
 *       outcomes of a measurement (eq. 85, 88) and the critic of line 14 is a state value, so we take
 *       the policy-gradient theorem's discrete counterpart with the TD advantage
 *       A = y − C_φ(s) as the critic's signal:
 *       ∇J ≈ (1/B)·Σ ρ·A·∇_θ log Π_θ(a|s), where ρ = min(1, Π_θ(a|s)/μ(a|s)) is the truncated
 *       importance weight that corrects for replayed actions having been drawn by the ε-greedy
 *       behaviour μ of an older policy.</li>
 *   <li>Algorithm 3, line 15 ("update Π_θx based on a*"): where the transition carries the
 *       equilibrium action a*, the ascent adds β·(1/B)·Σ ∇_θ log Π_θ(a*|s), which raises the
 *       probability the policy gives to the Nash best response (β = {@code nashWeight}).</li>
 * </ol>
 */
public final class AgentLearner {

    private final String name;
    private final QuantumActor actor;
    private final ValueCritic critic;
    private final ReplayBuffer replay;
    private final LearningSettings settings;

    public AgentLearner(String name, QuantumActor actor, ValueCritic critic, ReplayBuffer replay,
            LearningSettings settings) {
        this.name = name;
        this.actor = actor;
        this.critic = critic;
        this.replay = replay;
        this.settings = settings;
    }

    public String name() {
        return name;
    }

    public QuantumActor actor() {
        return actor;
    }

    public ValueCritic critic() {
        return critic;
    }

    public ReplayBuffer replay() {
        return replay;
    }

    /** Line 12. */
    public void remember(Transition t) {
        replay.add(t);
    }

    /** Lines 13–15 on one minibatch; nothing until the replay holds a full minibatch. */
    public UpdateStats update(RandomGenerator rng) {
        if (replay.size() < settings.batchSize()) {
            return UpdateStats.NONE;
        }
        List<Transition> batch = replay.sample(settings.batchSize(), rng);
        int n = batch.size();
        double[][] states = new double[n][];
        double[][] next = new double[n][];
        for (int k = 0; k < n; k++) {
            states[k] = batch.get(k).criticState();
            next[k] = batch.get(k).nextCriticState();
        }
        double[] value = critic.values(states);
        double[] nextValue = critic.targetValues(next);
        double[] target = new double[n];
        double squaredError = 0;
        for (int k = 0; k < n; k++) {
            Transition t = batch.get(k);
            target[k] = t.reward() + (t.terminal() ? 0.0 : settings.gamma() * nextValue[k]);
            squaredError += (target[k] - value[k]) * (target[k] - value[k]);
        }
        critic.fit(states, target);
        critic.updateTarget(settings.tau());

        double[] gradient = new double[actor.parameterCount()];
        for (int k = 0; k < n; k++) {
            Transition t = batch.get(k);
            double advantage = target[k] - value[k];
            double pi = actor.probabilities(t.actorInput())[t.action()];
            double rho = Math.min(1.0, pi / t.behaviour());
            addScaled(gradient, actor.logProbabilityGradient(t.actorInput(), t.action()), rho * advantage / n);
            if (t.nashAction() >= 0 && settings.nashWeight() > 0) {
                addScaled(gradient, actor.logProbabilityGradient(t.actorInput(), t.nashAction()),
                        settings.nashWeight() / n);
            }
        }
        actor.ascend(gradient);
        return new UpdateStats(1, squaredError / n);
    }

    private static void addScaled(double[] into, double[] g, double scale) {
        for (int i = 0; i < into.length; i++) {
            into[i] += scale * g[i];
        }
    }

    /**
     * @param updates   updates made (0 or 1)
     * @param criticMse mean squared TD error of the minibatch before the critic's step
     */
    public record UpdateStats(int updates, double criticMse) {
        public static final UpdateStats NONE = new UpdateStats(0, 0.0);
    }
}

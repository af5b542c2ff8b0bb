package io.vectwin.quantum.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vectwin.quantum.policy.QpnParametersFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One agent type's learner in Algorithm 2: its quantum actor Π_θx, critic C_φx with target C_φ'x
 * and replay D_x, and the update of lines 13–15 with Algorithm 3's pull towards the equilibrium.
 *
 * <h2>Acting</h2>
 * ε-greedy with the actor's p(a|ψ) ({@link QuantumActor#choose}, Sec. VI), on the encoded state
 * zero-padded to the circuit's input (amplitude encoding, eq. 75–79, normalises what is there).
 *
 * <h2>One update (a minibatch B from D_x, after every time step)</h2>
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
public final class QuantumAgent extends ReplayLearner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final QuantumActor actor;
    private ValueCritic critic;

    public QuantumAgent(String name, QuantumActor actor, ValueCritic critic, LearningSettings settings) {
        super(settings);
        this.name = name;
        this.actor = actor;
        this.critic = critic;
    }

    @Override
    public String name() {
        return name;
    }

    public QuantumActor actor() {
        return actor;
    }

    @Override
    public AgentAct act(double[] state, boolean[] allowed, double epsilon, RandomGenerator rng) {
        QuantumActor.Choice c = actor.choose(input(state), allowed, epsilon, rng);
        return AgentAct.discrete(state, c.action(), c.behaviour(), allowed);
    }

    /** Lines 13–15 on one minibatch. */
    @Override
    protected UpdateStats update(Minibatch batch) {
        int n = batch.size();
        double[] value = critic.values(batch.states());
        double[] target = batch.tdTargets(critic.targetValues(batch.nextStates()), settings.gamma());
        double squaredError = Minibatch.meanSquaredError(target, value);
        critic.fit(batch.states(), target);
        critic.updateTarget(settings.tau());

        double[] gradient = new double[actor.parameterCount()];
        for (int k = 0; k < n; k++) {
            Transition t = batch.get(k);
            double[] input = input(t.state());
            double advantage = target[k] - value[k];
            double rho = Math.min(1.0, actor.probabilities(input)[t.action()] / t.behaviour());
            // one adjoint pass for both terms: the score function is linear in its weights
            QuantumActor.Score score = t.nashAction() >= 0 && settings.nashWeight() > 0
                    ? actor.weightedScore(input, new int[] {t.action(), t.nashAction()},
                            new double[] {rho * advantage, settings.nashWeight()})
                    : actor.weightedScore(input, new int[] {t.action()}, new double[] {rho * advantage});
            addScaled(gradient, score.gradient(), 1.0 / n);
        }
        actor.ascend(gradient);
        return new UpdateStats(1, squaredError);
    }

    /** The state zero-padded (or cut) to the circuit's input length. */
    private double[] input(double[] state) {
        return Arrays.copyOf(state, actor.inputLength());
    }

    private static void addScaled(double[] into, double[] g, double scale) {
        for (int i = 0; i < into.length; i++) {
            into[i] += scale * g[i];
        }
    }

    @Override
    public void save(Path dir) throws IOException {
        QpnParametersFile.write(actor.parameters(), dir.resolve(name + ".qpn.json"));
        AdamOptimizer.State s = actor.optimiser().state();
        ObjectNode adam = JSON.createObjectNode();
        adam.put("step", s.step());
        adam.set("m", JSON.valueToTree(s.m()));
        adam.set("v", JSON.valueToTree(s.v()));
        JSON.writeValue(dir.resolve(name + ".adam.json").toFile(), adam);
        critic.save(dir.resolve(name + ".critic.zip"), dir.resolve(name + ".critic-target.zip"));
        replay.write(dir.resolve(name + ".replay.bin"));
    }

    @Override
    public void restore(Path dir) throws IOException {
        actor.setParameters(QpnParametersFile.read(dir.resolve(name + ".qpn.json")));
        JsonNode adam = JSON.readTree(dir.resolve(name + ".adam.json").toFile());
        actor.optimiser().restore(new AdamOptimizer.State(JSON.treeToValue(adam.get("m"), double[].class),
                JSON.treeToValue(adam.get("v"), double[].class), adam.get("step").asLong()));
        critic = ValueCritic.load(dir.resolve(name + ".critic.zip"), dir.resolve(name + ".critic-target.zip"));
        replay.read(dir.resolve(name + ".replay.bin"));
    }

    @Override
    public void readPolicy(Path dir) throws IOException {
        actor.setParameters(QpnParametersFile.read(dir.resolve(name + ".qpn.json")));
    }

    /** {@code NAME.qpn.json}: the actor as a policy file ({@code --policy quantum --model}). */
    @Override
    public Path writePolicy(Path dir) throws IOException {
        Path file = dir.resolve(name + ".qpn.json");
        QpnParametersFile.write(actor.parameters(), file);
        return file;
    }
}

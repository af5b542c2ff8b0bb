package io.vectwin.quantum.training;

import io.vectwin.model.geometry.EntityId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The multi-agent PPO baseline for one agent type (Schulman et al., "Proximal Policy Optimization
 * Algorithms", 2017): a classical softmax actor π(a|s) and a state-value critic V(s) on DL4J, over
 * the same discrete action space as the quantum actor.
 *
 * <h2>Acting</h2>
 * a ~ π(·|s) renormalised over the allowed actions (sampling is PPO's exploration; ε only switches
 * to the most probable action when it is 0, for evaluation).
 *
 * <h2>Update, after every episode, on that episode's rollout</h2>
 * <ul>
 *   <li>Generalised advantage estimation per agent (each vehicle, UAV, BS has its own sequence of
 *       decisions): δ_k = r_k + γ·V(s'_k)·(1 − done_k) − V(s_k),
 *       Â_k = δ_k + γλ·(1 − done_k)·Â_{k+1}; returns R_k = Â_k + V(s_k); advantages standardised over
 *       the rollout.</li>
 *   <li>{@code epochs} passes of {@code minibatches} shuffled minibatches each: the actor descends
 *       −min(ρÂ, clip(ρ, 1 − ε, 1 + ε)·Â) − c_H·H(π(·|s)) with ρ = π(a|s)/π_old(a|s), its gradient with
 *       respect to the probabilities computed here and handed to DL4J ({@link OutputGradientLoss});
 *       the critic regresses V(s) on R.</li>
 * </ul>
 * On-policy: the rollout is dropped after the update, so a checkpoint (taken between episodes) holds
 * no experience.
 */
public final class PpoAgent implements AgentBrain {

    private final String name;
    private final int stateLength;
    private final int actions;
    private final LearningSettings settings;
    private final PpoSettings ppo;
    private MultiLayerNetwork actor;
    private ValueCritic critic;
    private final List<Step> rollout = new ArrayList<>();

    private record Step(EntityId agent, AgentAct act, double reward, double[] next, boolean terminal) {
    }

    public PpoAgent(String name, int stateLength, int actions, LearningSettings settings, PpoSettings ppo, long seed) {
        this.name = name;
        this.stateLength = stateLength;
        this.actions = actions;
        this.settings = settings;
        this.ppo = ppo;
        this.actor = ClassicalNetworks.mlp(stateLength, settings.criticHidden(), actions, Activation.SOFTMAX,
                new OutputGradientLoss(), ppo.learningRate(), seed);
        this.critic = new ValueCritic(stateLength, settings.criticHidden(), settings.criticLearningRate(), seed + 1);
    }

    @Override
    public String name() {
        return name;
    }

    /** π(·|s) renormalised over {@code allowed} (null: all). */
    double[] policy(double[] state, boolean[] allowed) {
        return masked(ClassicalNetworks.rows(actor.output(ClassicalNetworks.matrix(new double[][] {state}, stateLength)))[0],
                allowed);
    }

    @Override
    public AgentAct act(double[] state, boolean[] allowed, double epsilon, RandomGenerator rng) {
        return actAll(List.of(state), java.util.Collections.singletonList(allowed), epsilon, rng).get(0);
    }

    /** One forward pass for all the states, then a draw (or the most probable action at ε = 0) per state. */
    @Override
    public List<AgentAct> actAll(List<double[]> states, List<boolean[]> allowed, double epsilon, RandomGenerator rng) {
        if (states.isEmpty()) {
            return List.of();
        }
        double[][] raw = ClassicalNetworks.outputs(actor, states, stateLength);
        List<AgentAct> out = new ArrayList<>(states.size());
        for (int k = 0; k < states.size(); k++) {
            double[] p = masked(raw[k], allowed.get(k));
            int a = epsilon <= 0 ? mostProbable(p) : draw(p, rng);
            out.add(AgentAct.discrete(states.get(k), a, Math.max(p[a], Double.MIN_NORMAL), allowed.get(k)));
        }
        return out;
    }

    private static int mostProbable(double[] p) {
        int a = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[a]) {
                a = i;
            }
        }
        return a;
    }

    /** Inverts the cumulative distribution with one draw; the last action with p &gt; 0 absorbs rounding. */
    private static int draw(double[] p, RandomGenerator rng) {
        double u = rng.nextDouble();
        int a = -1;
        double cumulative = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                a = i;
                cumulative += p[i];
                if (u < cumulative) {
                    break;
                }
            }
        }
        return a;
    }

    @Override
    public void observe(EntityId agent, AgentAct act, double reward, double[] nextState, boolean terminal, int nashAction) {
        rollout.add(new Step(agent, act, reward, nextState, terminal));
    }

    @Override
    public UpdateStats afterStep(RandomGenerator rng) {
        return UpdateStats.NONE;
    }

    @Override
    public UpdateStats afterEpisode(RandomGenerator rng) {
        int n = rollout.size();
        if (n == 0) {
            return UpdateStats.NONE;
        }
        double[][] states = new double[n][];
        double[][] next = new double[n][];
        for (int k = 0; k < n; k++) {
            states[k] = rollout.get(k).act().state();
            next[k] = rollout.get(k).next();
        }
        double[] value = critic.values(states);
        double[] nextValue = critic.values(next);
        double[] advantage = advantages(value, nextValue);
        double[] returns = new double[n];
        for (int k = 0; k < n; k++) {
            returns[k] = advantage[k] + value[k];
        }
        standardise(advantage);

        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        int steps = 0;
        double squaredError = 0;
        int size = (n + ppo.minibatches() - 1) / ppo.minibatches();
        for (int epoch = 0; epoch < ppo.epochs(); epoch++) {
            shuffle(order, rng);
            for (int from = 0; from < n; from += size) {
                int to = Math.min(n, from + size);
                int m = to - from;
                double[][] s = new double[m][];
                double[] r = new double[m];
                for (int i = 0; i < m; i++) {
                    s[i] = states[order[from + i]];
                    r[i] = returns[order[from + i]];
                }
                double[] v = critic.values(s);
                for (int i = 0; i < m; i++) {
                    squaredError += (r[i] - v[i]) * (r[i] - v[i]) / m;
                }
                double[][] probabilities = ClassicalNetworks.rows(actor.output(ClassicalNetworks.matrix(s, stateLength)));
                float[][] gradient = new float[m][];
                for (int i = 0; i < m; i++) {
                    Step step = rollout.get(order[from + i]);
                    gradient[i] = toFloat(surrogateGradient(probabilities[i], step.act(), advantage[order[from + i]]));
                }
                actor.fit(ClassicalNetworks.matrix(s, stateLength), Nd4j.create(gradient));
                critic.fit(s, r);
                steps++;
            }
        }
        rollout.clear();
        return new UpdateStats(steps, steps == 0 ? 0.0 : squaredError / steps);
    }

    /** GAE over each agent's own sequence of decisions, in the order they were observed. */
    private double[] advantages(double[] value, double[] nextValue) {
        int n = rollout.size();
        double[] advantage = new double[n];
        Map<EntityId, Double> later = new HashMap<>();
        for (int k = n - 1; k >= 0; k--) {
            Step s = rollout.get(k);
            double delta = s.reward() + (s.terminal() ? 0.0 : settings.gamma() * nextValue[k]) - value[k];
            double following = s.terminal() ? 0.0 : later.getOrDefault(s.agent(), 0.0);
            advantage[k] = delta + settings.gamma() * ppo.gaeLambda() * following;
            later.put(s.agent(), advantage[k]);
        }
        return advantage;
    }

    /**
     * ∂L/∂π(·|s) of L = −min(ρÂ, clip(ρ, 1−ε, 1+ε)Â) − c_H·H for one step, through the renormalisation
     * over the allowed actions: with π' = π·m/Z, Z = Σ m·π, ∂L/∂π_i = m_i/Z·(g_i − Σ_j g_j·π'_j) where
     * g = ∂L/∂π'.
     */
    double[] surrogateGradient(double[] rawProbabilities, AgentAct act, double advantage) {
        boolean[] allowed = act.allowed();
        double[] p = masked(rawProbabilities, allowed);
        double z = 0;
        for (int i = 0; i < p.length; i++) {
            z += allowed == null || allowed[i] ? rawProbabilities[i] : 0.0;
        }
        double[] g = new double[p.length];
        double ratio = p[act.index()] / act.behaviour();
        boolean unclipped = advantage >= 0 ? ratio < 1 + ppo.clip() : ratio > 1 - ppo.clip();
        if (unclipped) {
            g[act.index()] = -advantage / act.behaviour();
        }
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                g[i] += ppo.entropyWeight() * (Math.log(p[i]) + 1.0); // −c_H·∂H/∂π'_i, H = −Σ π' log π'
            }
        }
        double mean = 0;
        for (int i = 0; i < p.length; i++) {
            mean += g[i] * p[i];
        }
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = allowed == null || allowed[i] ? (g[i] - mean) / z : 0.0;
        }
        return out;
    }

    private static double[] masked(double[] p, boolean[] allowed) {
        double[] out = p.clone();
        if (allowed == null) {
            return out;
        }
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = allowed[i] ? out[i] : 0.0;
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    private static void standardise(double[] a) {
        double mean = 0;
        for (double x : a) {
            mean += x;
        }
        mean /= a.length;
        double var = 0;
        for (double x : a) {
            var += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(var / a.length);
        for (int i = 0; i < a.length; i++) {
            a[i] = (a[i] - mean) / (sd + 1e-8);
        }
    }

    private static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Override
    public void save(Path dir) throws IOException {
        ClassicalNetworks.save(actor, dir.resolve(name + ".ppo-actor.zip"), true);
        critic.save(dir.resolve(name + ".critic.zip"), dir.resolve(name + ".critic-target.zip"));
    }

    @Override
    public void restore(Path dir) throws IOException {
        actor = ClassicalNetworks.load(dir.resolve(name + ".ppo-actor.zip"), true);
        critic = ValueCritic.load(dir.resolve(name + ".critic.zip"), dir.resolve(name + ".critic-target.zip"));
        rollout.clear();
    }

    @Override
    public void readPolicy(Path dir) throws IOException {
        actor = ClassicalNetworks.load(dir.resolve(name + ".ppo.zip"), false);
    }

    /** {@code NAME.ppo.zip}: the actor network. */
    @Override
    public Path writePolicy(Path dir) throws IOException {
        Path file = dir.resolve(name + ".ppo.zip");
        ClassicalNetworks.save(actor, file, false);
        return file;
    }
}

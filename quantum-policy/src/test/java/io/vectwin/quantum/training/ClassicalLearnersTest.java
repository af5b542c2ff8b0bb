package io.vectwin.quantum.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class ClassicalLearnersTest {

    private static final LearningSettings SETTINGS = new LearningSettings(0.99, 0.01, 1e-3, 4, 1, 100, 0.05, 8, 0.0, 3);

    /** ∂Q/∂a from back-propagation against central differences of Q in the action entries. */
    @Test
    void ddpgActionGradientMatchesFiniteDifferencesOfQ() {
        DdpgAgent agent = new DdpgAgent("t", 3, 2, SETTINGS, DdpgSettings.defaults(), 17L);
        double[][] rows = {{0.2, -0.4, 0.7, 0.3, 0.6}, {-1.0, 0.5, 0.1, 0.9, 0.2}, {0.0, 0.3, -0.3, 0.5, 0.5}};
        INDArray g = agent.actionGradient(ClassicalNetworks.matrix(rows, 5));
        double h = 1e-3; // float32 networks: rounding error ~1e-7/h; small enough to stay off ReLU kinks
        for (int k = 0; k < rows.length; k++) {
            for (int i = 0; i < 2; i++) {
                double[] plus = rows[k].clone();
                double[] minus = rows[k].clone();
                plus[3 + i] += h;
                minus[3 + i] -= h;
                double fd = (agent.q(new double[][] {plus})[0] - agent.q(new double[][] {minus})[0]) / (2 * h);
                assertThat(g.getDouble(k, i)).as("row %d action %d", k, i).isCloseTo(fd, within(2e-3));
            }
        }
    }

    /**
     * The PPO output gradient against central differences of L = −min(ρÂ, clip(ρ)Â) − c_H·H(π') in the
     * raw probabilities, with a mask (π' renormalised over the allowed actions).
     */
    @Test
    void ppoSurrogateGradientMatchesFiniteDifferences() {
        PpoSettings ppo = PpoSettings.defaults();
        PpoAgent agent = new PpoAgent("t", 3, 4, SETTINGS, ppo, 3L);
        double[] p = {0.1, 0.4, 0.3, 0.2};
        boolean[] allowed = {true, true, false, true};
        for (double[] c : new double[][] {{1, 0.5, 1.3}, {1, 0.5, -0.7}, {3, 0.2, 2.0}, {0, 0.12, -1.5}}) {
            int action = (int) c[0];
            double old = c[1];
            double advantage = c[2];
            AgentAct act = AgentAct.discrete(new double[3], action, old, allowed);
            double[] g = agent.surrogateGradient(p, act, advantage);
            double h = 1e-7;
            for (int i = 0; i < p.length; i++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (loss(plus, allowed, action, old, advantage, ppo) - loss(minus, allowed, action, old, advantage,
                        ppo)) / (2 * h);
                assertThat(g[i]).as("case %s, entry %d", java.util.Arrays.toString(c), i).isCloseTo(fd, within(1e-6));
            }
        }
    }

    /** The objective written out directly, independently of the agent's code. */
    private static double loss(double[] raw, boolean[] allowed, int action, double old, double advantage, PpoSettings ppo) {
        double z = 0;
        for (int i = 0; i < raw.length; i++) {
            z += allowed[i] ? raw[i] : 0;
        }
        double entropy = 0;
        for (int i = 0; i < raw.length; i++) {
            if (allowed[i]) {
                double q = raw[i] / z;
                entropy -= q * Math.log(q);
            }
        }
        double ratio = raw[action] / z / old;
        double clipped = Math.max(1 - ppo.clip(), Math.min(1 + ppo.clip(), ratio));
        return -Math.min(ratio * advantage, clipped * advantage) - ppo.entropyWeight() * entropy;
    }

    /** A positive advantage raises the probability of its action; a negative one lowers it. */
    @Test
    void ppoUpdatesMoveThePolicyWithTheAdvantage() {
        PpoAgent agent = new PpoAgent("t", 3, 4, SETTINGS, new PpoSettings(0.2, 0.95, 0.0, 8, 8, 1e-2), 3L);
        double[] state = {0.5, -0.2, 0.1};
        double before = agent.policy(state, null)[2];
        SplittableRandom rng = new SplittableRandom(1);
        for (int round = 0; round < 5; round++) {
            for (int k = 0; k < 8; k++) {
                double[] p = agent.policy(state, null);
                AgentAct act = AgentAct.discrete(state, k % 2 == 0 ? 2 : 0, p[k % 2 == 0 ? 2 : 0], null);
                agent.observe(io.vectwin.model.geometry.EntityId.vehicle(k), act, k % 2 == 0 ? 1.0 : -1.0, state, true, -1);
            }
            agent.afterEpisode(rng);
        }
        assertThat(agent.policy(state, null)[2]).isGreaterThan(before + 0.05);
    }
}

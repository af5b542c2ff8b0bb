package io.vectwin.quantum.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.policy.QpnParameters;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantumActorTest {

    private static QuantumActor actor(int actions) {
        QpnParameters p = QpnParameters.initial(new CircuitShape(3, 2), Encoding.AMPLITUDE, false, actions,
                new SplittableRandom(5));
        return new QuantumActor(p, actions, 0.01);
    }

    private static double[] input() {
        return new double[] {0.3, -0.2, 0.9, 0.1, 0.0, 0.4, -0.7, 0.25};
    }

    /** The flat score function (adjoint θ-part and closed-form read-out part) against central differences of log p. */
    @Test
    void scoreFunctionMatchesFiniteDifferencesOfLogProbability() {
        QuantumActor actor = actor(5);
        // move the read-out off its symmetric start so every term of the gradient is exercised
        double[] flat = actor.flatParameters();
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < flat.length; i++) {
            flat[i] += 0.3 * (r.nextDouble() - 0.5);
        }
        actor.setFlatParameters(flat);
        int action = 3;
        double[] g = actor.logProbabilityGradient(input(), action);
        double h = 1e-6;
        for (int i = 0; i < flat.length; i++) {
            double[] plus = flat.clone();
            double[] minus = flat.clone();
            plus[i] += h;
            minus[i] -= h;
            actor.setFlatParameters(plus);
            double up = Math.log(actor.probabilities(input())[action]);
            actor.setFlatParameters(minus);
            double down = Math.log(actor.probabilities(input())[action]);
            assertThat(g[i]).as("parameter %d", i).isCloseTo((up - down) / (2 * h), within(1e-6));
        }
    }

    @Test
    void ascendingTheScoreRaisesTheActionsProbability() {
        QuantumActor actor = actor(4);
        double before = actor.probabilities(input())[2];
        for (int k = 0; k < 20; k++) {
            actor.ascend(actor.logProbabilityGradient(input(), 2));
        }
        assertThat(actor.probabilities(input())[2]).isGreaterThan(before + 0.1);
    }

    @Test
    void epsilonGreedyDrawsFromThePolicyAndReportsItsBehaviourProbability() {
        QuantumActor actor = actor(4);
        boolean[] allowed = {true, false, true, true};
        QuantumActor.Choice greedy = actor.choose(input(), allowed, 0.0, new SplittableRandom(1));
        assertThat(greedy.action()).isEqualTo(greedy.greedy());
        assertThat(greedy.behaviour()).isEqualTo(1.0);
        double[] p = actor.probabilities(input());
        double mass = p[0] + p[2] + p[3];
        int[] counts = new int[4];
        SplittableRandom rng = new SplittableRandom(3);
        int n = 4000;
        for (int k = 0; k < n; k++) {
            QuantumActor.Choice c = actor.choose(input(), allowed, 0.3, rng);
            assertThat(c.action()).isNotEqualTo(1);
            // ε/|allowed| + (1 − ε)·p(a)/Σ_allowed p
            assertThat(c.behaviour()).isCloseTo(0.1 + 0.7 * p[c.action()] / mass, within(1e-12));
            counts[c.action()]++;
        }
        for (int a : new int[] {0, 2, 3}) {
            double mu = 0.1 + 0.7 * p[a] / mass;
            double sd = Math.sqrt(n * mu * (1 - mu));
            assertThat((double) counts[a]).as("action %d", a).isCloseTo(n * mu, within(4 * sd));
        }
    }
}

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
    void epsilonGreedyReportsItsBehaviourProbability() {
        QuantumActor actor = actor(4);
        boolean[] allowed = {true, false, true, true};
        QuantumActor.Choice greedy = actor.choose(input(), allowed, 0.0, new SplittableRandom(1));
        assertThat(greedy.action()).isEqualTo(greedy.greedy());
        assertThat(greedy.behaviour()).isEqualTo(1.0);
        int explored = 0;
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 2000; k++) {
            QuantumActor.Choice c = actor.choose(input(), allowed, 0.3, rng);
            assertThat(c.action()).isNotEqualTo(1);
            // ε/|allowed| for a non-greedy action, that plus 1 − ε for the greedy one
            assertThat(c.behaviour()).isCloseTo(c.action() == c.greedy() ? 0.1 + 0.7 : 0.1, within(1e-12));
            if (c.action() != c.greedy()) {
                explored++;
            }
        }
        // P(non-greedy) = ε·(|allowed| − 1)/|allowed| = 0.2: 400 of 2000, binomial sd ≈ 18
        assertThat(explored).isBetween(330, 470);
    }
}

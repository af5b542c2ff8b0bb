package io.vectwin.quantum.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.circuit.ExpectationGradient;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantumPolicyNetworkTest {

    private static double[] input(int n, SplittableRandom rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        return x;
    }

    @Test
    void probabilitiesFlowFromCircuitThroughReadout() {
        SplittableRandom rng = new SplittableRandom(1);
        QpnParameters params = QpnParameters.initial(CircuitShape.paper(), Encoding.AMPLITUDE, false, 56, rng);
        QuantumPolicyNetwork net = new QuantumPolicyNetwork(params, 56);
        double[] x = input(64, rng);
        double[] outcomes = net.outcomeProbabilities(x);
        double[] actions = net.actionProbabilities(x);
        assertThat(outcomes).hasSize(64);
        assertThat(actions).hasSize(56);
        assertThat(sum(outcomes)).isCloseTo(1.0, within(1e-12));
        assertThat(sum(actions)).isCloseTo(1.0, within(1e-12));
        double[] expected = new double[56];
        params.readout().actionProbabilities(outcomes, expected);
        assertThat(actions).containsExactly(expected);
        // greedy = the most probable outcome group (T does not matter)
        double[] groups = new double[56];
        for (int i = 0; i < 64; i++) {
            groups[i % 56] += outcomes[i];
        }
        assertThat(net.greedyAction(x)).isEqualTo(ActionSelection.greedy(groups)).isEqualTo(net.greedyAction(x));
    }

    @Test
    void samplingAndEpsilonGreedyAreSeeded() {
        SplittableRandom rng = new SplittableRandom(2);
        QuantumPolicyNetwork net = new QuantumPolicyNetwork(
                QpnParameters.initial(new CircuitShape(3, 2), Encoding.ANGLE_REUPLOADING, true, 5, rng), 5);
        double[] x = input(3, rng);
        SplittableRandom a = new SplittableRandom(9);
        SplittableRandom b = new SplittableRandom(9);
        for (int i = 0; i < 50; i++) {
            assertThat(net.sampleAction(x, a)).isEqualTo(net.sampleAction(x, b));
            assertThat(net.epsilonGreedyAction(x, 0.3, a)).isEqualTo(net.epsilonGreedyAction(x, 0.3, b));
        }
        assertThat(net.epsilonGreedyAction(x, 0, a)).isEqualTo(net.greedyAction(x));
    }

    @Test
    void logProbabilityGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(3);
        for (Encoding encoding : Encoding.values()) {
            CircuitShape shape = new CircuitShape(3, 2);
            double[][] w = new double[5][8];
            for (double[] row : w) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = rng.nextDouble(-2, 2);
                }
            }
            QpnParameters params = QpnParameters.initial(shape, encoding, false, 5, rng)
                    .withReadout(new SoftmaxReadout(w, input(5, rng), 0.3));
            QuantumPolicyNetwork net = new QuantumPolicyNetwork(params, 5);
            double[] x = input(net.inputLength(), rng);
            int action = 2;
            ExpectationGradient g = net.logProbabilityGradient(x, action);
            assertThat(g.value()).isCloseTo(Math.log(net.actionProbabilities(x)[action]), within(1e-15));
            double[] theta = params.theta();
            double h = 1e-5;
            for (int k = 0; k < theta.length; k++) {
                double t = theta[k];
                theta[k] = t + h;
                double up = Math.log(new QuantumPolicyNetwork(params.withTheta(theta), 5).actionProbabilities(x)[action]);
                theta[k] = t - h;
                double down = Math.log(new QuantumPolicyNetwork(params.withTheta(theta), 5).actionProbabilities(x)[action]);
                theta[k] = t;
                assertThat(g.gradient(k)).as("%s parameter %d", encoding, k).isCloseTo((up - down) / (2 * h), within(1e-8));
            }
        }
    }

    @Test
    void circuitOnlyParametersGetTheOutcomeGroupReadout() {
        CircuitShape shape = new CircuitShape(2, 1);
        QuantumPolicyNetwork net = new QuantumPolicyNetwork(QpnParameters.circuitOnly(shape, new double[6]), 3);
        assertThat(net.readout()).isEqualTo(SoftmaxReadout.outcomeGroups(3, 4));
        assertThat(net.parameters().hasReadout()).isTrue();
        // θ = 0: the ring CNOT(0→1), CNOT(1→0) sends |01⟩ (index 1) to |10⟩ (index 2); outcome 2 is action 2
        assertThat(net.greedyAction(new double[] {0, 1, 0, 0})).isEqualTo(2);
    }

    @Test
    void aReadoutForAnotherActionCountIsRefused() {
        CircuitShape shape = new CircuitShape(2, 1);
        QpnParameters p = QpnParameters.circuitOnly(shape, new double[6]).withReadout(SoftmaxReadout.outcomeGroups(3, 4));
        assertThatThrownBy(() -> new QuantumPolicyNetwork(p, 4))
                .hasMessage("the read-out maps to 3 actions, but this policy has 4");
        assertThatThrownBy(() -> p.withReadout(SoftmaxReadout.outcomeGroups(3, 8)))
                .hasMessageContaining("readout.weights rows have 8 entries, but 2 qubits have 2^2 = 4 outcomes");
        assertThatThrownBy(() -> new QuantumPolicyNetwork(p, 3).logProbabilityGradient(new double[] {1, 0, 0, 0}, 3))
                .hasMessage("action must lie in [0, 3), got 3");
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}

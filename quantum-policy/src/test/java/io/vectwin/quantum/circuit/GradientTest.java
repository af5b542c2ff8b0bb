package io.vectwin.quantum.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.quantum.simulator.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Adjoint differentiation, parameter shift and central finite differences agree to 1e-8 on random
 * circuits, random inputs and random diagonal observables.
 */
class GradientTest {

    private static final double AGREEMENT = 1e-8;
    /** Central-difference step: truncation h²·f'''/6 ≈ 1e-11, rounding 1e-16/h ≈ 1e-11 for |f| ≲ 10. */
    private static final double H = 1e-5;

    @Test
    void adjointParameterShiftAndFiniteDifferencesAgree() {
        SplittableRandom rng = new SplittableRandom(2024);
        AdjointDifferentiation[] adjoint = new AdjointDifferentiation[7];
        for (int trial = 0; trial < 18; trial++) {
            int qubits = 1 + trial % 6;
            Encoding encoding = Encoding.values()[trial % 3];
            CircuitShape shape = new CircuitShape(qubits, 1 + rng.nextInt(4));
            VariationalCircuit c = new VariationalCircuit(shape, encoding, rng.nextBoolean(),
                    VariationalCircuitTest.randomTheta(shape, rng));
            double[] input = VariationalCircuitTest.randomInput(c, rng);
            double[] weights = new double[shape.dimension()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = rng.nextDouble(-3, 3);
            }
            if (adjoint[qubits] == null) {
                adjoint[qubits] = new AdjointDifferentiation(qubits);
            }
            ExpectationGradient a = adjoint[qubits].gradient(c, input, weights);
            ExpectationGradient ps = ParameterShift.gradient(c, input, weights);
            double[] fd = centralDifferences(c, input, weights);
            assertThat(a.value()).isCloseTo(ps.value(), within(1e-14));
            assertThat(a.value()).isCloseTo(expectation(c, input, weights), within(1e-14));
            for (int k = 0; k < fd.length; k++) {
                String where = "trial " + trial + " (" + shape + ", " + encoding + ") parameter " + k;
                assertThat(a.gradient(k)).as(where + " adjoint vs shift").isCloseTo(ps.gradient(k), within(AGREEMENT));
                assertThat(a.gradient(k)).as(where + " adjoint vs FD").isCloseTo(fd[k], within(AGREEMENT));
                assertThat(ps.gradient(k)).as(where + " shift vs FD").isCloseTo(fd[k], within(AGREEMENT));
            }
        }
    }

    @Test
    void gradientOfAProbabilityOnOneQubitIsAnalytic() {
        // P(1) after RX(θ)|0⟩ = sin²(θ/2), d/dθ = sin(θ)/2
        CircuitShape shape = new CircuitShape(1, 1);
        double theta = 0.7;
        VariationalCircuit c = VariationalCircuit.amplitudeEncoded(shape, new double[] {theta, 0, 0});
        ExpectationGradient g = new AdjointDifferentiation(1).gradient(c, new double[] {1, 0}, new double[] {0, 1});
        assertThat(g.value()).isCloseTo(Math.pow(Math.sin(theta / 2), 2), within(1e-15));
        assertThat(g.gradient(0)).isCloseTo(Math.sin(theta) / 2, within(1e-15));
        // RY(φ) at φ = 0 on cos(θ/2)|0⟩ − i·sin(θ/2)|1⟩: P(1) = |−i·s + φ·c/2|² = s² + O(φ²), no linear term
        assertThat(g.gradient(1)).isCloseTo(0, within(1e-15));
        assertThat(g.gradient(2)).isCloseTo(0, within(1e-15)); // RZ never changes probabilities
    }

    @Test
    void adjointReusesItsScratchWithoutAllocatingResults() {
        CircuitShape shape = CircuitShape.paper();
        SplittableRandom rng = new SplittableRandom(8);
        VariationalCircuit c = VariationalCircuit.amplitudeEncoded(shape, VariationalCircuitTest.randomTheta(shape, rng));
        double[] input = VariationalCircuitTest.randomInput(c, rng);
        double[] w = new double[64];
        w[3] = 1;
        AdjointDifferentiation ad = new AdjointDifferentiation(6);
        double[] g1 = new double[72];
        double[] g2 = new double[72];
        double v1 = ad.gradient(c, input, w, g1);
        double v2 = ad.gradient(c, input, w, g2);
        assertThat(v2).isEqualTo(v1);
        assertThat(g2).containsExactly(g1);
        assertThatThrownBy(() -> ad.gradient(c, input, new double[63], g1))
                .hasMessage("observable weights must have 2^6 = 64 entries, got 63");
        assertThatThrownBy(() -> ad.gradient(c, input, w, new double[71]))
                .hasMessage("gradientOut must have 72 entries, got 71");
        assertThatThrownBy(() -> new AdjointDifferentiation(5).gradient(c, input, w))
                .hasMessage("circuit has 6 qubits, this differentiator 5");
    }

    private static double expectation(VariationalCircuit c, double[] input, double[] weights) {
        StateVector s = new StateVector(c.shape().qubits());
        c.run(input, s);
        return s.expectation(weights);
    }

    private static double[] centralDifferences(VariationalCircuit c, double[] input, double[] weights) {
        double[] theta = c.theta();
        double[] g = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
            double t = theta[k];
            theta[k] = t + H;
            double plus = expectation(c.withTheta(theta), input, weights);
            theta[k] = t - H;
            double minus = expectation(c.withTheta(theta), input, weights);
            theta[k] = t;
            g[k] = (plus - minus) / (2 * H);
        }
        return g;
    }
}

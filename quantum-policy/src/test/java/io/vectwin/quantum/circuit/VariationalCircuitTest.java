package io.vectwin.quantum.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.quantum.reference.ReferenceCircuit;
import io.vectwin.quantum.simulator.Axis;
import io.vectwin.quantum.simulator.BasisPermutation;
import io.vectwin.quantum.simulator.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ansatz of eq. (80)–(84) as the issue specifies it, against the dense reference. */
class VariationalCircuitTest {

    private static final double TOLERANCE = 1e-12;

    static double[] randomTheta(CircuitShape shape, SplittableRandom rng) {
        double[] theta = new double[shape.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = rng.nextDouble(-Math.PI, Math.PI);
        }
        return theta;
    }

    static double[] randomInput(VariationalCircuit c, SplittableRandom rng) {
        double[] input = new double[c.inputLength()];
        for (int i = 0; i < input.length; i++) {
            input[i] = rng.nextDouble(-2, 2);
        }
        return input;
    }

    @Test
    void parameterOrderIsLayerThenQubitThenAxis() {
        CircuitShape shape = CircuitShape.paper();
        assertThat(shape.parameterCount()).isEqualTo(72);
        assertThat(shape.dimension()).isEqualTo(64);
        assertThat(shape.index(0, 0, Axis.X)).isZero();
        assertThat(shape.index(0, 0, Axis.Z)).isEqualTo(2);
        assertThat(shape.index(0, 1, Axis.X)).isEqualTo(3);
        assertThat(shape.index(1, 0, Axis.X)).isEqualTo(18);
        assertThat(shape.index(3, 5, Axis.Z)).isEqualTo(71);
    }

    @Test
    void everyEncodingAndHadamardOptionMatchesTheDenseReference() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int qubits = 1; qubits <= 6; qubits++) {
            for (Encoding encoding : Encoding.values()) {
                for (boolean hadamard : new boolean[] {false, true}) {
                    CircuitShape shape = new CircuitShape(qubits, 1 + rng.nextInt(4));
                    double[] theta = randomTheta(shape, rng);
                    VariationalCircuit c = new VariationalCircuit(shape, encoding, hadamard, theta);
                    double[] input = randomInput(c, rng);
                    StateVector s = new StateVector(qubits);
                    c.run(input, s);
                    double[][] expected = ReferenceCircuit.finalState(shape, encoding, hadamard, theta, input);
                    for (int i = 0; i < s.dimension(); i++) {
                        assertThat(s.re(i)).as("N=%d %s H=%s Re a_%d", qubits, encoding, hadamard, i)
                                .isCloseTo(expected[0][i], within(TOLERANCE));
                        assertThat(s.im(i)).as("N=%d %s H=%s Im a_%d", qubits, encoding, hadamard, i)
                                .isCloseTo(expected[1][i], within(TOLERANCE));
                    }
                }
            }
        }
    }

    @Test
    void withAllAnglesZeroTheAnsatzIsTheCnotRingPermutation() {
        CircuitShape shape = new CircuitShape(4, 1);
        VariationalCircuit c = VariationalCircuit.amplitudeEncoded(shape, new double[shape.parameterCount()]);
        BasisPermutation ring = VariationalCircuit.entanglingRingPermutation(4);
        for (int basis = 0; basis < 16; basis++) {
            double[] input = new double[16];
            input[basis] = 1;
            double[] p = c.probabilities(input);
            assertThat(p[ring.destination(basis)]).as("|%s>", Integer.toBinaryString(basis)).isEqualTo(1.0);
            assertThat(ring.destination(basis)).isEqualTo(cnotRingByHand(basis, 4));
        }
        // e.g. |0001⟩ (q0 = 1): CNOT(0→1) sets q1, CNOT(1→2) sets q2, CNOT(2→3) sets q3, CNOT(3→0) clears q0
        assertThat(ring.destination(0b0001)).isEqualTo(0b1110);
    }

    private static int cnotRingByHand(int basis, int n) {
        int b = basis;
        for (int q = 0; q < n; q++) {
            if ((b >> q & 1) == 1) {
                b ^= 1 << ((q + 1) % n);
            }
        }
        return b;
    }

    @Test
    void singleQubitCircuitHasNoRing() {
        CircuitShape shape = new CircuitShape(1, 2);
        double[] theta = {0.4, 0, 0, 0.6, 0, 0};
        double[] p = VariationalCircuit.amplitudeEncoded(shape, theta).probabilities(new double[] {1, 0});
        assertThat(p[1]).isCloseTo(Math.pow(Math.sin(0.5), 2), within(1e-15)); // RX(0.6)·RX(0.4) = RX(1.0)
    }

    @Test
    void runAllocatesNothingAndIsRepeatable() {
        SplittableRandom rng = new SplittableRandom(5);
        VariationalCircuit c = VariationalCircuit.amplitudeEncoded(CircuitShape.paper(),
                randomTheta(CircuitShape.paper(), rng));
        double[] input = randomInput(c, rng);
        StateVector s = new StateVector(6);
        double[] first = new double[64];
        double[] second = new double[64];
        c.probabilities(input, s, first);
        c.probabilities(input, s, second);
        assertThat(second).containsExactly(first);
        assertThat(c.theta()).hasSize(72);
    }

    @Test
    void badShapesAndInputsAreNamed() {
        assertThatThrownBy(() -> new CircuitShape(6, 0)).hasMessage("layers must be >= 1, got 0");
        assertThatThrownBy(() -> new CircuitShape(13, 1)).hasMessageContaining("qubits must lie in [1, 12], got 13");
        CircuitShape shape = new CircuitShape(2, 1);
        assertThatThrownBy(() -> VariationalCircuit.amplitudeEncoded(shape, new double[5]))
                .hasMessage("theta must hold 3 x layers x qubits = 3 x 1 x 2 = 6 angles, got 5");
        assertThatThrownBy(() -> VariationalCircuit.amplitudeEncoded(shape, new double[] {0, 0, Double.NaN, 0, 0, 0}))
                .hasMessage("theta[2] must be finite, got NaN");
        VariationalCircuit c = new VariationalCircuit(shape, Encoding.ANGLE, false, new double[6]);
        assertThatThrownBy(() -> c.run(new double[4], new StateVector(2)))
                .hasMessage("input must have 2 numbers for angle encoding on 2 qubits, got 4");
        assertThatThrownBy(() -> c.run(new double[] {0, Double.NaN}, new StateVector(2)))
                .hasMessage("input[1] must be finite, got NaN");
        assertThatThrownBy(() -> c.run(new double[2], new StateVector(3))).hasMessage("state must have 2 qubits, got 3");
        assertThat(Encoding.parse(" Angle-Reuploading ")).isEqualTo(Encoding.ANGLE_REUPLOADING);
        assertThatThrownBy(() -> Encoding.parse("basis")).hasMessageContaining("unknown encoding 'basis'");
    }
}

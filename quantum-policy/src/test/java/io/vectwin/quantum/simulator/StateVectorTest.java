package io.vectwin.quantum.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Analytic cases of Sec. 4 of the issue, the basis-index convention and eq. (85). */
class StateVectorTest {

    private static final double EXACT = 1e-15;

    @Test
    void startsInAllZerosWithUnitNorm() {
        StateVector s = new StateVector(3);
        assertThat(s.dimension()).isEqualTo(8);
        assertThat(s.probability(0)).isEqualTo(1.0);
        assertThat(s.normSquared()).isEqualTo(1.0);
    }

    @Test
    void qubitZeroIsTheLeastSignificantBit() {
        StateVector s = new StateVector(3);
        s.x(1);
        assertThat(s.probability(0b010)).isEqualTo(1.0);
        s.x(2);
        assertThat(s.probability(0b110)).isEqualTo(1.0);
        s.x(0);
        assertThat(s.probability(7)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 1.0, Math.PI / 2, 2.5, Math.PI, -1.2, 7.0})
    void rxOnZeroGivesCosSquaredAndSinSquaredOfHalfAngle(double theta) {
        for (Axis axis : new Axis[] {Axis.X, Axis.Y}) {
            StateVector s = new StateVector(1);
            s.rotate(axis, 0, theta);
            assertThat(s.probability(0)).as("%s", axis).isCloseTo(Math.pow(Math.cos(theta / 2), 2), within(EXACT));
            assertThat(s.probability(1)).as("%s", axis).isCloseTo(Math.pow(Math.sin(theta / 2), 2), within(EXACT));
        }
        StateVector s = new StateVector(1);
        s.rx(0, theta);
        // RX(θ)|0⟩ = cos(θ/2)|0⟩ − i·sin(θ/2)|1⟩
        assertThat(s.re(0)).isCloseTo(Math.cos(theta / 2), within(EXACT));
        assertThat(s.im(1)).isCloseTo(-Math.sin(theta / 2), within(EXACT));
    }

    @Test
    void rzOnlyChangesPhases() {
        StateVector s = new StateVector(1);
        s.h(0);
        s.rz(0, 0.8);
        // RZ(θ)|+⟩ = (e^{−iθ/2}|0⟩ + e^{iθ/2}|1⟩)/√2
        assertThat(s.re(0)).isCloseTo(Math.cos(0.4) / Math.sqrt(2), within(EXACT));
        assertThat(s.im(0)).isCloseTo(-Math.sin(0.4) / Math.sqrt(2), within(EXACT));
        assertThat(s.re(1)).isCloseTo(Math.cos(0.4) / Math.sqrt(2), within(EXACT));
        assertThat(s.im(1)).isCloseTo(Math.sin(0.4) / Math.sqrt(2), within(EXACT));
    }

    @Test
    void paulisActAsTheirMatrices() {
        StateVector s = new StateVector(1);
        s.y(0); // Y|0⟩ = i|1⟩
        assertThat(s.im(1)).isEqualTo(1.0);
        assertThat(s.re(1)).isZero();
        s.y(0); // Y·i|1⟩ = i·(−i)|0⟩ = |0⟩
        assertThat(s.re(0)).isEqualTo(1.0);
        s.h(0);
        s.z(0); // Z|+⟩ = |−⟩
        s.h(0); // H|−⟩ = |1⟩
        assertThat(s.probability(1)).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void bellState() {
        StateVector s = new StateVector(2);
        s.h(0);
        s.cnot(0, 1);
        assertThat(s.probabilities()).containsExactly(new double[] {0.5, 0, 0, 0.5}, within(EXACT));
        assertThat(s.re(0)).isCloseTo(Math.sqrt(0.5), within(EXACT));
        assertThat(s.re(3)).isCloseTo(Math.sqrt(0.5), within(EXACT));
    }

    @Test
    void ghzStateOnSixQubits() {
        StateVector s = new StateVector(6);
        s.h(0);
        for (int q = 0; q < 5; q++) {
            s.cnot(q, q + 1);
        }
        double[] p = s.probabilities();
        assertThat(p[0]).isCloseTo(0.5, within(EXACT));
        assertThat(p[63]).isCloseTo(0.5, within(EXACT));
        assertThat(p[0] + p[63]).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void cnotTruthTable() {
        // |c t⟩ → |c, t ⊕ c⟩ with control qubit 1 and target qubit 0, and the other way round
        int[][] controlOneTargetZero = {{0b00, 0b00}, {0b01, 0b01}, {0b10, 0b11}, {0b11, 0b10}};
        int[][] controlZeroTargetOne = {{0b00, 0b00}, {0b01, 0b11}, {0b10, 0b10}, {0b11, 0b01}};
        for (int[] row : controlOneTargetZero) {
            assertThat(afterCnot(row[0], 1, 0)).as("CNOT(1->0)|%s>", Integer.toBinaryString(row[0])).isEqualTo(row[1]);
        }
        for (int[] row : controlZeroTargetOne) {
            assertThat(afterCnot(row[0], 0, 1)).as("CNOT(0->1)|%s>", Integer.toBinaryString(row[0])).isEqualTo(row[1]);
        }
    }

    private static int afterCnot(int basis, int control, int target) {
        StateVector s = new StateVector(2);
        for (int q = 0; q < 2; q++) {
            if ((basis >> q & 1) == 1) {
                s.x(q);
            }
        }
        s.cnot(control, target);
        for (int i = 0; i < 4; i++) {
            if (s.probability(i) == 1.0) {
                return i;
            }
        }
        throw new AssertionError("not a basis state");
    }

    @Test
    void czFlipsTheSignOfOneOneOnly() {
        StateVector s = new StateVector(2);
        s.h(0);
        s.h(1);
        s.cz(1, 0);
        assertThat(new double[] {s.re(0), s.re(1), s.re(2), s.re(3)})
                .containsExactly(new double[] {0.5, 0.5, 0.5, -0.5}, within(EXACT));
    }

    @Test
    void smallCircuitMatchesNumpy() {
        // numpy, qubit 0 least significant (op on q0 = kron(I, U), on q1 = kron(U, I)):
        // psi = |00>; RX(0.3) q0; RY(1.1) q1; CNOT(0->1); RZ(0.5) q0; H q1
        // |psi|^2 = [0.924486689907758, 0.02111699012295946, 0.05318155465504474, 0.00121476531423753]
        // psi[0] = 0.9316115305401061-0.23787947803978082j, psi[3] = -0.00862288981935275+0.03376997313295984j
        StateVector s = new StateVector(2);
        s.rx(0, 0.3);
        s.ry(1, 1.1);
        s.cnot(0, 1);
        s.rz(0, 0.5);
        s.h(1);
        assertThat(s.probabilities()).containsExactly(
                new double[] {0.924486689907758, 0.02111699012295946, 0.05318155465504474, 0.00121476531423753},
                within(1e-15));
        assertThat(s.re(0)).isCloseTo(0.9316115305401061, within(1e-15));
        assertThat(s.im(0)).isCloseTo(-0.23787947803978082, within(1e-15));
        assertThat(s.re(3)).isCloseTo(-0.00862288981935275, within(1e-15));
        assertThat(s.im(3)).isCloseTo(0.03376997313295984, within(1e-15));
    }

    @Test
    void expectationIsTheProbabilityVectorContractedWithTheWeights() {
        StateVector s = new StateVector(2);
        s.ry(0, 1.0);
        s.cnot(0, 1);
        double[] w = {1, -2, 3, 0.5};
        double[] p = s.probabilities();
        assertThat(s.expectation(w)).isCloseTo(p[0] - 2 * p[1] + 3 * p[2] + 0.5 * p[3], within(EXACT));
    }

    @Test
    void seededShotsAreReproducibleAndFollowEquation85() {
        StateVector s = new StateVector(2);
        s.ry(0, 2 * Math.acos(Math.sqrt(0.3))); // P(0) = 0.3, P(1) = 0.7 on qubit 0
        s.h(1);
        int shots = 40_000;
        int[] a = s.sampleCounts(shots, new SplittableRandom(7));
        int[] b = s.sampleCounts(shots, new SplittableRandom(7));
        assertThat(a).containsExactly(b);
        double[] p = s.probabilities();
        for (int i = 0; i < 4; i++) {
            // 5 binomial standard deviations
            double sd = Math.sqrt(shots * p[i] * (1 - p[i]));
            assertThat((double) a[i]).as("outcome %d", i).isCloseTo(shots * p[i], within(5 * sd));
        }
        assertThat(s.probabilities()).containsExactly(p); // measuring does not disturb the simulated state
    }

    @Test
    void samplingNeverReturnsAZeroProbabilityOutcome() {
        StateVector s = new StateVector(3);
        s.x(2);
        int[] counts = s.sampleCounts(1000, new SplittableRandom(1));
        assertThat(counts[4]).isEqualTo(1000);
    }

    @Test
    void setAmplitudesChecksNormAndLength() {
        StateVector s = new StateVector(1);
        s.setAmplitudes(new double[] {0.6, 0}, new double[] {0, 0.8});
        assertThat(s.probability(1)).isCloseTo(0.64, within(EXACT));
        assertThatThrownBy(() -> s.setAmplitudes(new double[] {1, 1}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amplitudes must be normalised");
        assertThatThrownBy(() -> s.setAmplitudes(new double[] {1}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("realParts must have 2^1 = 2");
        assertThatThrownBy(() -> s.setAmplitudes(new double[] {Double.NaN, 0}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("realParts[0] must be finite");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new StateVector(0)).hasMessageContaining("qubits must lie in [1, 12], got 0");
        assertThatThrownBy(() -> new StateVector(13)).hasMessageContaining("qubits must lie in [1, 12], got 13");
        StateVector s = new StateVector(2);
        assertThatThrownBy(() -> s.h(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qubit must lie in [0, 2), got 2");
        assertThatThrownBy(() -> s.cnot(1, 1)).hasMessageContaining("two different qubits");
        assertThatThrownBy(() -> s.probability(4)).hasMessageContaining("basis index must lie in [0, 4)");
        assertThatThrownBy(() -> s.sample(null)).hasMessageContaining("rng is required");
        assertThatThrownBy(() -> s.copyFrom(new StateVector(3))).hasMessageContaining("other has 3 qubits");
        assertThatThrownBy(() -> s.applyUnitary(0, new double[7], 0)).hasMessageContaining("m must hold 8 numbers");
    }

    @Test
    void rotatingEveryQubitAtOnceEqualsOneGateAfterAnother() {
        // the layer kernel pairs qubits and dispatches on literal strides: check every N up to 12
        SplittableRandom rng = new SplittableRandom(12);
        for (int n = 1; n <= StateVector.MAX_QUBITS; n++) {
            StateVector layer = RandomStates.random(n, rng);
            StateVector gates = new StateVector(layer);
            double[] cos = new double[n + 2];
            double[] sin = new double[n + 2];
            for (int q = 0; q < n; q++) {
                double theta = rng.nextDouble(-Math.PI, Math.PI);
                cos[q + 2] = Math.cos(theta / 2);
                sin[q + 2] = Math.sin(theta / 2);
                gates.ry(q, theta);
            }
            layer.rotateYOnEveryQubit(cos, sin, 2);
            for (int i = 0; i < layer.dimension(); i++) {
                assertThat(layer.re(i)).as("N=%d Re a_%d", n, i).isCloseTo(gates.re(i), within(1e-14));
                assertThat(layer.im(i)).as("N=%d Im a_%d", n, i).isCloseTo(gates.im(i), within(1e-14));
            }
        }
        assertThatThrownBy(() -> new StateVector(3).rotateYOnEveryQubit(new double[3], new double[3], 1))
                .hasMessage("cosHalf and sinHalf must hold 3 numbers from offset 1");
    }

    @Test
    void twelveQubitsAreSupported() {
        StateVector s = new StateVector(StateVector.MAX_QUBITS);
        s.h(11);
        s.cnot(11, 0);
        assertThat(s.probability(0)).isCloseTo(0.5, within(EXACT));
        assertThat(s.probability((1 << 11) | 1)).isCloseTo(0.5, within(EXACT));
    }
}

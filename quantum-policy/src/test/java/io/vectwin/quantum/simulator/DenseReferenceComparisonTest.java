package io.vectwin.quantum.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.quantum.reference.DenseReference;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random circuits of every gate, on random initial states, against full 2^N × 2^N unitaries built
 * from Kronecker products (test code only), to 1e-12.
 */
class DenseReferenceComparisonTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void randomCircuitsAgreeWithDenseUnitaries() {
        SplittableRandom rng = new SplittableRandom(20_240_501L);
        for (int qubits = 1; qubits <= 6; qubits++) {
            for (int trial = 0; trial < 3; trial++) {
                StateVector fast = RandomStates.random(qubits, rng);
                double[] re = new double[fast.dimension()];
                double[] im = new double[fast.dimension()];
                for (int i = 0; i < re.length; i++) {
                    re[i] = fast.re(i);
                    im[i] = fast.im(i);
                }
                DenseReference dense = new DenseReference(qubits);
                for (int g = 0; g < 40; g++) {
                    applyRandomGate(qubits, rng, fast, dense);
                }
                assertThat(dense.unitary().unitarityError()).isLessThan(1e-12);
                double[][] expected = dense.applyTo(re, im);
                for (int i = 0; i < re.length; i++) {
                    assertThat(fast.re(i)).as("N=%d trial %d Re a_%d", qubits, trial, i)
                            .isCloseTo(expected[0][i], within(TOLERANCE));
                    assertThat(fast.im(i)).as("N=%d trial %d Im a_%d", qubits, trial, i)
                            .isCloseTo(expected[1][i], within(TOLERANCE));
                }
            }
        }
    }

    /** One of H X Y Z RX RY RZ CNOT CZ on random qubits with a random angle, to both simulators. */
    static void applyRandomGate(int qubits, SplittableRandom rng, StateVector fast, DenseReference dense) {
        int kind = qubits == 1 ? rng.nextInt(7) : rng.nextInt(9);
        int q = rng.nextInt(qubits);
        double angle = rng.nextDouble(-2 * Math.PI, 2 * Math.PI);
        switch (kind) {
            case 0 -> {
                fast.h(q);
                dense.h(q);
            }
            case 1 -> {
                fast.x(q);
                dense.x(q);
            }
            case 2 -> {
                fast.y(q);
                dense.y(q);
            }
            case 3 -> {
                fast.z(q);
                dense.z(q);
            }
            case 4, 5, 6 -> {
                Axis axis = Axis.values()[kind - 4];
                fast.rotate(axis, q, angle);
                dense.rotate(axis, q, angle);
            }
            default -> {
                int other = (q + 1 + rng.nextInt(qubits - 1)) % qubits;
                if (kind == 7) {
                    fast.cnot(q, other);
                    dense.cnot(q, other);
                } else {
                    fast.cz(q, other);
                    dense.cz(q, other);
                }
            }
        }
    }
}

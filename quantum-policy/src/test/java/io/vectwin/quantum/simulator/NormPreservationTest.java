package io.vectwin.quantum.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Σ|α_i|² stays 1 to 1e-12 through 1000 random layers (every gate on every qubit, then entanglers). */
class NormPreservationTest {

    @Test
    void normSurvivesAThousandRandomLayers() {
        SplittableRandom rng = new SplittableRandom(99);
        int qubits = 6;
        StateVector s = RandomStates.random(qubits, rng);
        double[] fused = new double[8];
        for (int layer = 0; layer < 1000; layer++) {
            for (int q = 0; q < qubits; q++) {
                s.rx(q, rng.nextDouble(-Math.PI, Math.PI));
                s.ry(q, rng.nextDouble(-Math.PI, Math.PI));
                s.rz(q, rng.nextDouble(-Math.PI, Math.PI));
                s.h(q);
                randomUnitary(rng, fused);
                s.applyUnitary(q, fused, 0);
            }
            s.x(rng.nextInt(qubits));
            s.y(rng.nextInt(qubits));
            s.z(rng.nextInt(qubits));
            for (int q = 0; q < qubits; q++) {
                s.cnot(q, (q + 1) % qubits);
                s.cz(q, (q + 2) % qubits);
            }
        }
        assertThat(s.normSquared()).isCloseTo(1.0, within(1e-12));
    }

    /** e^{iα}·[[a, −conj(b)], [b, conj(a)]] with |a|² + |b|² = 1: a random element of U(2). */
    private static void randomUnitary(SplittableRandom rng, double[] m) {
        double ar = rng.nextGaussian();
        double ai = rng.nextGaussian();
        double br = rng.nextGaussian();
        double bi = rng.nextGaussian();
        double n = Math.sqrt(ar * ar + ai * ai + br * br + bi * bi);
        ar /= n;
        ai /= n;
        br /= n;
        bi /= n;
        double c = Math.cos(rng.nextDouble(0, 2 * Math.PI));
        double s = Math.sqrt(1 - c * c);
        double[] u = {ar, ai, -br, bi, br, bi, ar, -ai};
        for (int k = 0; k < 8; k += 2) {
            double re = u[k] * c - u[k + 1] * s;
            double im = u[k] * s + u[k + 1] * c;
            m[k] = re;
            m[k + 1] = im;
        }
    }
}

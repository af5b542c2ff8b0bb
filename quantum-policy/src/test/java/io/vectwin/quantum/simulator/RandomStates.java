package io.vectwin.quantum.simulator;

import java.util.random.RandomGenerator;

/** Seeded random states for tests. */
final class RandomStates {

    private RandomStates() {
    }

    /** A normalised state with Gaussian-distributed complex amplitudes (Haar-random up to nothing a test needs). */
    static StateVector random(int qubits, RandomGenerator rng) {
        int dim = 1 << qubits;
        double[] re = new double[dim];
        double[] im = new double[dim];
        double norm = 0;
        for (int i = 0; i < dim; i++) {
            re[i] = rng.nextGaussian();
            im[i] = rng.nextGaussian();
            norm += re[i] * re[i] + im[i] * im[i];
        }
        double scale = 1 / Math.sqrt(norm);
        for (int i = 0; i < dim; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
        StateVector s = new StateVector(qubits);
        s.setAmplitudes(re, im);
        return s;
    }
}

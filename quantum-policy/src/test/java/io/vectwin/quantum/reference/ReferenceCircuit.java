package io.vectwin.quantum.reference;

import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.simulator.Axis;

/**
 * The variational circuit as the issue specifies it, gate by gate, on the dense reference: nothing
 * fused, no permutations, amplitude encoding by plain division. Returns the final state {re, im}.
 */
public final class ReferenceCircuit {

    private ReferenceCircuit() {
    }

    public static double[][] finalState(CircuitShape shape, Encoding encoding, boolean hadamardInput, double[] theta,
            double[] input) {
        int n = shape.qubits();
        int dim = 1 << n;
        DenseReference u = new DenseReference(n);
        for (int layer = 0; layer < shape.layers(); layer++) {
            boolean upload = encoding == Encoding.ANGLE_REUPLOADING || (encoding == Encoding.ANGLE && layer == 0);
            if (upload) {
                for (int q = 0; q < n; q++) {
                    u.rotate(Axis.X, q, input[q]);
                }
            }
            if (layer == 0 && hadamardInput) {
                for (int q = 0; q < n; q++) {
                    u.h(q);
                }
            }
            for (int q = 0; q < n; q++) {
                int base = (layer * n + q) * 3;
                u.rotate(Axis.X, q, theta[base]);
                u.rotate(Axis.Y, q, theta[base + 1]);
                u.rotate(Axis.Z, q, theta[base + 2]);
            }
            if (n > 1) {
                for (int q = 0; q < n; q++) {
                    u.cnot(q, (q + 1) % n);
                }
            }
        }
        double[] re = new double[dim];
        double[] im = new double[dim];
        if (encoding == Encoding.AMPLITUDE) {
            double norm = 0;
            for (double f : input) {
                norm += f * f;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < dim; i++) {
                re[i] = input[i] / norm;
            }
        } else {
            re[0] = 1;
        }
        return u.applyTo(re, im);
    }

    /** |amplitude|² of a state {re, im}. */
    public static double[] probabilities(double[][] state) {
        double[] p = new double[state[0].length];
        for (int i = 0; i < p.length; i++) {
            p[i] = state[0][i] * state[0][i] + state[1][i] * state[1][i];
        }
        return p;
    }
}

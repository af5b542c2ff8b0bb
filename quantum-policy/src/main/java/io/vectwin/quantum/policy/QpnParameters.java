package io.vectwin.quantum.policy;

import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.circuit.VariationalCircuit;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Everything that defines a trained quantum policy network: the circuit (shape, encoding, Hadamard
 * input layer, θ) and, optionally, the read-out of eq. (88). What {@link QpnParametersFile} saves
 * and loads.
 *
 * @param shape         N qubits, L layers
 * @param encoding      how inputs become states
 * @param hadamardInput whether H^⊗N follows the encoding
 * @param theta         3·L·N angles (rad), order ℓ, q, (x, y, z); copied in and out
 * @param readout       the read-out, or null for a circuit-only file (the policy then starts from
 *                      {@link SoftmaxReadout#outcomeGroups}); its outcomes must be 2^N
 */
public record QpnParameters(CircuitShape shape, Encoding encoding, boolean hadamardInput, double[] theta,
        SoftmaxReadout readout) {

    public QpnParameters {
        if (shape == null) {
            throw new IllegalArgumentException("shape is required");
        }
        if (encoding == null) {
            throw new IllegalArgumentException("encoding is required");
        }
        theta = shape.requireParameters("theta", theta).clone();
        if (readout != null && readout.outcomes() != shape.dimension()) {
            throw new IllegalArgumentException("readout.weights rows have " + readout.outcomes()
                    + " entries, but " + shape.qubits() + " qubits have 2^" + shape.qubits() + " = "
                    + shape.dimension() + " outcomes");
        }
    }

    /** The paper's circuit (amplitude encoding, no H layer) with these angles and no read-out. */
    public static QpnParameters circuitOnly(CircuitShape shape, double[] theta) {
        return new QpnParameters(shape, Encoding.AMPLITUDE, false, theta, null);
    }

    /**
     * A fresh network: θ uniform in [0, π) as the TensorFlow Quantum RL tutorial initialises its
     * rotation angles, and the outcome-group read-out for {@code actions} actions.
     */
    public static QpnParameters initial(CircuitShape shape, Encoding encoding, boolean hadamardInput, int actions,
            RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException("rng is required");
        }
        double[] theta = new double[Objects.requireNonNull(shape, "shape").parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = rng.nextDouble(0, Math.PI);
        }
        return new QpnParameters(shape, encoding, hadamardInput, theta,
                SoftmaxReadout.outcomeGroups(actions, shape.dimension()));
    }

    /** The circuit these parameters define. */
    public VariationalCircuit circuit() {
        return new VariationalCircuit(shape, encoding, hadamardInput, theta);
    }

    public boolean hasReadout() {
        return readout != null;
    }

    /** The stored read-out, or the outcome-group default for {@code actions} actions when there is none. */
    public SoftmaxReadout readoutOrOutcomeGroups(int actions) {
        return readout != null ? readout : SoftmaxReadout.outcomeGroups(actions, shape.dimension());
    }

    public QpnParameters withTheta(double[] newTheta) {
        return new QpnParameters(shape, encoding, hadamardInput, newTheta, readout);
    }

    public QpnParameters withReadout(SoftmaxReadout newReadout) {
        return new QpnParameters(shape, encoding, hadamardInput, theta, newReadout);
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QpnParameters p && p.shape.equals(shape) && p.encoding == encoding
                && p.hadamardInput == hadamardInput && Arrays.equals(p.theta, theta) && Objects.equals(p.readout, readout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shape, encoding, hadamardInput, Arrays.hashCode(theta), readout);
    }

    @Override
    public String toString() {
        return "QpnParameters[shape=" + shape + ", encoding=" + encoding.fileName() + ", hadamardInput=" + hadamardInput
                + ", theta=" + theta.length + " angles, readout=" + readout + "]";
    }
}

package io.vectwin.quantum.training;

import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * A classical state-value critic and its target (Algorithm 2, lines 2 and 14; the PPO baseline's
 * value function): V(s) on DL4J ({@link ClassicalNetworks#mlp}, linear output), trained with Adam on
 * the squared error to targets the caller computes, e.g. line 14's
 * <pre>
 *   L(φ) = E_D[(r + γ·C_φ'(s') − C_φ(s))²],
 * </pre>
 * with r + γ·C_φ'(s') from {@link #targetValues} held fixed while φ moves. The target network follows
 * φ by Polyak averaging, φ' ← τ·φ + (1 − τ)·φ' ({@link #updateTarget}), so targets drift slowly and
 * the regression does not chase itself.
 *
 * <p>Not thread-safe.
 */
public final class ValueCritic {

    /** Width of both hidden layers. */
    public static final int DEFAULT_HIDDEN = 64;

    private final MultiLayerNetwork online;
    private final MultiLayerNetwork target;
    private final int inputs;

    /** A fresh critic for states of {@code inputs} numbers. */
    public ValueCritic(int inputs, int hidden, double learningRate, long seed) {
        this(ClassicalNetworks.mlp(inputs, hidden, 1, Activation.IDENTITY, new LossMSE(), learningRate, seed), null);
    }

    private ValueCritic(MultiLayerNetwork online, MultiLayerNetwork target) {
        this.online = online;
        this.target = target != null ? target : online.clone();
        this.inputs = (int) online.layerInputSize(0);
    }

    public int inputs() {
        return inputs;
    }

    /** C_φ(s) for every row. */
    public double[] values(double[][] states) {
        return ClassicalNetworks.firstColumn(online.output(ClassicalNetworks.matrix(states, inputs)));
    }

    /** C_φ'(s) for every row. */
    public double[] targetValues(double[][] states) {
        return ClassicalNetworks.firstColumn(target.output(ClassicalNetworks.matrix(states, inputs)));
    }

    /** One Adam step on the squared error between C_φ(s) and the fixed {@code targets}. */
    public void fit(double[][] states, double[] targets) {
        if (states.length != targets.length) {
            throw new IllegalArgumentException(states.length + " states but " + targets.length + " targets");
        }
        online.fit(ClassicalNetworks.matrix(states, inputs), ClassicalNetworks.column(targets));
    }

    /** φ' ← τ·φ + (1 − τ)·φ'. */
    public void updateTarget(double tau) {
        softUpdate(target, online, tau);
    }

    /** target ← τ·online + (1 − τ)·target, for any pair of networks of one shape. */
    static void softUpdate(MultiLayerNetwork target, MultiLayerNetwork online, double tau) {
        if (!(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("tau must lie in (0, 1], got " + tau);
        }
        INDArray mixed = target.params().mul(1.0 - tau).addi(online.params().mul(tau));
        target.setParams(mixed);
    }

    /** Writes the online network (with its Adam state) and the target network beside it. */
    public void save(Path onlineFile, Path targetFile) throws IOException {
        ClassicalNetworks.save(online, onlineFile, true);
        ClassicalNetworks.save(target, targetFile, false);
    }

    /** The critic {@link #save} wrote. */
    public static ValueCritic load(Path onlineFile, Path targetFile) throws IOException {
        return new ValueCritic(ClassicalNetworks.load(onlineFile, true), ClassicalNetworks.load(targetFile, false));
    }
}

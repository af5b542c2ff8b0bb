package io.vectwin.quantum.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The classical critic C_φx of one agent type and its target C_φ'x (Algorithm 2, lines 2 and 14):
 * a state-value network V(s) on DL4J, two hidden ReLU layers and a linear output, trained with Adam
 * on the squared TD error of line 14,
 * <pre>
 *   L(φ) = E_D[(r + γ·C_φ'(s') − C_φ(s))²],
 * </pre>
 * the target r + γ·C_φ'(s') computed by the caller with {@link #targetValues} (γ·C_φ' dropped at an
 * episode's last step) and held fixed while φ moves. The target network follows φ by Polyak
 * averaging, φ' ← τ·φ + (1 − τ)·φ', after every update ({@link #updateTarget}), so targets drift
 * slowly and the regression does not chase itself.
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
        this(network(inputs, hidden, learningRate, seed), null);
    }

    private ValueCritic(MultiLayerNetwork online, MultiLayerNetwork target) {
        this.online = online;
        this.target = target != null ? target : online.clone();
        this.inputs = (int) online.layerInputSize(0);
    }

    private static MultiLayerNetwork network(int inputs, int hidden, double learningRate, long seed) {
        if (inputs < 1 || hidden < 1) {
            throw new IllegalArgumentException("critic needs inputs >= 1 and hidden >= 1, got " + inputs + ", " + hidden);
        }
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(learningRate))
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(hidden).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(hidden).nOut(hidden).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(hidden).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    public int inputs() {
        return inputs;
    }

    /** C_φ(s) for every row. */
    public double[] values(double[][] states) {
        return column(online.output(matrix(states)));
    }

    /** C_φ'(s) for every row. */
    public double[] targetValues(double[][] states) {
        return column(target.output(matrix(states)));
    }

    /** One Adam step on the squared error between C_φ(s) and the fixed {@code targets} (line 14). */
    public void fit(double[][] states, double[] targets) {
        if (states.length != targets.length) {
            throw new IllegalArgumentException(states.length + " states but " + targets.length + " targets");
        }
        float[][] labels = new float[targets.length][1];
        for (int k = 0; k < targets.length; k++) {
            labels[k][0] = (float) targets[k];
        }
        online.fit(matrix(states), Nd4j.create(labels));
    }

    /** φ' ← τ·φ + (1 − τ)·φ'. */
    public void updateTarget(double tau) {
        if (!(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("tau must lie in (0, 1], got " + tau);
        }
        INDArray mixed = target.params().mul(1.0 - tau).addi(online.params().mul(tau));
        target.setParams(mixed);
    }

    /** Writes the online network (with its Adam state) and the target network beside it. */
    public void save(Path onlineFile, Path targetFile) {
        try {
            ModelSerializer.writeModel(online, onlineFile.toFile(), true);
            ModelSerializer.writeModel(target, targetFile.toFile(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write critic " + onlineFile, e);
        }
    }

    /** The critic {@link #save} wrote. */
    public static ValueCritic load(Path onlineFile, Path targetFile) {
        try {
            return new ValueCritic(ModelSerializer.restoreMultiLayerNetwork(onlineFile.toFile(), true),
                    ModelSerializer.restoreMultiLayerNetwork(targetFile.toFile(), false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read critic " + onlineFile, e);
        }
    }

    private INDArray matrix(double[][] states) {
        float[][] rows = new float[states.length][];
        for (int k = 0; k < states.length; k++) {
            if (states[k].length != inputs) {
                throw new IllegalArgumentException("state " + k + " has " + states[k].length + " numbers, the critic takes "
                        + inputs);
            }
            rows[k] = new float[inputs];
            for (int i = 0; i < inputs; i++) {
                rows[k][i] = (float) states[k][i];
            }
        }
        return Nd4j.create(rows);
    }

    private static double[] column(INDArray out) {
        double[] v = new double[(int) out.size(0)];
        for (int k = 0; k < v.length; k++) {
            v[k] = out.getDouble(k, 0);
        }
        return v;
    }
}

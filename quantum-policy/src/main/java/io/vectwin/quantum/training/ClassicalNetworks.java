package io.vectwin.quantum.training;

import java.io.IOException;
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
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The classical networks of the critics and the PPO/DDPG baselines: multilayer perceptrons on DL4J
 * with two ReLU hidden layers, Xavier initialisation and Adam, and the float matrices they read.
 */
public final class ClassicalNetworks {

    private ClassicalNetworks() {
    }

    /** inputs → hidden → hidden → outputs with {@code outputActivation}, trained on {@code loss} by Adam(learningRate). */
    public static MultiLayerNetwork mlp(int inputs, int hidden, int outputs, Activation outputActivation, ILossFunction loss,
            double learningRate, long seed) {
        if (inputs < 1 || hidden < 1 || outputs < 1) {
            throw new IllegalArgumentException("a network needs inputs, hidden and outputs >= 1, got " + inputs + ", "
                    + hidden + ", " + outputs);
        }
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(learningRate))
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(hidden).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(hidden).nOut(hidden).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(loss).nIn(hidden).nOut(outputs).activation(outputActivation).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Rows as a float matrix; every row must have {@code width} numbers. */
    public static INDArray matrix(double[][] rows, int width) {
        float[][] f = new float[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            if (rows[k].length != width) {
                throw new IllegalArgumentException("row " + k + " has " + rows[k].length + " numbers, the network takes "
                        + width);
            }
            f[k] = new float[width];
            for (int i = 0; i < width; i++) {
                f[k][i] = (float) rows[k][i];
            }
        }
        return Nd4j.create(f);
    }

    /** {@code net}'s outputs for {@code states} (each of {@code width} numbers), one forward pass, as rows. */
    public static double[][] outputs(MultiLayerNetwork net, java.util.List<double[]> states, int width) {
        return rows(net.output(matrix(states.toArray(double[][]::new), width)));
    }

    /** A matrix back as rows of doubles. */
    public static double[][] rows(INDArray m) {
        int n = (int) m.size(0);
        int w = (int) m.size(1);
        double[][] out = new double[n][w];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < w; i++) {
                out[k][i] = m.getDouble(k, i);
            }
        }
        return out;
    }

    /** The first column of a matrix (a one-output network's outputs). */
    public static double[] firstColumn(INDArray m) {
        double[] v = new double[(int) m.size(0)];
        for (int k = 0; k < v.length; k++) {
            v[k] = m.getDouble(k, 0);
        }
        return v;
    }

    /** Numbers as a one-column float matrix (a one-output network's labels). */
    public static INDArray column(double[] v) {
        float[][] m = new float[v.length][1];
        for (int k = 0; k < v.length; k++) {
            m[k][0] = (float) v[k];
        }
        return Nd4j.create(m);
    }

    /** The network and, with {@code withUpdater}, its optimiser state. */
    public static void save(MultiLayerNetwork net, Path file, boolean withUpdater) throws IOException {
        ModelSerializer.writeModel(net, file.toFile(), withUpdater);
    }

    public static MultiLayerNetwork load(Path file, boolean withUpdater) throws IOException {
        return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), withUpdater);
    }
}

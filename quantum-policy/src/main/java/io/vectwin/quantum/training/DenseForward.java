package io.vectwin.quantum.training;

import io.vectwin.quantum.policy.SoftmaxReadout;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The forward pass of a trained dense network ({@link ClassicalNetworks#mlp}: dense layers, each
 * y = act(x·W + b)) in plain Java, for one input at a time.
 *
 * <p>Why not {@code MultiLayerNetwork.output}: in the job a vehicle actor decides one task per
 * call, and DL4J's per-call cost (an INDArray in and out, workspaces, native dispatch) is about a
 * millisecond for a network whose arithmetic takes a few microseconds — a PPO or DDPG actor then
 * held the decision operator to a few hundred tasks per second. The weights are copied out of the
 * network once, so a later change to the network does not reach this copy.
 *
 * <p>Not thread-safe: it reuses its activation buffers (one instance per operator instance).
 */
public final class DenseForward {

    /** The activations {@link ClassicalNetworks} builds networks with. */
    private enum Act {
        IDENTITY, RELU, SIGMOID, TANH, SOFTMAX
    }

    private final float[][][] weights; // [layer][in][out]
    private final float[][] biases;    // [layer][out]
    private final Act[] activations;
    private final double[][] buffers;  // [layer][out], the layer's output

    private DenseForward(float[][][] weights, float[][] biases, Act[] activations) {
        this.weights = weights;
        this.biases = biases;
        this.activations = activations;
        this.buffers = new double[weights.length][];
        for (int l = 0; l < weights.length; l++) {
            buffers[l] = new double[biases[l].length];
        }
    }

    /**
     * A copy of {@code network}'s weights and activations.
     *
     * @throws IllegalArgumentException if a layer is not dense (no W and b) or its activation is not
     *                                  one of identity, ReLU, sigmoid, tanh, softmax
     */
    public static DenseForward of(MultiLayerNetwork network) {
        int n = network.getnLayers();
        float[][][] w = new float[n][][];
        float[][] b = new float[n][];
        Act[] act = new Act[n];
        for (int l = 0; l < n; l++) {
            Layer layer = network.getLayer(l);
            INDArray wl = layer.getParam("W");
            INDArray bl = layer.getParam("b");
            if (wl == null || bl == null || wl.rank() != 2) {
                throw new IllegalArgumentException("layer " + l + " is not a dense layer (no 2-D W and b)");
            }
            int in = (int) wl.size(0);
            int out = (int) wl.size(1);
            if (bl.length() != out || (l > 0 && in != b[l - 1].length)) {
                throw new IllegalArgumentException("layer " + l + " has W " + in + "x" + out + " and b of "
                        + bl.length() + " that do not chain");
            }
            w[l] = new float[in][out];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    w[l][i][j] = wl.getFloat(i, j);
                }
            }
            b[l] = new float[out];
            for (int j = 0; j < out; j++) {
                b[l][j] = bl.getFloat(j);
            }
            act[l] = activation(l, layer);
        }
        return new DenseForward(w, b, act);
    }

    /** Inputs the first layer takes. */
    public int inputs() {
        return weights[0].length;
    }

    /** Outputs of the last layer. */
    public int outputs() {
        return biases[biases.length - 1].length;
    }

    /**
     * The network's output for one input, as {@code MultiLayerNetwork.output} computes it (in
     * double precision from the float weights). The returned array is this instance's buffer,
     * overwritten by the next call.
     */
    public double[] output(double[] input) {
        if (input.length != inputs()) {
            throw new IllegalArgumentException("input has " + input.length + " numbers, the network takes " + inputs());
        }
        double[] x = input;
        for (int l = 0; l < weights.length; l++) {
            double[] y = buffers[l];
            float[] bias = biases[l];
            for (int j = 0; j < y.length; j++) {
                y[j] = bias[j];
            }
            float[][] wl = weights[l];
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                if (xi == 0) {
                    continue; // ReLU zeros are common and add nothing
                }
                float[] row = wl[i];
                for (int j = 0; j < y.length; j++) {
                    y[j] += xi * row[j];
                }
            }
            activate(activations[l], y);
            x = y;
        }
        return x;
    }

    private static void activate(Act act, double[] y) {
        switch (act) {
            case IDENTITY -> { }
            case RELU -> {
                for (int j = 0; j < y.length; j++) {
                    y[j] = Math.max(0.0, y[j]);
                }
            }
            case SIGMOID -> {
                for (int j = 0; j < y.length; j++) {
                    y[j] = 1.0 / (1.0 + Math.exp(-y[j]));
                }
            }
            case TANH -> {
                for (int j = 0; j < y.length; j++) {
                    y[j] = Math.tanh(y[j]);
                }
            }
            case SOFTMAX -> SoftmaxReadout.softmaxInPlace(y);
        }
    }

    private static Act activation(int l, Layer layer) {
        if (!(layer.conf().getLayer() instanceof BaseLayer base)) {
            throw new IllegalArgumentException("layer " + l + " is not a dense layer");
        }
        IActivation fn = base.getActivationFn();
        if (fn instanceof ActivationIdentity) {
            return Act.IDENTITY;
        } else if (fn instanceof ActivationReLU) {
            return Act.RELU;
        } else if (fn instanceof ActivationSigmoid) {
            return Act.SIGMOID;
        } else if (fn instanceof ActivationTanH) {
            return Act.TANH;
        } else if (fn instanceof ActivationSoftmax) {
            return Act.SOFTMAX;
        }
        throw new IllegalArgumentException("layer " + l + " has activation " + fn + ", not one of identity, relu,"
                + " sigmoid, tanh, softmax");
    }
}

package io.vectwin.lstm.model;

import io.vectwin.lstm.features.TwinFeature;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.GravesLSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward pass of a trained twin network for prediction only, computing eq. (69)–(73) itself:
 * the matrix products go to ND4J's BLAS in as few calls as possible (one for the input
 * projection of a whole layer over all W steps, one per step for the recurrent part), the
 * element-wise gate maths runs in plain Java over float arrays. DL4J's own {@code output()} makes
 * dozens of native calls and copies per layer and step; at the batch sizes of a live twin that
 * overhead, not arithmetic, is what limits it (see the LSTM section of benchmarks/RESULTS.md).
 *
 * <p>Weights are read once from the DL4J network in its layout — input weights [n_in, 4u],
 * recurrent weights [u, 4u] (+ 3 peephole columns for Graves LSTM), bias [4u], gate blocks in
 * the order block input, forget, output, input gate — and the class is checked against DL4J's
 * {@code output()} in its test. Not thread-safe: it keeps scratch buffers per batch size.
 */
public final class LstmInference {

    private final int window;
    private final int inputs;
    private final int outputs;
    private final Layer[] layers;
    private final float[] outWeights; // [u, O] row-major
    private final float[] outBias;
    private final boolean relu;

    /**
     * Below this many rows a product runs in Java: a native call and the copies in and out of
     * ND4J cost more than the arithmetic of a small batch.
     */
    static final int NATIVE_MIN_ROWS = 8;

    /** One LSTM layer's weights, on and off the heap (see {@link #NATIVE_MIN_ROWS}). */
    private record Layer(int nIn, int units, INDArray inputWeights, INDArray recurrentWeights, float[] inputWeightsArray,
            float[] recurrentWeightsArray, float[] bias, float[] peepForget, float[] peepOutput, float[] peepInput) {
    }

    public LstmInference(MultiLayerNetwork network, LstmConfig config) {
        this.window = config.window();
        this.inputs = TwinFeature.inputs().size();
        this.outputs = TwinFeature.outputs().size();
        this.relu = config.cellActivation() == CellActivation.RELU;
        int n = network.getnLayers();
        this.layers = new Layer[n - 1];
        for (int l = 0; l < n - 1; l++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = network.getLayer(l).conf().getLayer();
            if (conf instanceof LastTimeStep wrapper) {
                conf = wrapper.getUnderlying();
            }
            boolean peepholes = conf instanceof GravesLSTM;
            Map<String, INDArray> p = network.getLayer(l).paramTable();
            INDArray w = p.get("W");
            INDArray rw = p.get("RW");
            int units = (int) w.size(1) / 4;
            INDArray recurrent = rw.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 4 * units)).dup('c').castTo(DataType.FLOAT);
            float[] peepF = peepholes ? column(rw, 4 * units) : null;
            float[] peepO = peepholes ? column(rw, 4 * units + 1) : null;
            float[] peepG = peepholes ? column(rw, 4 * units + 2) : null;
            INDArray input = w.dup('c').castTo(DataType.FLOAT);
            layers[l] = new Layer((int) w.size(0), units, input, recurrent, input.data().asFloat(),
                    recurrent.data().asFloat(), p.get("b").dup('c').castTo(DataType.FLOAT).data().asFloat(), peepF, peepO, peepG);
        }
        Map<String, INDArray> out = network.getLayer(n - 1).paramTable();
        this.outWeights = out.get("W").dup('c').castTo(DataType.FLOAT).data().asFloat();
        this.outBias = out.get("b").dup('c').castTo(DataType.FLOAT).data().asFloat();
    }

    /**
     * The network's output for {@code n} scaled windows.
     *
     * @param x windows laid out [n, F, W] (c order), as the network takes them
     * @return outputs [n, O] row-major
     */
    public float[] forward(float[] x, int n) {
        if (x.length != n * inputs * window) {
            throw new IllegalArgumentException("expected " + n * inputs * window + " inputs for " + n + " windows, got "
                    + x.length);
        }
        // time-major sequence of the current layer's inputs: row t*n + s
        float[] sequence = new float[window * n * inputs];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < inputs; j++) {
                int base = (s * inputs + j) * window;
                for (int t = 0; t < window; t++) {
                    sequence[(t * n + s) * inputs + j] = x[base + t];
                }
            }
        }
        float[] last = null;
        for (int l = 0; l < layers.length; l++) {
            boolean top = l == layers.length - 1;
            float[] hidden = layer(layers[l], sequence, n, top);
            if (top) {
                last = hidden;
            } else {
                sequence = hidden;
            }
        }
        int u = layers[layers.length - 1].units();
        float[] result = new float[n * outputs];
        for (int s = 0; s < n; s++) {
            for (int o = 0; o < outputs; o++) {
                float acc = outBias[o];
                for (int k = 0; k < u; k++) {
                    acc += last[s * u + k] * outWeights[k * outputs + o];
                }
                result[s * outputs + o] = acc;
            }
        }
        return result;
    }

    /**
     * Runs one layer over all W steps. Returns the time-major hidden sequence [W·n, u], or for
     * the top layer only the last step's [n, u].
     */
    private float[] layer(Layer layer, float[] sequence, int n, boolean topOnly) {
        int u = layer.units();
        int g4 = 4 * u;
        float[] z = product(sequence, window * n, layer.nIn(), layer.inputWeights(), layer.inputWeightsArray(), g4);
        float[] hiddenAll = topOnly ? null : new float[window * n * u];
        float[] h = new float[n * u];
        float[] c = new float[n * u];
        for (int t = 0; t < window; t++) {
            float[] zr = t == 0 ? null
                    : product(h, n, u, layer.recurrentWeights(), layer.recurrentWeightsArray(), g4);
            int zBase = t * n * g4;
            float[] bias = layer.bias();
            float[] peepF = layer.peepForget();
            float[] peepG = layer.peepInput();
            float[] peepO = layer.peepOutput();
            for (int s = 0; s < n; s++) {
                int row = zBase + s * g4;
                int rRow = s * g4;
                int cell = s * u;
                for (int k = 0; k < u; k++) {
                    float zi = z[row + k] + bias[k];
                    float zf = z[row + u + k] + bias[u + k];
                    float zo = z[row + 2 * u + k] + bias[2 * u + k];
                    float zg = z[row + 3 * u + k] + bias[3 * u + k];
                    if (zr != null) {
                        zi += zr[rRow + k];
                        zf += zr[rRow + u + k];
                        zo += zr[rRow + 2 * u + k];
                        zg += zr[rRow + 3 * u + k];
                    }
                    float prev = c[cell + k];
                    if (peepF != null) {
                        zf += prev * peepF[k];
                        zg += prev * peepG[k];
                    }
                    float blockInput = activation(zi);          // tanh(W_C o + W_CH h + b_C), eq. (71)
                    float forget = sigmoid(zf);                  // eq. (70)
                    float inputGate = sigmoid(zg);               // eq. (69)
                    float now = forget * prev + inputGate * blockInput; // eq. (71)
                    c[cell + k] = now;
                    if (peepO != null) {
                        zo += now * peepO[k];
                    }
                    float out = sigmoid(zo) * activation(now);  // eq. (72), (73)
                    h[cell + k] = out;
                }
            }
            if (hiddenAll != null) {
                System.arraycopy(h, 0, hiddenAll, t * n * u, n * u);
            }
        }
        return topOnly ? h : hiddenAll;
    }

    /** a [rows, k] × b [k, cols], row-major; b given both as an ND4J array and as a Java array. */
    private static float[] product(float[] a, int rows, int k, INDArray b, float[] bArray, int cols) {
        if (rows >= NATIVE_MIN_ROWS) {
            INDArray left = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, k}, 'c');
            offHeap(left).put(a, 0, rows * k);
            INDArray out = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, cols}, 'c');
            left.mmuli(b, out);
            float[] result = new float[rows * cols];
            offHeap(out).get(result, 0, result.length);
            return result;
        }
        float[] out = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            int outRow = i * cols;
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                if (aip == 0f) {
                    continue;
                }
                int bRow = p * cols;
                for (int j = 0; j < cols; j++) {
                    out[outRow + j] += aip * bArray[bRow + j];
                }
            }
        }
        return out;
    }

    /**
     * The float buffer behind a fresh c-order array, for bulk copies: ND4J's own
     * {@code create(float[])} and {@code asFloat()} copy element by element with bounds checks,
     * which cost as much as the product itself at these sizes.
     */
    private static FloatPointer offHeap(INDArray fresh) {
        return new FloatPointer(fresh.data().addressPointer());
    }

    private float activation(float x) {
        return relu ? Math.max(0f, x) : tanh(x);
    }

    private static float sigmoid(float x) {
        return GateMath.sigmoid(x);
    }

    private static float tanh(float x) {
        return GateMath.tanh(x);
    }

    private static float[] column(INDArray matrix, int col) {
        return matrix.getColumn(col).dup('c').castTo(DataType.FLOAT).data().asFloat();
    }
}

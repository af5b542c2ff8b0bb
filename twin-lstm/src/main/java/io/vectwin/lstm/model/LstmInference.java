package io.vectwin.lstm.model;

import io.vectwin.lstm.features.TwinFeature;
import java.util.Arrays;
import java.util.Map;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.conf.layers.GravesLSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Forward pass of a trained twin network for prediction only, computing eq. (69)–(73) itself:
 * the matrix products go to ND4J's BLAS in as few calls as possible (one for the input
 * projection of a whole layer over all W steps, one per step for the recurrent part, accumulated
 * by the GEMM onto that step's input projection), the element-wise gate maths runs in plain Java
 * over float arrays, in short loops per batch row that the JIT vectorises. DL4J's own
 * {@code output()} makes dozens of native calls, allocations and copies per layer and step; at the
 * batch sizes of a live twin that overhead, not arithmetic, is what limits it (see the LSTM
 * section of benchmarks/RESULTS.md).
 *
 * <p>Weights are read once from the DL4J network in its layout — input weights [n_in, 4u],
 * recurrent weights [u, 4u] (+ 3 peephole columns for Graves LSTM), bias [4u], gate blocks in
 * the order block input, forget, output, input gate — and the class is checked against DL4J's
 * {@code output()} in its test. Not thread-safe: it keeps its buffers for the last batch size.
 */
public final class LstmInference {

    private final int window;
    private final int inputs;
    private final int outputs;
    private final int units;
    private final Layer[] layers;
    private final float[] outWeights; // [u, O] row-major
    private final float[] outBias;
    private final boolean relu;
    /** Buffers of the last batch size; a twin and a benchmark keep the same size call after call. */
    private Workspace workspace;

    /**
     * Below this many rows the recurrent product runs in Java: a native call costs more than the
     * arithmetic of a small batch (on the benchmark machine the Java product was faster at 8 rows,
     * ND4J's at 16).
     */
    static final int NATIVE_MIN_ROWS = 12;

    /**
     * One LSTM layer's weights; the recurrent ones also on the heap for the Java product (see
     * {@link #NATIVE_MIN_ROWS}), bias and peepholes split per gate block (see {@link #updateRow}).
     * A layer without peepholes gets zero peephole weights, which add exactly nothing and keep the
     * gate loops free of branches.
     */
    private record Layer(INDArray inputWeights, INDArray recurrentWeights, float[][] recurrentWeightRows,
            float[] biasBlockInput, float[] biasForget, float[] biasOutput, float[] biasInputGate, float[] peepForget,
            float[] peepOutput, float[] peepInput) {
    }

    public LstmInference(MultiLayerNetwork network, LstmConfig config) {
        this.window = config.window();
        this.inputs = TwinFeature.inputs().size();
        this.outputs = TwinFeature.outputs().size();
        this.units = config.units();
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
            if (w.size(1) != 4L * units) {
                throw new IllegalArgumentException("layer " + l + " has " + w.size(1) / 4 + " units, the configuration "
                        + units);
            }
            INDArray recurrent = rw.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 4 * units)).dup('c')
                    .castTo(DataType.FLOAT);
            float[] peepF = peepholes ? column(rw, 4 * units) : new float[units];
            float[] peepO = peepholes ? column(rw, 4 * units + 1) : new float[units];
            float[] peepG = peepholes ? column(rw, 4 * units + 2) : new float[units];
            float[] bias = p.get("b").dup('c').castTo(DataType.FLOAT).data().asFloat();
            layers[l] = new Layer(w.dup('c').castTo(DataType.FLOAT), recurrent, recurrent.toFloatMatrix(),
                    block(bias, 0), block(bias, 1), block(bias, 2), block(bias, 3), peepF, peepO, peepG);
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
        Workspace ws = workspaceFor(n);
        ws.loadInputs(x);
        INDArray layerInput = ws.input;
        for (int l = 0; l < layers.length; l++) {
            runLayer(l, layerInput, ws);
            layerInput = ws.hidden[l];
        }
        return outputLayer(ws.hiddenNow, n);
    }

    private Workspace workspaceFor(int n) {
        if (workspace == null || workspace.n != n) {
            workspace = new Workspace(n);
        }
        return workspace;
    }

    /**
     * Runs layer {@code l} over all W steps, leaving its hidden sequence in {@code ws.hidden[l]}
     * and its last step's hidden state in {@code ws.hiddenNow}.
     */
    private void runLayer(int l, INDArray layerInput, Workspace ws) {
        Layer layer = layers[l];
        int n = ws.n;
        boolean nativeRecurrence = n >= NATIVE_MIN_ROWS;
        gemm(layerInput, layer.inputWeights(), ws.preactivations, false);
        for (float[] cellRow : ws.cell) {
            Arrays.fill(cellRow, 0f);
        }
        Arrays.fill(ws.hiddenNow, 0f);
        for (int t = 0; t < window; t++) {
            if (t > 0 && nativeRecurrence) {
                // z_t = x_t W + h_{t−1} RW: the GEMM adds onto the input projection in place
                gemm(ws.hiddenSteps[l][t - 1], layer.recurrentWeights(), ws.preactivationSteps[t], true);
            }
            ws.readPreactivations(t);
            if (t > 0 && !nativeRecurrence) {
                addRecurrentProduct(ws.hiddenNow, n, layer.recurrentWeightRows(), ws.gates, ws.gateRow);
            }
            for (int s = 0; s < n; s++) {
                updateRow(layer, ws, s);
            }
            ws.writeHidden(l, t);
        }
    }

    /**
     * One batch row's step of eq. (69)–(73): from the pre-activations of the four gate blocks
     * (without bias and peepholes) and the previous cell state to the new cell and hidden state.
     * Written as short loops over the units, each with one nonlinearity and every array indexed by
     * the unit alone, because that is what HotSpot 17's SuperWord turns into SIMD code: it gives up
     * on a loop whose body is large (all five nonlinearities in one loop stay scalar, about ten
     * times slower) or whose float arrays are indexed with different loop-invariant offsets (such
     * as the four blocks of one row of {@code gates}), hence the copies into {@link RowScratch}.
     */
    private void updateRow(Layer layer, Workspace ws, int s) {
        int u = units;
        RowScratch r = ws.row;
        float[] cell = ws.cell[s];
        int g = s * 4 * u;
        System.arraycopy(ws.gates, g, r.blockInput(), 0, u);
        System.arraycopy(ws.gates, g + u, r.forget(), 0, u);
        System.arraycopy(ws.gates, g + 2 * u, r.output(), 0, u);
        System.arraycopy(ws.gates, g + 3 * u, r.inputGate(), 0, u);
        activate(r.blockInput(), layer.biasBlockInput());                 // eq. (71), tanh(W_C o + W_CH h + b_C)
        gate(r.forget(), layer.biasForget(), cell, layer.peepForget());     // eq. (70)
        gate(r.inputGate(), layer.biasInputGate(), cell, layer.peepInput()); // eq. (69)
        updateCell(cell, r.forget(), r.inputGate(), r.blockInput());        // eq. (71)
        gate(r.output(), layer.biasOutput(), cell, layer.peepOutput());     // eq. (72), peephole on the new cell
        emit(r.output(), cell, r.hidden());                                 // eq. (73)
        System.arraycopy(r.hidden(), 0, ws.hiddenNow, s * u, u);
    }

    /** x ← act(x + bias), the cell activation. */
    private void activate(float[] x, float[] bias) {
        if (relu) {
            for (int k = 0; k < units; k++) {
                x[k] = Math.max(0f, x[k] + bias[k]);
            }
        } else {
            for (int k = 0; k < units; k++) {
                x[k] = GateMath.tanh(x[k] + bias[k]);
            }
        }
    }

    /** cell ← forget ⊙ cell + inputGate ⊙ blockInput. */
    private void updateCell(float[] cell, float[] forget, float[] inputGate, float[] blockInput) {
        for (int k = 0; k < units; k++) {
            cell[k] = forget[k] * cell[k] + inputGate[k] * blockInput[k];
        }
    }

    /** x ← σ(x + bias + cell ⊙ peephole), a gate. */
    private void gate(float[] x, float[] bias, float[] cell, float[] peephole) {
        for (int k = 0; k < units; k++) {
            x[k] = GateMath.sigmoid(x[k] + bias[k] + cell[k] * peephole[k]);
        }
    }

    /** hidden ← outputGate ⊙ act(cell). */
    private void emit(float[] outputGate, float[] cell, float[] hidden) {
        if (relu) {
            for (int k = 0; k < units; k++) {
                hidden[k] = outputGate[k] * Math.max(0f, cell[k]);
            }
        } else {
            for (int k = 0; k < units; k++) {
                hidden[k] = outputGate[k] * GateMath.tanh(cell[k]);
            }
        }
    }

    /**
     * gates [rows, 4u] += h [rows, u] × RW [u, 4u] in Java (see {@link #NATIVE_MIN_ROWS}), one
     * batch row at a time through a scratch row and with RW as an array of rows, so that the inner
     * loop indexes both its arrays by the column alone and is vectorised (see {@link #updateRow}).
     */
    private void addRecurrentProduct(float[] h, int rows, float[][] recurrentWeights, float[] gates, float[] row) {
        int cols = 4 * units;
        for (int i = 0; i < rows; i++) {
            System.arraycopy(gates, i * cols, row, 0, cols);
            for (int p = 0; p < units; p++) {
                float hip = h[i * units + p];
                if (hip == 0f) {
                    continue; // frequent with ReLU cells
                }
                float[] weights = recurrentWeights[p];
                for (int j = 0; j < cols; j++) {
                    row[j] += hip * weights[j];
                }
            }
            System.arraycopy(row, 0, gates, i * cols, cols);
        }
    }

    /** The dense output layer on the top layer's last hidden state [n, u]. */
    private float[] outputLayer(float[] last, int n) {
        float[] result = new float[n * outputs];
        for (int s = 0; s < n; s++) {
            for (int o = 0; o < outputs; o++) {
                float acc = outBias[o];
                for (int k = 0; k < units; k++) {
                    acc += last[s * units + k] * outWeights[k * outputs + o];
                }
                result[s * outputs + o] = acc;
            }
        }
        return result;
    }

    /**
     * c = a·b, or c += a·b, by ND4J's BLAS straight into c ({@code mmuli} would compute into a
     * temporary f-order array, then copy it over).
     */
    private static void gemm(INDArray a, INDArray b, INDArray c, boolean accumulate) {
        Nd4j.gemm(a, b, c, false, false, 1.0, accumulate ? 1.0 : 0.0);
    }

    /** Gate block {@code index} of a [4u] bias. */
    private float[] block(float[] bias, int index) {
        return Arrays.copyOfRange(bias, index * units, (index + 1) * units);
    }

    private static float[] column(INDArray matrix, int col) {
        return matrix.getColumn(col).dup('c').castTo(DataType.FLOAT).data().asFloat();
    }

    /** One batch row's gate blocks and hidden state while {@link #updateRow} works on them. */
    private record RowScratch(float[] blockInput, float[] forget, float[] output, float[] inputGate, float[] hidden) {
        RowScratch(int units) {
            this(new float[units], new float[units], new float[units], new float[units], new float[units]);
        }
    }

    /**
     * Every buffer a forward pass over n windows needs, allocated once: ND4J arrays (and their
     * per-step views) for the products, Java arrays for the gate maths, and one bulk copy each way
     * per step between them. ND4J's own {@code create(float[])} and {@code asFloat()} copy element
     * by element with bounds checks, as costly as the product itself at these sizes, hence the
     * copies through the raw {@link FloatPointer}s.
     */
    private final class Workspace {
        final int n;
        /** Layer 0's inputs, time-major [W·n, F]: row t·n + s is window s at step t. */
        final INDArray input;
        /** Per layer its hidden sequence [W·n, u]: the next layer's input, and its own recurrent input. */
        final INDArray[] hidden;
        /** The current layer's pre-activations [W·n, 4u]: input projection, then plus the recurrent product. */
        final INDArray preactivations;
        /** Views of one step's n rows of {@link #preactivations} and of each {@link #hidden}. */
        final INDArray[] preactivationSteps;
        final INDArray[][] hiddenSteps;
        private final FloatPointer inputMemory;
        private final FloatPointer preactivationMemory;
        private final FloatPointer[] hiddenMemory;
        /** Layer 0's inputs rearranged time-major on the heap before their one copy off the heap. */
        private final float[] timeMajor;
        /** The current step's pre-activations [n, 4u] and hidden state [n, u]. */
        final float[] gates;
        final float[] hiddenNow;
        /** One row of {@link #gates} for the Java recurrent product. */
        final float[] gateRow;
        /** The cell state, one array per row so that the gate loops index it by the unit alone. */
        final float[][] cell;
        final RowScratch row = new RowScratch(units);

        Workspace(int n) {
            this.n = n;
            int rows = window * n;
            input = Nd4j.zeros(DataType.FLOAT, rows, inputs);
            preactivations = Nd4j.zeros(DataType.FLOAT, rows, 4L * units);
            hidden = new INDArray[layers.length];
            hiddenSteps = new INDArray[layers.length][window];
            hiddenMemory = new FloatPointer[layers.length];
            preactivationSteps = new INDArray[window];
            for (int t = 0; t < window; t++) {
                preactivationSteps[t] = stepRows(preactivations, t);
            }
            for (int l = 0; l < layers.length; l++) {
                hidden[l] = Nd4j.zeros(DataType.FLOAT, rows, units);
                hiddenMemory[l] = memory(hidden[l]);
                for (int t = 0; t < window; t++) {
                    hiddenSteps[l][t] = stepRows(hidden[l], t);
                }
            }
            inputMemory = memory(input);
            preactivationMemory = memory(preactivations);
            timeMajor = new float[rows * inputs];
            gates = new float[n * 4 * units];
            cell = new float[n][units];
            hiddenNow = new float[n * units];
            gateRow = new float[4 * units];
        }

        /** Copies windows [n, F, W] into {@link #input}, time-major. */
        void loadInputs(float[] x) {
            for (int s = 0; s < n; s++) {
                for (int j = 0; j < inputs; j++) {
                    int base = (s * inputs + j) * window;
                    for (int t = 0; t < window; t++) {
                        timeMajor[(t * n + s) * inputs + j] = x[base + t];
                    }
                }
            }
            inputMemory.position(0).put(timeMajor, 0, timeMajor.length);
        }

        /** Step t's pre-activations into {@link #gates}. */
        void readPreactivations(int t) {
            preactivationMemory.position((long) t * gates.length).get(gates, 0, gates.length);
        }

        /** {@link #hiddenNow} into step t's rows of layer l's hidden sequence. */
        void writeHidden(int l, int t) {
            hiddenMemory[l].position((long) t * hiddenNow.length).put(hiddenNow, 0, hiddenNow.length);
        }

        private INDArray stepRows(INDArray sequence, int t) {
            return sequence.get(NDArrayIndex.interval((long) t * n, (long) (t + 1) * n), NDArrayIndex.all());
        }

        private static FloatPointer memory(INDArray fresh) {
            return new FloatPointer(fresh.data().addressPointer());
        }
    }
}

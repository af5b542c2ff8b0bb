package io.vectwin.lstm.model;

import io.vectwin.lstm.features.FeatureRow;
import io.vectwin.lstm.features.Normalisation;
import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A trained twin model ready to predict: the network, the normalisation it was trained with and
 * its metadata. Predictions come back unscaled, in SI units, as absolute next states
 * (current value + predicted change over the horizon), in {@link TwinFeature#outputs()} order.
 *
 * <p>Prediction runs through {@link LstmInference}, the network's forward pass without DL4J's
 * per-call overhead (checked equal to DL4J's in its test). Not thread-safe: one instance per
 * thread or per Flink operator instance. Many windows go through one {@link #predict(List)} call as one batch
 * — the cost of a batch of 64 is far below 64 single calls.
 */
public final class TwinPredictor {

    private final MultiLayerNetwork network;
    private final Normalisation normalisation;
    private final ModelMetadata metadata;
    private final int window;
    private final LstmInference inference;

    public TwinPredictor(MultiLayerNetwork network, Normalisation normalisation, ModelMetadata metadata) {
        if (!metadata.inputFeatures().equals(TwinFeature.inputNames())
                || !metadata.outputFeatures().equals(TwinFeature.outputNames())) {
            throw new IllegalArgumentException("model features " + metadata.inputFeatures() + " -> "
                    + metadata.outputFeatures() + " differ from this build's " + TwinFeature.inputNames() + " -> "
                    + TwinFeature.outputNames());
        }
        this.network = network;
        this.normalisation = normalisation;
        this.metadata = metadata;
        this.window = metadata.config().window();
        this.inference = new LstmInference(network, metadata.config());
    }

    public MultiLayerNetwork network() {
        return network;
    }

    public Normalisation normalisation() {
        return normalisation;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** W: reports each input window must hold. */
    public int window() {
        return window;
    }

    /** The model's version hash, carried by every decision taken on its predictions. */
    public String version() {
        return metadata.version();
    }

    /**
     * Predicts the state {@code horizon} slots after each window.
     *
     * @param windows per entity its last W reports, oldest first (each list exactly W long)
     * @return one row per window, in {@link TwinFeature#outputs()} order, SI units
     */
    public double[][] predict(List<List<FeatureRow>> windows) {
        int n = windows.size();
        int f = TwinFeature.inputs().size();
        float[] scaled = new float[n * f * window];
        double[][] current = new double[n][];
        for (int s = 0; s < n; s++) {
            List<FeatureRow> rows = windows.get(s);
            if (rows.size() != window) {
                throw new IllegalArgumentException("window " + s + " holds " + rows.size() + " reports, the model needs "
                        + window);
            }
            for (int w = 0; w < window; w++) {
                double[] v = rows.get(w).values();
                for (int j = 0; j < f; j++) {
                    scaled[(s * f + j) * window + w] = normalisation.scaleInput(j, v[j]);
                }
            }
            current[s] = rows.get(window - 1).values();
        }
        return unscale(forward(scaled, n), current);
    }

    /** Predictions for every sample of {@code data}, in batches of {@code batchSize}. */
    public double[][] predict(WindowDataset data, int batchSize) {
        if (data.window() != window) {
            throw new IllegalArgumentException("dataset window " + data.window() + " differs from the model's " + window);
        }
        int f = TwinFeature.inputs().size();
        double[][] out = new double[data.size()][];
        for (int start = 0; start < data.size(); start += batchSize) {
            int[] samples = java.util.stream.IntStream.range(start, Math.min(data.size(), start + batchSize)).toArray();
            double[][] current = new double[samples.length][f];
            for (int s = 0; s < samples.length; s++) {
                for (int j = 0; j < f; j++) {
                    current[s][j] = data.current(samples[s], j);
                }
            }
            double[][] batch = unscale(forward(normalisation.scaleInputs(data, samples), samples.length), current);
            System.arraycopy(batch, 0, out, start, samples.length);
        }
        return out;
    }

    /** The network's raw (scaled-change) output for {@code n} scaled windows laid out [n, F, W]. */
    private float[] forward(float[] scaled, int n) {
        return inference.forward(scaled, n);
    }

    private double[][] unscale(float[] out, double[][] current) {
        int o = TwinFeature.outputs().size();
        double[][] result = new double[current.length][o];
        for (int s = 0; s < current.length; s++) {
            for (int j = 0; j < o; j++) {
                int in = TwinFeature.outputs().get(j).inputIndex();
                result[s][j] = current[s][in] + normalisation.unscaleDelta(j, out[s * o + j]);
            }
        }
        return result;
    }
}

package io.vectwin.lstm.features;

import java.util.Arrays;
import java.util.List;

/**
 * Standardisation of the model's inputs and outputs, fitted on the training entities only and
 * saved beside the model (so a model meets live data scaled exactly as in training).
 *
 * <p>Inputs are scaled per feature to zero mean and unit deviation. Outputs are the change of
 * each predicted feature over the horizon, Δ = x(t+k) − x(t), scaled the same way: predicting a
 * change rather than the next absolute value keeps the network's job at the scale of the motion
 * in one horizon (centimetres) instead of the scenario (kilometres). A feature that never varies
 * in training gets deviation 1, so it passes through unscaled instead of dividing by zero.
 */
public record Normalisation(double[] inputMean, double[] inputStd, double[] deltaMean, double[] deltaStd) {

    public Normalisation {
        int f = TwinFeature.inputs().size();
        int o = TwinFeature.outputs().size();
        if (inputMean.length != f || inputStd.length != f || deltaMean.length != o || deltaStd.length != o) {
            throw new IllegalArgumentException("normalisation needs " + f + " input and " + o
                    + " output statistics, got " + inputMean.length + "/" + inputStd.length + " and "
                    + deltaMean.length + "/" + deltaStd.length);
        }
        for (double[] a : List.of(inputMean, inputStd, deltaMean, deltaStd)) {
            for (double x : a) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("normalisation statistics must be finite: " + Arrays.toString(a));
                }
            }
        }
        for (double[] a : List.of(inputStd, deltaStd)) {
            for (double x : a) {
                if (x <= 0) {
                    throw new IllegalArgumentException("deviations must be positive: " + Arrays.toString(a));
                }
            }
        }
        inputMean = inputMean.clone();
        inputStd = inputStd.clone();
        deltaMean = deltaMean.clone();
        deltaStd = deltaStd.clone();
    }

    /** Fits the statistics on every sample of {@code data} (inputs over every window step). */
    public static Normalisation fit(WindowDataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("cannot fit a normalisation on an empty dataset");
        }
        int f = TwinFeature.inputs().size();
        int o = TwinFeature.outputs().size();
        double[] inMean = new double[f];
        double[] inStd = new double[f];
        for (int j = 0; j < f; j++) {
            Welford w = new Welford();
            for (int s = 0; s < data.size(); s++) {
                for (int t = 0; t < data.window(); t++) {
                    w.add(data.input(s, j, t));
                }
            }
            inMean[j] = w.mean;
            inStd[j] = w.deviationOrOne();
        }
        double[] dMean = new double[o];
        double[] dStd = new double[o];
        for (int j = 0; j < o; j++) {
            int in = TwinFeature.outputs().get(j).inputIndex();
            Welford w = new Welford();
            for (int s = 0; s < data.size(); s++) {
                w.add(data.target(s, j) - data.current(s, in));
            }
            dMean[j] = w.mean;
            dStd[j] = w.deviationOrOne();
        }
        return new Normalisation(inMean, inStd, dMean, dStd);
    }

    public float scaleInput(int feature, double value) {
        return (float) ((value - inputMean[feature]) / inputStd[feature]);
    }

    public float scaleDelta(int output, double delta) {
        return (float) ((delta - deltaMean[output]) / deltaStd[output]);
    }

    public double unscaleDelta(int output, double scaled) {
        return scaled * deltaStd[output] + deltaMean[output];
    }

    /** Scaled input windows of {@code samples}, laid out [n, F, W] as the network takes them. */
    public float[] scaleInputs(WindowDataset data, int[] samples) {
        int f = TwinFeature.inputs().size();
        int w = data.window();
        float[] out = new float[samples.length * f * w];
        for (int i = 0; i < samples.length; i++) {
            for (int j = 0; j < f; j++) {
                for (int t = 0; t < w; t++) {
                    out[(i * f + j) * w + t] = scaleInput(j, data.input(samples[i], j, t));
                }
            }
        }
        return out;
    }

    /** Scaled changes over the horizon of {@code samples}, laid out [n, O]: the training labels. */
    public float[] scaleDeltas(WindowDataset data, int[] samples) {
        int o = TwinFeature.outputs().size();
        float[] out = new float[samples.length * o];
        for (int i = 0; i < samples.length; i++) {
            for (int j = 0; j < o; j++) {
                int in = TwinFeature.outputs().get(j).inputIndex();
                out[i * o + j] = scaleDelta(j, data.target(samples[i], j) - data.current(samples[i], in));
            }
        }
        return out;
    }

    @Override
    public double[] inputMean() {
        return inputMean.clone();
    }

    @Override
    public double[] inputStd() {
        return inputStd.clone();
    }

    @Override
    public double[] deltaMean() {
        return deltaMean.clone();
    }

    @Override
    public double[] deltaStd() {
        return deltaStd.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalisation n && Arrays.equals(n.inputMean, inputMean)
                && Arrays.equals(n.inputStd, inputStd) && Arrays.equals(n.deltaMean, deltaMean)
                && Arrays.equals(n.deltaStd, deltaStd);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inputMean) ^ Arrays.hashCode(deltaMean);
    }

    @Override
    public String toString() {
        return "Normalisation[inputMean=" + Arrays.toString(inputMean) + ", deltaMean=" + Arrays.toString(deltaMean) + "]";
    }

    /** Welford's running mean and variance: one pass, no cancellation on kilometre-scale positions. */
    private static final class Welford {
        private long n;
        private double mean;
        private double m2;

        void add(double x) {
            n++;
            double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }

        double deviationOrOne() {
            double sd = n > 1 ? Math.sqrt(m2 / n) : 0.0;
            return sd > 1e-12 * Math.max(1.0, Math.abs(mean)) ? sd : 1.0;
        }
    }
}

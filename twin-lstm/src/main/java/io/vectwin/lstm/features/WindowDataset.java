package io.vectwin.lstm.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Supervised samples cut from {@link EntitySequences}: an input window of W consecutive reports
 * of one entity, the report at the window's end ("current"), and the report k slots later
 * ("target", k = horizon). A window never spans a gap in the sequence numbers — a lost report
 * would otherwise teach the model a jump that did not happen — and never mixes entities.
 *
 * <p>Values are kept unnormalised in flat float arrays (the layout DL4J wants: per sample
 * F × W, feature-major), so one dataset serves training under any {@link Normalisation}.
 */
public final class WindowDataset {

    private final int window;
    private final int horizon;
    private final int size;
    private final float[] inputs;
    private final double[] current;
    private final double[] target;
    private final double[] horizonSeconds;
    private final String[] entity;

    private WindowDataset(int window, int horizon, int size, float[] inputs, double[] current, double[] target,
            double[] horizonSeconds, String[] entity) {
        this.window = window;
        this.horizon = horizon;
        this.size = size;
        this.inputs = inputs;
        this.current = current;
        this.target = target;
        this.horizonSeconds = horizonSeconds;
        this.entity = entity;
    }

    /**
     * Every window of every entity, taking one window in {@code stride} positions.
     *
     * @param window  W ≥ 1 reports per input
     * @param horizon k ≥ 1: predict the report k slots after the window's last
     * @param stride  ≥ 1: 1 keeps every window; larger thins out strongly overlapping windows
     */
    public static WindowDataset cut(EntitySequences sequences, int window, int horizon, int stride) {
        if (window < 1 || horizon < 1 || stride < 1) {
            throw new IllegalArgumentException("window, horizon and stride must be >= 1, got "
                    + window + ", " + horizon + ", " + stride);
        }
        List<int[]> picks = new ArrayList<>();
        List<String> ids = sequences.entities();
        for (int e = 0; e < ids.size(); e++) {
            List<FeatureRow> rows = sequences.rows(ids.get(e));
            int run = 1; // length of the gap-free run ending at row i
            for (int i = 1; i < rows.size(); i++) {
                run = rows.get(i).sequenceNumber() == rows.get(i - 1).sequenceNumber() + 1 ? run + 1 : 1;
                int last = i - horizon; // the window's last row when row i is the target
                // the run ending at i covers the window and the horizon when it spans W + k rows
                if (last >= 0 && run >= window + horizon && (last - (window - 1)) % stride == 0) {
                    picks.add(new int[] {e, last});
                }
            }
        }
        int f = TwinFeature.inputs().size();
        int o = TwinFeature.outputs().size();
        int n = picks.size();
        float[] in = new float[n * f * window];
        double[] cur = new double[n * f];
        double[] tgt = new double[n * o];
        double[] dt = new double[n];
        String[] ent = new String[n];
        for (int s = 0; s < n; s++) {
            int[] pick = picks.get(s);
            List<FeatureRow> rows = sequences.rows(ids.get(pick[0]));
            int last = pick[1];
            for (int w = 0; w < window; w++) {
                double[] v = rows.get(last - window + 1 + w).values();
                for (int j = 0; j < f; j++) {
                    in[(s * f + j) * window + w] = (float) v[j];
                }
            }
            FeatureRow now = rows.get(last);
            FeatureRow next = rows.get(last + horizon);
            System.arraycopy(now.values(), 0, cur, s * f, f);
            for (int j = 0; j < o; j++) {
                tgt[s * o + j] = next.get(TwinFeature.outputs().get(j));
            }
            dt[s] = (next.eventTimeMillis() - now.eventTimeMillis()) / 1000.0;
            ent[s] = ids.get(pick[0]);
        }
        return new WindowDataset(window, horizon, n, in, cur, tgt, dt, ent);
    }

    public int window() {
        return window;
    }

    public int horizon() {
        return horizon;
    }

    public int size() {
        return size;
    }

    /** Input value of feature j at window step w of sample s (unnormalised). */
    public float input(int s, int j, int w) {
        return inputs[(s * TwinFeature.inputs().size() + j) * window + w];
    }

    /** The current (last-in-window) value of input feature j for sample s. */
    public double current(int s, int j) {
        return current[s * TwinFeature.inputs().size() + j];
    }

    /** The true value of output feature j, k slots after the window, for sample s. */
    public double target(int s, int j) {
        return target[s * TwinFeature.outputs().size() + j];
    }

    /** Wall time between the window's last report and the target report. */
    public double horizonSeconds(int s) {
        return horizonSeconds[s];
    }

    public String entity(int s) {
        return entity[s];
    }

    /** The samples whose entity is in {@code ids}, in their original order. */
    public WindowDataset select(java.util.Set<String> ids) {
        int[] keep = java.util.stream.IntStream.range(0, size).filter(s -> ids.contains(entity[s])).toArray();
        return subset(keep);
    }

    /** The samples at {@code indices}, in that order. */
    public WindowDataset subset(int[] indices) {
        int f = TwinFeature.inputs().size();
        int o = TwinFeature.outputs().size();
        int n = indices.length;
        float[] in = new float[n * f * window];
        double[] cur = new double[n * f];
        double[] tgt = new double[n * o];
        double[] dt = new double[n];
        String[] ent = new String[n];
        for (int i = 0; i < n; i++) {
            int s = indices[i];
            System.arraycopy(inputs, s * f * window, in, i * f * window, f * window);
            System.arraycopy(current, s * f, cur, i * f, f);
            System.arraycopy(target, s * o, tgt, i * o, o);
            dt[i] = horizonSeconds[s];
            ent[i] = entity[s];
        }
        return new WindowDataset(window, horizon, n, in, cur, tgt, dt, ent);
    }

    @Override
    public String toString() {
        return "WindowDataset[" + size + " samples, W=" + window + ", k=" + horizon + ", entities="
                + Arrays.stream(entity).distinct().count() + "]";
    }
}

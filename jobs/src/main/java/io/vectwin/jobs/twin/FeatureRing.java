package io.vectwin.jobs.twin;

import io.vectwin.lstm.features.FeatureRow;
import io.vectwin.lstm.features.TwinFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An entity's last reports as feature rows — the LSTM's input window — kept in keyed state. Only
 * consecutive reports count: a gap in the sequence numbers (a lost report) restarts the window,
 * as in training ({@code WindowDataset}). A Flink POJO of primitive arrays: cheap to snapshot.
 */
public class FeatureRing {

    public int capacity;
    public int size;
    public long[] sequence;
    public long[] eventTime;
    public double[] values;

    public FeatureRing() {
    }

    public static FeatureRing withCapacity(int capacity) {
        FeatureRing r = new FeatureRing();
        r.capacity = capacity;
        r.sequence = new long[capacity];
        r.eventTime = new long[capacity];
        r.values = new double[capacity * TwinFeature.inputs().size()];
        return r;
    }

    /** A ring of {@code capacity} holding this one's newest rows (when a model with a longer window arrives). */
    public FeatureRing resized(int newCapacity) {
        FeatureRing r = withCapacity(newCapacity);
        int keep = Math.min(size, newCapacity);
        for (int i = size - keep; i < size; i++) {
            r.append(row(i));
        }
        return r;
    }

    /** Adds the newest row; a row that does not follow the last one's sequence number starts over. */
    public void push(FeatureRow row) {
        if (size > 0 && row.sequenceNumber() != sequence[size - 1] + 1) {
            if (row.sequenceNumber() <= sequence[size - 1]) {
                return; // a duplicate or out-of-order report never rewrites the window
            }
            size = 0;
        }
        append(row);
    }

    /** The last {@code w} rows, oldest first, or an empty list while fewer are held. */
    public List<FeatureRow> window(int w) {
        if (size < w) {
            return List.of();
        }
        List<FeatureRow> rows = new ArrayList<>(w);
        for (int i = size - w; i < size; i++) {
            rows.add(row(i));
        }
        return rows;
    }

    private void append(FeatureRow row) {
        int f = TwinFeature.inputs().size();
        if (size == capacity) {
            System.arraycopy(sequence, 1, sequence, 0, capacity - 1);
            System.arraycopy(eventTime, 1, eventTime, 0, capacity - 1);
            System.arraycopy(values, f, values, 0, (capacity - 1) * f);
            size--;
        }
        sequence[size] = row.sequenceNumber();
        eventTime[size] = row.eventTimeMillis();
        System.arraycopy(row.values(), 0, values, size * f, f);
        size++;
    }

    private FeatureRow row(int i) {
        int f = TwinFeature.inputs().size();
        return new FeatureRow(sequence[i], eventTime[i], Arrays.copyOfRange(values, i * f, (i + 1) * f));
    }
}

package io.vectwin.lstm.features;

import java.util.Arrays;

/**
 * One entity's features at one report: its sequence number and event time, and the values in
 * {@link TwinFeature#inputs()} order (SI units, unnormalised). The array is not copied on access
 * — rows are built once by {@link FeatureExtractor} and only read afterwards.
 */
public record FeatureRow(long sequenceNumber, long eventTimeMillis, double[] values) {

    public FeatureRow {
        if (values.length != TwinFeature.inputs().size()) {
            throw new IllegalArgumentException("a feature row has " + TwinFeature.inputs().size()
                    + " values, got " + values.length);
        }
    }

    public double get(TwinFeature feature) {
        return values[feature.inputIndex()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureRow r && r.sequenceNumber == sequenceNumber
                && r.eventTimeMillis == eventTimeMillis && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(sequenceNumber) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FeatureRow[seq=" + sequenceNumber + ", t=" + eventTimeMillis + ", " + Arrays.toString(values) + "]";
    }
}

package io.vectwin.ingest.recording;

import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.RecordedEvent;

/**
 * What a replay needs to know about a recording before sending its first record: how many records
 * (for the progress), the recorded time span (to chain files and passes), the smallest gap between
 * recording times (the pause between one file and the next) and the largest telemetry sequence
 * number (to renumber later passes). Reading the whole file for it also finds a corrupt file
 * before anything has been sent.
 *
 * @param records                records in the file
 * @param telemetry              of which telemetry
 * @param firstRecordedAtMillis  earliest {@code recordedAtMillis} (0 if there are no records)
 * @param lastRecordedAtMillis   latest {@code recordedAtMillis} (0 if there are no records)
 * @param smallestGapMillis      smallest positive difference between consecutive recording times, in file order;
 *                               1 if there is none
 * @param maxSequenceNumber      largest telemetry sequence number, -1 if there is no telemetry
 */
public record RecordingSummary(long records, long telemetry, long firstRecordedAtMillis, long lastRecordedAtMillis,
        long smallestGapMillis, long maxSequenceNumber) {

    /** Reads all of {@code reader}'s records once. */
    public static RecordingSummary of(RecordingReader reader) {
        Require.notNull("reader", reader);
        long records = 0;
        long telemetry = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long gap = Long.MAX_VALUE;
        long maxSequence = -1;
        long previous = 0;
        for (RecordedEvent e : reader) {
            long t = e.getRecordedAtMillis();
            if (records > 0 && t > previous) {
                gap = Math.min(gap, t - previous);
            }
            previous = t;
            first = Math.min(first, t);
            last = Math.max(last, t);
            records++;
            if (e.getPayload() instanceof EntityTelemetry et) {
                telemetry++;
                maxSequence = Math.max(maxSequence, et.getSequenceNumber());
            }
        }
        return records == 0 ? new RecordingSummary(0, 0, 0, 0, 1, -1)
                : new RecordingSummary(records, telemetry, first, last, gap == Long.MAX_VALUE ? 1 : gap, maxSequence);
    }

    /** Task requests in the file. */
    public long tasks() {
        return records - telemetry;
    }

    /** Last minus first recording time, ms. */
    public long spanMillis() {
        return lastRecordedAtMillis - firstRecordedAtMillis;
    }
}

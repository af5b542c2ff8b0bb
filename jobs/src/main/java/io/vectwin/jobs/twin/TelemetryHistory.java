package io.vectwin.jobs.twin;

import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounded history ring of an entity's twin: its last {@code capacity} telemetry records,
 * oldest first — the input window of the LSTM predictor (Sec. V-A). Records that arrive out of
 * order are placed by sequence number; a record already held is not added twice.
 */
public final class TelemetryHistory {

    private TelemetryHistory() {
    }

    /** {@code history} with {@code record} inserted in sequence order, trimmed to the newest {@code capacity}. */
    public static List<EntityTelemetry> append(List<EntityTelemetry> history, EntityTelemetry record, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, got " + capacity);
        }
        List<EntityTelemetry> out = new ArrayList<>(history.size() + 1);
        boolean placed = false;
        for (EntityTelemetry h : history) {
            if (!placed && record.getSequenceNumber() < h.getSequenceNumber()) {
                out.add(record);
                placed = true;
            }
            if (h.getSequenceNumber() == record.getSequenceNumber()) {
                placed = true; // a duplicate delivery: keep the copy we have
            }
            out.add(h);
        }
        if (!placed) {
            out.add(record);
        }
        return out.size() > capacity ? new ArrayList<>(out.subList(out.size() - capacity, out.size())) : out;
    }

    /** True when {@code candidate} is newer than the twin's latest state (or there is none). */
    public static boolean isNewer(EntityTelemetry latest, EntityTelemetry candidate) {
        return latest == null || candidate.getSequenceNumber() > latest.getSequenceNumber();
    }
}

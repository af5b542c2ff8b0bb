package io.vectwin.jobs.twin;

import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The bounded history ring of an entity's twin: its last {@code capacity} telemetry records,
 * oldest first — the input window of the LSTM predictor (Sec. V-A). Records that arrive out of
 * order are placed by sequence number; a record already held is not added twice. For decisions
 * aligned on event time, an event-time window ({@link #appendAligned}) answers "the state as of
 * time t" ({@link #asOf}).
 */
public final class TelemetryHistory {

    /** Event time, then sequence number: the order of an event-time window. */
    private static final Comparator<EntityTelemetry> EVENT_ORDER = Comparator.comparingLong(EntityTelemetry::getEventTimeMillis)
            .thenComparingLong(EntityTelemetry::getSequenceNumber);

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

    /**
     * {@code window} — an entity's telemetry ordered by event time, for deciding as of an event
     * time — with {@code record} inserted in event-time order (a record with the same sequence
     * number and event time as one held is a duplicate delivery and is not added), then trimmed to
     * what a decision can still ask for: every record after {@code watermarkMillis}, and the newest
     * record at or before it (the state as of any time from the watermark on). At most
     * {@code maxRecords} are kept, the oldest going first, should the watermark stall.
     */
    public static List<EntityTelemetry> appendAligned(List<EntityTelemetry> window, EntityTelemetry record,
            long watermarkMillis, int maxRecords) {
        if (maxRecords <= 0) {
            throw new IllegalArgumentException("maxRecords must be > 0, got " + maxRecords);
        }
        List<EntityTelemetry> out = new ArrayList<>(window.size() + 1);
        int at = window.size();
        while (at > 0 && EVENT_ORDER.compare(window.get(at - 1), record) > 0) {
            at--;
        }
        boolean duplicate = at > 0 && EVENT_ORDER.compare(window.get(at - 1), record) == 0;
        out.addAll(window.subList(0, at));
        if (!duplicate) {
            out.add(record);
        }
        out.addAll(window.subList(at, window.size()));
        int firstKept = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).getEventTimeMillis() <= watermarkMillis) {
                firstKept = i; // the newest at or before the watermark; older ones can no longer be asked for
            }
        }
        firstKept = Math.max(firstKept, out.size() - maxRecords);
        return firstKept == 0 ? out : new ArrayList<>(out.subList(firstKept, out.size()));
    }

    /**
     * The state as of {@code eventTimeMillis} in an event-time–ordered {@code window}: the newest
     * record with an event time at or before it.
     */
    public static Optional<EntityTelemetry> asOf(List<EntityTelemetry> window, long eventTimeMillis) {
        for (int i = window.size() - 1; i >= 0; i--) {
            if (window.get(i).getEventTimeMillis() <= eventTimeMillis) {
                return Optional.of(window.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when {@code candidate} is newer than the twin's latest state (or there is none). */
    public static boolean isNewer(EntityTelemetry latest, EntityTelemetry candidate) {
        return latest == null || candidate.getSequenceNumber() > latest.getSequenceNumber();
    }
}

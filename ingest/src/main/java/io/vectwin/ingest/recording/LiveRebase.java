package io.vectwin.ingest.recording;

import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;

/**
 * How one replayed segment (a file in one pass) is made to look live: every event time moves by
 * the same {@code shiftMillis} — telemetry's {@code eventTimeMillis} and a task's
 * {@code createdAtMillis} alike, so a task still meets the telemetry of its slot; a task's
 * deadline is relative ({@code deadlineSeconds}) and moves with it. Segments after the first also
 * renumber telemetry (sequence numbers + {@code sequenceOffset}) and rename tasks (task id +
 * {@code taskIdSuffix}), so that the twin takes a repeated file as new reports and new tasks, not
 * as duplicates of ones it has seen.
 *
 * @param shiftMillis    added to every event time, ms
 * @param sequenceOffset added to every telemetry sequence number
 * @param taskIdSuffix   appended to every task id ("" for the first segment)
 */
public record LiveRebase(long shiftMillis, long sequenceOffset, String taskIdSuffix) {

    /** Leaves records as recorded. */
    public static final LiveRebase NONE = new LiveRebase(0, 0, "");

    public LiveRebase {
        if (sequenceOffset < 0) {
            throw new IllegalArgumentException("sequenceOffset must be >= 0, got " + sequenceOffset);
        }
        taskIdSuffix = taskIdSuffix == null ? "" : taskIdSuffix;
    }

    /**
     * The rebase of segment {@code segment} (0, 1, 2, ... over files and passes) that starts at
     * {@code liveStartMillis} and was recorded from {@code recordedStartMillis}.
     *
     * @param maxSequenceNumber the largest telemetry sequence number in any replayed file
     */
    public static LiveRebase forSegment(long segment, long liveStartMillis, long recordedStartMillis, long maxSequenceNumber) {
        return new LiveRebase(liveStartMillis - recordedStartMillis, segment * (maxSequenceNumber + 1),
                segment == 0 ? "" : "~" + segment);
    }

    public EntityTelemetry apply(EntityTelemetry t) {
        if (this.equals(NONE)) {
            return t;
        }
        return EntityTelemetry.newBuilder(t)
                .setEventTimeMillis(t.getEventTimeMillis() + shiftMillis)
                .setSequenceNumber(t.getSequenceNumber() + sequenceOffset)
                .build();
    }

    public TaskRequest apply(TaskRequest task) {
        if (this.equals(NONE)) {
            return task;
        }
        return TaskRequest.newBuilder(task)
                .setCreatedAtMillis(task.getCreatedAtMillis() + shiftMillis)
                .setTaskId(task.getTaskId() + taskIdSuffix)
                .build();
    }

    /** A recording time moved like the event times. */
    public long apply(long recordedAtMillis) {
        return recordedAtMillis + shiftMillis;
    }
}

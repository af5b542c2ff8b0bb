package io.vectwin.ingest.sim;

import io.vectwin.schemas.EntityTelemetry;
import java.util.List;

/**
 * What the physical world publishes when a slot opens: one telemetry record per entity (vehicles,
 * then UAVs, then base stations, each by index) and the task requests the vehicles issued.
 * Keys: see {@link RecordKeys}.
 *
 * @param slot            the slot index
 * @param eventTimeMillis the event time every record of the slot carries (see {@link SlotClock})
 * @param telemetry       the telemetry records
 * @param tasks           the task requests
 */
public record SlotRecords(int slot, long eventTimeMillis, List<EntityTelemetry> telemetry,
        List<io.vectwin.schemas.TaskRequest> tasks) {

    public SlotRecords {
        telemetry = List.copyOf(telemetry);
        tasks = List.copyOf(tasks);
    }

    /** Subtasks in this slot's task requests, each awaiting one decision. */
    public int subtaskCount() {
        return tasks.stream().mapToInt(t -> t.getSubtasks().size()).sum();
    }
}

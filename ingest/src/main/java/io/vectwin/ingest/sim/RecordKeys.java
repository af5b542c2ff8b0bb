package io.vectwin.ingest.sim;

import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingOutcome;

/**
 * The Kafka key of each record the simulator writes: the entity id for telemetry, the vehicle id
 * for tasks and outcomes (DESIGN.md: key = entity id), so every record about one vehicle lands in
 * one partition, in order.
 */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static String of(EntityTelemetry telemetry) {
        return telemetry.getEntityId();
    }

    public static String of(io.vectwin.schemas.TaskRequest task) {
        return task.getVehicleId();
    }

    public static String of(OffloadingOutcome outcome) {
        return outcome.getVehicleId();
    }
}

package io.vectwin.jobs.twin;

import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;

/**
 * One event about a vehicle: its telemetry or a task request it issued. Both streams are keyed
 * by vehicle id into one operator, which needs the vehicle's twin to decide its tasks (a Flink
 * POJO: exactly one field is set).
 */
public class VehicleEvent {

    public EntityTelemetry telemetry;
    public TaskRequest task;

    public VehicleEvent() {
    }

    public static VehicleEvent of(EntityTelemetry telemetry) {
        VehicleEvent e = new VehicleEvent();
        e.telemetry = telemetry;
        return e;
    }

    public static VehicleEvent of(TaskRequest task) {
        VehicleEvent e = new VehicleEvent();
        e.task = task;
        return e;
    }

    public String vehicleId() {
        return telemetry != null ? telemetry.getEntityId() : task.getVehicleId();
    }

    /** Event time: the telemetry's time or the request's creation time. */
    public long eventTimeMillis() {
        return telemetry != null ? telemetry.getEventTimeMillis() : task.getCreatedAtMillis();
    }
}

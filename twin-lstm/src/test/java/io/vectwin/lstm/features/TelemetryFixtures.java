package io.vectwin.lstm.features;

import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;

/** Hand-made telemetry for the feature and training tests. */
public final class TelemetryFixtures {

    private TelemetryFixtures() {
    }

    public static EntityTelemetry report(String id, EntityKind kind, long seq, long timeMillis, double x, double y,
            double z, double speed, double heading, double cpuHz) {
        return EntityTelemetry.newBuilder()
                .setEntityId(id).setKind(kind).setSequenceNumber(seq).setEventTimeMillis(timeMillis)
                .setX(x).setY(y).setZ(z)
                .setHorizontalSpeed(speed).setVerticalSpeed(0.0).setHeading(heading).setSlope(0.0)
                .setAvailableCpuHz(cpuHz).setMaxCpuHz(cpuHz).setQueueLength(0).setBacklogCycles(0.0)
                .build();
    }
}

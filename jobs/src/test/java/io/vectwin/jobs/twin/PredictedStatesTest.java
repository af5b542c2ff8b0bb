package io.vectwin.jobs.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import org.junit.jupiter.api.Test;

class PredictedStatesTest {

    private static EntityTelemetry node() {
        return EntityTelemetry.newBuilder().setEntityId("u-2").setKind(EntityKind.UAV).setSequenceNumber(9)
                .setEventTimeMillis(5_000).setX(1).setY(2).setZ(50).setHorizontalSpeed(5).setVerticalSpeed(0)
                .setHeading(0).setSlope(0).setAvailableCpuHz(2e9).setMaxCpuHz(5e9).setQueueLength(3)
                .setBacklogCycles(4e8).build();
    }

    @Test
    void theForecastReplacesTheStateAndKeepsTheReportsIdentity() {
        double[] p = new double[TwinFeature.outputs().size()];
        p[TwinFeature.POSITION_X.outputIndex()] = 10;
        p[TwinFeature.POSITION_Y.outputIndex()] = 20;
        p[TwinFeature.POSITION_Z.outputIndex()] = 49;
        p[TwinFeature.VELOCITY_X.outputIndex()] = -3;
        p[TwinFeature.VELOCITY_Y.outputIndex()] = -4;
        p[TwinFeature.VELOCITY_Z.outputIndex()] = 0.5;
        p[TwinFeature.AVAILABLE_CPU.outputIndex()] = 7e9; // more than the UAV has: clamped to 5e9
        p[TwinFeature.BACKLOG.outputIndex()] = -1e6;      // negative work: clamped to 0
        EntityTelemetry t = io.vectwin.lstm.twin.PredictedTelemetry.apply(node(), p, "abc123def456");
        assertThat(t.getHorizontalSpeed()).isCloseTo(5.0, within(1e-12)); // |(-3, -4)| = 5
        // atan2(-4, -3) = -2.214297435588181 -> + 2π = 4.068887871591405
        assertThat(t.getHeading()).isCloseTo(4.068887871591405, within(1e-12));
        assertThat(t.getAvailableCpuHz()).isEqualTo(5e9);
        assertThat(t.getBacklogCycles()).isZero();
        assertThat(t.getX()).isEqualTo(10.0);
        assertThat(t.getVerticalSpeed()).isZero(); // Ṽ_z and φ stay as reported (eq. 10 cannot be split back)
        assertThat(t.getPredictedBy().toString()).isEqualTo("abc123def456");
        assertThat(t.getSequenceNumber()).isEqualTo(9);
        assertThat(t.getEventTimeMillis()).isEqualTo(5_000);
    }

    @Test
    void withoutTwinANodeIsIdleAndAVehicleUnchanged() {
        EntityTelemetry n = PredictedStates.withoutTwin(node());
        assertThat(n.getAvailableCpuHz()).isEqualTo(5e9);
        assertThat(n.getQueueLength()).isZero();
        assertThat(n.getBacklogCycles()).isZero();
        EntityTelemetry v = EntityTelemetry.newBuilder(node()).setEntityId("v-1").setKind(EntityKind.VEHICLE).build();
        assertThat(PredictedStates.withoutTwin(v)).isSameAs(v);
    }
}

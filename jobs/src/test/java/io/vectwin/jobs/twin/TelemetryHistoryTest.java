package io.vectwin.jobs.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryHistoryTest {

    static EntityTelemetry telemetry(String id, EntityKind kind, long seq, double x) {
        return EntityTelemetry.newBuilder().setEntityId(id).setKind(kind).setSequenceNumber(seq).setEventTimeMillis(1_000 + 20 * seq)
                .setX(x).setY(0).setZ(kind == EntityKind.VEHICLE ? 0 : 50).setHorizontalSpeed(kind == EntityKind.BASE_STATION ? 0 : 20)
                .setVerticalSpeed(0).setHeading(0).setSlope(0)
                .setAvailableCpuHz(kind == EntityKind.VEHICLE ? 0 : 10e9).setMaxCpuHz(kind == EntityKind.VEHICLE ? 0 : 10e9)
                .setQueueLength(0).build();
    }

    private static List<Long> seqs(List<EntityTelemetry> h) {
        return h.stream().map(EntityTelemetry::getSequenceNumber).toList();
    }

    @Test
    void keepsTheNewestRecordsInSequenceOrder() {
        List<EntityTelemetry> h = new ArrayList<>();
        for (long s : new long[] {1, 2, 3, 5, 4, 6}) {
            h = TelemetryHistory.append(h, telemetry("v-1", EntityKind.VEHICLE, s, s), 4);
        }
        assertThat(seqs(h)).containsExactly(3L, 4L, 5L, 6L);
    }

    @Test
    void aDuplicateDeliveryIsNotAddedTwice() {
        List<EntityTelemetry> h = TelemetryHistory.append(List.of(), telemetry("v-1", EntityKind.VEHICLE, 1, 0), 8);
        h = TelemetryHistory.append(h, telemetry("v-1", EntityKind.VEHICLE, 1, 99), 8);
        assertThat(seqs(h)).containsExactly(1L);
        assertThat(h.get(0).getX()).isZero();
    }

    @Test
    void onlyNewerSequenceNumbersReplaceTheLatestState() {
        EntityTelemetry five = telemetry("u-0", EntityKind.UAV, 5, 0);
        assertThat(TelemetryHistory.isNewer(null, five)).isTrue();
        assertThat(TelemetryHistory.isNewer(five, telemetry("u-0", EntityKind.UAV, 4, 0))).isFalse();
        assertThat(TelemetryHistory.isNewer(five, telemetry("u-0", EntityKind.UAV, 6, 0))).isTrue();
        assertThatThrownBy(() -> TelemetryHistory.append(List.of(), five, 0)).hasMessageContaining("capacity");
    }
}

package io.vectwin.jobs.twin;

import static io.vectwin.jobs.twin.TelemetryHistoryTest.telemetry;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event-time window of a twin (event time = 1000 + 20·seq in these records). */
class TelemetryHistoryAlignmentTest {

    private static EntityTelemetry at(long seq) {
        return telemetry("u-0", EntityKind.UAV, seq, seq);
    }

    private static List<Long> seqs(List<EntityTelemetry> h) {
        return h.stream().map(EntityTelemetry::getSequenceNumber).toList();
    }

    @Test
    void recordsAreKeptInEventTimeOrderWithoutDuplicates() {
        List<EntityTelemetry> w = new ArrayList<>();
        for (long s : new long[] {2, 0, 3, 1, 3}) {
            w = TelemetryHistory.appendAligned(w, at(s), Long.MIN_VALUE, 100);
        }
        assertThat(seqs(w)).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void onlyTheNewestRecordAtOrBeforeTheWatermarkAndLaterOnesAreKept() {
        List<EntityTelemetry> w = new ArrayList<>();
        for (long s = 0; s < 6; s++) {
            w = TelemetryHistory.appendAligned(w, at(s), 1_000 + 20 * 2 + 5, 100); // watermark between seq 2 and 3
        }
        assertThat(seqs(w)).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void aStalledWatermarkStillBoundsTheWindow() {
        List<EntityTelemetry> w = new ArrayList<>();
        for (long s = 0; s < 10; s++) {
            w = TelemetryHistory.appendAligned(w, at(s), Long.MIN_VALUE, 3);
        }
        assertThat(seqs(w)).containsExactly(7L, 8L, 9L);
    }

    @Test
    void theStateAsOfATimeIsTheNewestRecordAtOrBeforeIt() {
        List<EntityTelemetry> w = List.of(at(1), at(2), at(4));

        assertThat(TelemetryHistory.asOf(w, 1_040)).contains(at(2));
        assertThat(TelemetryHistory.asOf(w, 1_079)).contains(at(2));
        assertThat(TelemetryHistory.asOf(w, 1_080)).contains(at(4));
        assertThat(TelemetryHistory.asOf(w, 1_019)).isEmpty();
    }
}

package io.vectwin.ingest.sim;

import io.vectwin.ingest.avro.TimeMapping;
import io.vectwin.model.params.Require;
import java.time.Clock;

/**
 * The event time (epoch milliseconds, UTC) stamped on a slot's records: telemetry and task
 * requests carry the time the slot opened, outcomes the time it closed (when the simulator
 * observes them; an outcome's own latency is in the record).
 *
 * <ul>
 *   <li>{@link #simulated}: fast mode. Slot n opens at epoch0 + n·τ and closes at
 *       epoch0 + (n+1)·τ whatever the wall clock says, so event time is simulated time and a run
 *       is reproducible given epoch0.</li>
 *   <li>{@link #wallClock}: real-time mode. Both instants are read from the clock, so event time
 *       is when the record was really produced, and end-to-end latencies measured from it are
 *       real.</li>
 * </ul>
 */
public interface SlotClock {

    long slotOpenedMillis(int slot);

    long slotClosedMillis(int slot);

    /** Fast mode: epoch0 + slot·τ (see {@link TimeMapping}). */
    static SlotClock simulated(TimeMapping mapping, double slotSeconds) {
        Require.notNull("mapping", mapping);
        Require.positive("slotSeconds", slotSeconds);
        return new SlotClock() {
            @Override
            public long slotOpenedMillis(int slot) {
                return mapping.toEpochMillis(slot * slotSeconds);
            }

            @Override
            public long slotClosedMillis(int slot) {
                return mapping.toEpochMillis((slot + 1) * slotSeconds);
            }
        };
    }

    /** Real-time mode: the clock's reading at the moment the slot opens or closes. */
    static SlotClock wallClock(Clock clock) {
        Require.notNull("clock", clock);
        return new SlotClock() {
            @Override
            public long slotOpenedMillis(int slot) {
                return clock.millis();
            }

            @Override
            public long slotClosedMillis(int slot) {
                return clock.millis();
            }
        };
    }
}

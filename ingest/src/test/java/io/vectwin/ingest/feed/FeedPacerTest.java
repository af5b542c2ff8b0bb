package io.vectwin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPacerTest {

    /** A wall clock that only moves when slept on. */
    static final class FakeClock implements FeedPacer.WallClock {
        long now = 5_000_000_000L;
        long slept;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            now += nanos;
            slept += nanos;
        }
    }

    @Test
    void recordsAreDueAtTheirFeedTimeScaledBySpeedFromTheFirstRecord() throws InterruptedException {
        FakeClock clock = new FakeClock();
        FeedPacer pacer = new FeedPacer(10, clock);
        List<Long> ticks = new ArrayList<>();
        pacer.awaitFeedTime(1_000_000, 20, ticks::add); // the first record fixes the schedule
        assertThat(clock.slept).isZero();
        pacer.awaitFeedTime(1_010_000, 20, ticks::add); // 10 s of feed at 10x: 1 s of wall clock
        assertThat(clock.slept).isEqualTo(1_000_000_000L);
        assertThat(ticks).isNotEmpty().isSorted().last().isEqualTo(1_010_000L);
        clock.now += 3_000_000_000L; // a slow sender: 30 s of feed behind
        pacer.awaitFeedTime(1_020_000, 20, ticks::add);
        assertThat(clock.slept).isEqualTo(1_000_000_000L); // already due: no wait, no drift
    }

    @Test
    void asFastAsPossibleNeverWaits() throws InterruptedException {
        FeedPacer pacer = FeedPacer.asFastAsPossible();
        List<Long> ticks = new ArrayList<>();
        pacer.awaitFeedTime(0, 20, ticks::add);
        pacer.awaitFeedTime(3_600_000, 20, ticks::add);
        assertThat(ticks).isEmpty();
        assertThat(pacer.paced()).isFalse();
    }
}

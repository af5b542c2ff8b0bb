package io.vectwin.ingest.feed;

import java.util.function.LongConsumer;

/**
 * Plays a feed in (scaled) real time: a record of feed time t is due at
 * start + (t − t₀)/speed of wall-clock time, t₀ being the first record's feed time and start the
 * wall-clock instant it was handled. The schedule is fixed by that start instant, so a slow send
 * does not shift the records after it; a record already due goes at once (a file that is not in
 * time order is played as fast as its order allows). {@link #asFastAsPossible()} never waits.
 */
public final class FeedPacer {

    /** The wall clock, replaceable in tests. */
    public interface WallClock {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;

        static WallClock system() {
            return new WallClock() {
                @Override
                public long nanoTime() {
                    return System.nanoTime();
                }

                @Override
                public void sleepNanos(long nanos) throws InterruptedException {
                    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                }
            };
        }
    }

    private final double speed;
    private final WallClock clock;
    private boolean started;
    private long startNanos;
    private long firstFeedMillis;

    /**
     * @param speed feed seconds per wall-clock second (> 0); {@code Double.POSITIVE_INFINITY} for no pacing
     */
    public FeedPacer(double speed, WallClock clock) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0, got " + speed);
        }
        this.speed = speed;
        this.clock = clock;
    }

    public static FeedPacer asFastAsPossible() {
        return new FeedPacer(Double.POSITIVE_INFINITY, WallClock.system());
    }

    public static FeedPacer realTime(double speed) {
        return new FeedPacer(speed, WallClock.system());
    }

    public boolean paced() {
        return Double.isFinite(speed);
    }

    /**
     * Waits until feed time {@code feedMillis} is due. While waiting, calls {@code tick} with the
     * current feed time at least every {@code tickFeedMillis} of feed time (a task generator sends
     * the tasks of the slots that pass).
     */
    public void awaitFeedTime(long feedMillis, long tickFeedMillis, LongConsumer tick) throws InterruptedException {
        if (!paced()) {
            return;
        }
        if (!started) {
            started = true;
            startNanos = clock.nanoTime();
            firstFeedMillis = feedMillis;
            return;
        }
        long dueNanos = dueNanos(feedMillis);
        long stepNanos = Math.max(1_000_000L, (long) (tickFeedMillis * 1e6 / speed));
        for (long now = clock.nanoTime(); now < dueNanos; now = clock.nanoTime()) {
            clock.sleepNanos(Math.min(stepNanos, dueNanos - now));
            tick.accept(Math.min(feedMillis, feedNowMillis()));
        }
    }

    private long dueNanos(long feedMillis) {
        return startNanos + (long) ((feedMillis - firstFeedMillis) * 1e6 / speed);
    }

    private long feedNowMillis() {
        return firstFeedMillis + (long) ((clock.nanoTime() - startNanos) * speed / 1e6);
    }
}

package io.vectwin.jobs.bench;

/**
 * When each request of an open-loop load is due: request {@code i} at {@code startNanos + i / rate}.
 * The schedule never looks at how the system under test is doing, so a stall shows up as latency
 * of every request that was due during it, instead of as requests never sent (coordinated
 * omission). Latency is therefore measured from {@link #dueNanos(long)}, not from the moment the
 * request actually left.
 *
 * @param ratePerSecond requests per second, &gt; 0
 * @param startNanos    {@link System#nanoTime()} at which request 0 is due
 */
public record OpenLoopSchedule(double ratePerSecond, long startNanos) {

    public OpenLoopSchedule {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("ratePerSecond must be positive and finite: " + ratePerSecond);
        }
    }

    /** When request {@code i} (≥ 0) is due, in {@link System#nanoTime()} terms. */
    public long dueNanos(long i) {
        if (i < 0) {
            throw new IllegalArgumentException("request index must not be negative: " + i);
        }
        // computed from i rather than accumulated, so rounding never drifts over millions of requests
        return startNanos + Math.round(i * 1e9 / ratePerSecond);
    }

    /** How many requests fall due in the first {@code seconds} of the schedule. */
    public long requestsIn(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds must not be negative: " + seconds);
        }
        return (long) Math.floor(seconds * ratePerSecond + 1e-9);
    }
}

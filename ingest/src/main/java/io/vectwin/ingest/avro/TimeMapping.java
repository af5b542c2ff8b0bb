package io.vectwin.ingest.avro;

/**
 * Maps simulated time (seconds since the start of the episode, slot·τ) to event time on the wire
 * (epoch milliseconds, UTC) and back: {@code epochMillis = epochMillisAtZero + round(1000·seconds)}.
 *
 * <p>The fast-mode simulator stamps every record of slot n with
 * {@code epochMillisAtZero + n·τ}, so event time advances by exactly 20 ms per slot however fast
 * the process runs; a twin reading the records rebuilds simulated time with
 * {@link #toSimulatedSeconds}. The round trip is exact to the millisecond, which is finer than
 * anything a slot of 20 ms can resolve. With {@code epochMillisAtZero = 0} simulated time is
 * Unix time in seconds, the natural choice for a reader that does not know when the episode
 * started (a real feed, or the real-time simulator, whose records carry the wall clock).
 *
 * @param epochMillisAtZero the epoch millisecond at which simulated time is 0 (the start of slot 0)
 */
public record TimeMapping(long epochMillisAtZero) {

    /** The epoch millisecond of {@code simulatedSeconds}. */
    public long toEpochMillis(double simulatedSeconds) {
        if (!Double.isFinite(simulatedSeconds)) {
            throw new IllegalArgumentException("simulatedSeconds must be finite, got " + simulatedSeconds);
        }
        return epochMillisAtZero + Math.round(simulatedSeconds * 1000.0);
    }

    /** The simulated time of {@code epochMillis}, in seconds (negative before the episode began). */
    public double toSimulatedSeconds(long epochMillis) {
        return (epochMillis - epochMillisAtZero) / 1000.0;
    }
}

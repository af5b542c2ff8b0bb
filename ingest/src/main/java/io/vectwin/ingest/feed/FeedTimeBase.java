package io.vectwin.ingest.feed;

/**
 * How feed time becomes event time on the wire: event time = feed time + an offset fixed by the
 * first accepted fix.
 *
 * <ul>
 *   <li>a feed with absolute times (GPS, JSON) keeps them (offset 0), unless rebased;</li>
 *   <li>a feed with relative times (SUMO: seconds since the simulation's begin) starts at the
 *       run's start instant (simulation second 0 = start);</li>
 *   <li>rebased ({@code --rebase-now}): the first fix happens at the start instant, the rest keep
 *       their spacing. Producing old timestamps to a live cluster has two traps this avoids:
 *       the twin's event-time watermarks and Kafka's time-based retention, which may delete
 *       segments of records older than {@code retention.ms} right away.</li>
 * </ul>
 *
 * @param startMillis the run's start instant (ms since the Unix epoch)
 * @param rebase      whether to move the first fix to the start instant
 */
public record FeedTimeBase(long startMillis, boolean rebase) {

    /** The offset for a feed of {@code format} whose first accepted fix is at {@code firstFeedMillis}. */
    public long offsetMillis(FeedFormat format, long firstFeedMillis) {
        if (rebase) {
            return startMillis - firstFeedMillis;
        }
        return format.relativeTime() ? startMillis : 0L;
    }
}

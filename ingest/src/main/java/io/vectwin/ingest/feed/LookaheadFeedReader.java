package io.vectwin.ingest.feed;

import java.util.NoSuchElementException;

/**
 * The iterator half of a {@link FeedReader} that reads one entry ahead: subclasses only say how
 * to read the next entry ({@link #read}), and how to stop after a last one ({@link #finish}).
 */
abstract class LookaheadFeedReader implements FeedReader {

    private FeedEntry pending;
    private boolean finished;

    /** The next entry of the file, or null at its end. */
    protected abstract FeedEntry read();

    /** No entry after the one {@link #read} returns now (the rest of the file cannot be read). */
    protected final void finish() {
        finished = true;
    }

    @Override
    public final boolean hasNext() {
        if (pending == null && !finished) {
            pending = read();
            if (pending == null) {
                finished = true;
            }
        }
        return pending != null;
    }

    @Override
    public final FeedEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FeedEntry e = pending;
        pending = null;
        return e;
    }
}

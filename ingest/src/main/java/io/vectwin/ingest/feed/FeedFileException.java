package io.vectwin.ingest.feed;

/**
 * A feed file that cannot be read at all — missing, unreadable, empty, or without the columns
 * its format requires. The message names the file and is meant to be shown as is, on one line.
 */
public final class FeedFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedFileException(String message) {
        super(message);
    }

    public FeedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

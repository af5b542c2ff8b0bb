package io.vectwin.ingest.feed;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Optional;

/**
 * A streaming reader of one feed file: it holds one line or element at a time (FCD files reach
 * gigabytes), and yields a {@link FeedFix} or a {@link FeedReject} per record. {@code next()}
 * never throws on bad content; an error that makes the rest of the file unreadable (truncated
 * XML, an unterminated CSV quote, an I/O error) is yielded as a last reject, after which
 * {@code hasNext()} is false.
 */
public interface FeedReader extends Iterator<FeedEntry>, Closeable {

    /** The origin of the local frame a geographic feed is projected onto, once known; empty for metric feeds. */
    default Optional<GeoPoint> origin() {
        return Optional.empty();
    }
}

package io.vectwin.ingest.feed;

import java.nio.charset.StandardCharsets;

/**
 * A line or element of a feed that could not be used, with the reason and the original text, so
 * that nothing is lost silently: it goes to a reject file or to the dead-letter topic.
 *
 * @param location {@code file:line}
 * @param reason   why, naming the field at fault (e.g. {@code speed 'fast' is not a number})
 * @param rawText  the line as read (CSV, JSON) or the element as parsed (XML); may be empty
 */
public record FeedReject(String location, String reason, String rawText) implements FeedEntry {

    public FeedReject {
        rawText = rawText == null ? "" : rawText;
    }

    /** {@code file:line: reason}, the form of the reject file and of {@code first_error}. */
    public String describe() {
        return location + ": " + reason;
    }

    public byte[] rawBytes() {
        return rawText.getBytes(StandardCharsets.UTF_8);
    }
}

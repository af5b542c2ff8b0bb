package io.vectwin.ingest.feed;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The reject report: one line per rejected record, {@code file:line: reason}, the form compilers
 * use, so editors and {@code grep} can jump to the line.
 */
public final class FeedRejectLog {

    private final PrintWriter out;

    public FeedRejectLog(Writer out) {
        this.out = out instanceof PrintWriter p ? p : new PrintWriter(out);
    }

    public void write(FeedReject reject) {
        out.println(reject.describe());
    }

    public void flush() {
        out.flush();
    }
}

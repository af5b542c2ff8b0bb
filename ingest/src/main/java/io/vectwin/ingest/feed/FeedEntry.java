package io.vectwin.ingest.feed;

/**
 * One item a {@link FeedReader} yields for one line or element of a feed file: either a usable
 * {@link FeedFix} or a {@link FeedReject} saying why the line could not be used. Readers never
 * throw on bad input; they hand it over as a reject so it is counted and reported.
 */
public sealed interface FeedEntry permits FeedFix, FeedReject {

    /** Where the entry came from, {@code file:line}. */
    String location();
}

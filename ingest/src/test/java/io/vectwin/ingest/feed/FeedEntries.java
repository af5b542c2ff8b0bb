package io.vectwin.ingest.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture paths and everything a reader yields. */
final class FeedEntries {

    static final Path FIXTURES = Path.of("src", "test", "resources", "feed");

    private FeedEntries() {
    }

    static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    static List<FeedEntry> readAll(FeedFormat format, Path file, FeedOptions options) throws IOException {
        List<FeedEntry> out = new ArrayList<>();
        try (FeedReader r = format.open(file, options)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    static List<FeedFix> fixes(List<FeedEntry> entries) {
        return entries.stream().filter(FeedFix.class::isInstance).map(FeedFix.class::cast).toList();
    }

    static List<FeedReject> rejects(List<FeedEntry> entries) {
        return entries.stream().filter(FeedReject.class::isInstance).map(FeedReject.class::cast).toList();
    }

    static List<FeedFix> fixesOf(List<FeedEntry> entries, String vehicle) {
        return fixes(entries).stream().filter(f -> f.feedVehicleId().equals(vehicle)).toList();
    }
}

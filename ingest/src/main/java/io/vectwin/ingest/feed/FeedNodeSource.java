package io.vectwin.ingest.feed;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a feed's edge-node telemetry comes from ({@code feed --nodes}). */
public enum FeedNodeSource {
    /** Generated: the profile's scenario placed over the feed ({@link FeedNodeModel}). */
    SCENARIO("scenario"),
    /** None: vehicles only; node telemetry must reach the twin some other way. */
    NONE("none");

    private final String cliName;

    FeedNodeSource(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static FeedNodeSource parse(String text) {
        for (FeedNodeSource s : values()) {
            if (s.cliName.equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown node source '" + text + "' (expected "
                + Arrays.stream(values()).map(FeedNodeSource::cliName).collect(Collectors.joining(", "))
                + "; node telemetry from a file is not supported)");
    }
}

package io.vectwin.ingest.feed;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read a feed file.
 *
 * @param origin  origin of the local frame for geographic feeds (GPS, SUMO geo); empty = the
 *                feed's first position. Its altitude is the height of the frame's ground plane
 * @param sumoGeo SUMO: {@code x}/{@code y} are longitude/latitude in degrees
 *                ({@code --fcd-output.geo}); elements with {@code lon}/{@code lat} attributes
 *                are geographic regardless
 */
public record FeedOptions(Optional<GeoPoint> origin, boolean sumoGeo) {

    public FeedOptions {
        Objects.requireNonNull(origin, "origin");
    }

    public static FeedOptions defaults() {
        return new FeedOptions(Optional.empty(), false);
    }
}

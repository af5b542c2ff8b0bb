package io.vectwin.ingest.feed;

import java.util.Optional;

/**
 * The local tangent plane a geographic feed is projected onto: at the given origin, or else at
 * the feed's first position, fixed from then on so every vehicle shares one frame.
 */
final class GeoFrame {

    private LocalTangentPlane plane;

    GeoFrame(Optional<GeoPoint> origin) {
        this.plane = origin.map(LocalTangentPlane::new).orElse(null);
    }

    LocalTangentPlane.Enu project(GeoPoint p) {
        if (plane == null) {
            plane = new LocalTangentPlane(p);
        }
        return plane.project(p);
    }

    /** The origin, once known. */
    Optional<GeoPoint> origin() {
        return Optional.ofNullable(plane).map(LocalTangentPlane::origin);
    }
}

package io.vectwin.ingest.feed;

/**
 * Projects WGS84 geodetic positions onto a local east-north-up (ENU) tangent plane at an origin:
 * geodetic → earth-centred earth-fixed (ECEF) on the WGS84 ellipsoid, then the rotation of the
 * ECEF difference into the origin's east, north and up axes (the standard construction, e.g.
 * Hofmann-Wellenhof et al., GNSS, 2008, §10.2; ellipsoid constants of NIMA TR8350.2).
 *
 * <p>Why this is accurate enough at city scale: the ECEF step is exact; the only approximation of
 * treating ENU as the scenario's flat frame is that the ground curves away from the plane, by
 * d²/(2R) at distance d: 0.8 m of "up" and about d³/(3R²) ≈ 1 cm of horizontal shortening at
 * 10 km (R ≈ 6.37·10⁶ m). Both are below consumer GPS error (metres), and far below the path
 * loss's sensitivity to distance. A flat "equirectangular" projection would be as good in
 * distance near the origin but drifts in scale with latitude; ENU needs no such care.
 */
public final class LocalTangentPlane {

    /** WGS84 semi-major axis a (m). */
    static final double SEMI_MAJOR_AXIS_M = 6_378_137.0;
    /** WGS84 flattening f = 1/298.257223563. */
    static final double FLATTENING = 1.0 / 298.257223563;
    /** First eccentricity squared e² = f(2 − f). */
    static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

    /** Local east, north and up of a projected point (m). */
    public record Enu(double east, double north, double up) {
    }

    private final GeoPoint origin;
    private final double[] originEcef;
    private final double sinLat;
    private final double cosLat;
    private final double sinLon;
    private final double cosLon;

    public LocalTangentPlane(GeoPoint origin) {
        this.origin = origin;
        this.originEcef = ecef(origin);
        double lat = Math.toRadians(origin.latitudeDegrees());
        double lon = Math.toRadians(origin.longitudeDegrees());
        this.sinLat = Math.sin(lat);
        this.cosLat = Math.cos(lat);
        this.sinLon = Math.sin(lon);
        this.cosLon = Math.cos(lon);
    }

    public GeoPoint origin() {
        return origin;
    }

    /** East, north, up of {@code p} relative to the origin (m). */
    public Enu project(GeoPoint p) {
        double[] e = ecef(p);
        double dx = e[0] - originEcef[0];
        double dy = e[1] - originEcef[1];
        double dz = e[2] - originEcef[2];
        double east = -sinLon * dx + cosLon * dy;
        double north = -sinLat * cosLon * dx - sinLat * sinLon * dy + cosLat * dz;
        double up = cosLat * cosLon * dx + cosLat * sinLon * dy + sinLat * dz;
        return new Enu(east, north, up);
    }

    /** ECEF x, y, z (m) of a geodetic point; N is the prime-vertical radius of curvature. */
    static double[] ecef(GeoPoint p) {
        double lat = Math.toRadians(p.latitudeDegrees());
        double lon = Math.toRadians(p.longitudeDegrees());
        double sinLat = Math.sin(lat);
        double n = SEMI_MAJOR_AXIS_M / Math.sqrt(1 - ECCENTRICITY_SQUARED * sinLat * sinLat);
        double h = p.altitudeMetres();
        return new double[] {
            (n + h) * Math.cos(lat) * Math.cos(lon),
            (n + h) * Math.cos(lat) * Math.sin(lon),
            (n * (1 - ECCENTRICITY_SQUARED) + h) * sinLat,
        };
    }
}

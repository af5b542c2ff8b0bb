package io.vectwin.ingest.feed;

/**
 * The conversions from the conventions of feeds (navigational bearings in degrees, slopes in
 * degrees, speed along the path) to the model's motion variables of eq. (8)–(10): heading θ in
 * radians counter-clockwise from +x (east), in [0, 2π); slope φ in radians; horizontal speed Ṽ and
 * the path speed Ṽ_z whose product with sin φ is the climb rate.
 */
public final class ModelKinematics {

    private static final double TWO_PI = 2 * Math.PI;

    private ModelKinematics() {
    }

    /**
     * θ of a navigational bearing (SUMO's {@code angle}, a GPS course): degrees clockwise from
     * north, so north (0°) is θ = π/2, east (90°) is θ = 0, south is 3π/2, west is π:
     * θ = (90° − bearing) in radians, modulo 2π.
     */
    public static double headingFromBearingDegrees(double bearingDegrees) {
        return normaliseHeading(Math.toRadians(90.0 - bearingDegrees));
    }

    /** θ of a displacement (east, north) in the local frame: atan2(north, east) in [0, 2π). */
    public static double headingOf(double east, double north) {
        return normaliseHeading(Math.atan2(north, east));
    }

    /** {@code radians} modulo 2π, in [0, 2π) (also for results that round up to 2π). */
    public static double normaliseHeading(double radians) {
        double r = radians % TWO_PI;
        if (r < 0) {
            r += TWO_PI;
        }
        return r >= TWO_PI ? 0.0 : r;
    }

    /** φ of a slope in degrees (SUMO's {@code slope}). */
    public static double slopeFromDegrees(double degrees) {
        return Math.toRadians(degrees);
    }

    /**
     * Ṽ_z for a vehicle moving at {@code horizontalSpeed} over ground on slope φ: the speed along
     * the path, Ṽ / cos φ, because the model's climb rate is Ṽ_z·sin φ (MotionState) and the true
     * climb rate is Ṽ·tan φ. On flat ground Ṽ_z = Ṽ.
     */
    public static double pathSpeed(double horizontalSpeed, double slope) {
        return horizontalSpeed / Math.cos(slope);
    }
}

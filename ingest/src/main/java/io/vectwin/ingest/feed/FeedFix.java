package io.vectwin.ingest.feed;

/**
 * One position report of one vehicle, already in the model's frame and conventions (SI units):
 * what every feed format is read into before it becomes an {@code EntityTelemetry}.
 *
 * @param location        {@code file:line} of the line or element it was read from
 * @param feedVehicleId   the vehicle's id as the feed spells it (any non-blank string)
 * @param timeMillis      feed time (ms): since the Unix epoch for GPS and JSON feeds, since the
 *                        simulation's begin for SUMO (see {@link FeedFormat#relativeTime()})
 * @param x               east / x in the local metric frame (m)
 * @param y               north / y in the local metric frame (m)
 * @param z               height above the frame's ground plane (m)
 * @param horizontalSpeed Ṽ, m/s, ≥ 0
 * @param verticalSpeed   Ṽ_z of eq. (10), m/s: the speed along the path, so that the climb rate is
 *                        Ṽ_z·sin φ (see {@link ModelKinematics#pathSpeed})
 * @param heading         θ, rad, counter-clockwise from +x, in [0, 2π)
 * @param slope           φ, rad, in [−π/2, π/2]
 */
public record FeedFix(String location, String feedVehicleId, long timeMillis, double x, double y, double z,
        double horizontalSpeed, double verticalSpeed, double heading, double slope) implements FeedEntry {
}

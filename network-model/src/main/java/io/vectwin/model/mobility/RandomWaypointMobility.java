package io.vectwin.model.mobility;

import io.vectwin.model.geometry.Box;
import io.vectwin.model.geometry.Position;
import java.util.random.RandomGenerator;

/**
 * The 3D random-waypoint model of Sec. II-C with the paper's vertical term, eq. (8)–(10):
 * <pre>
 *   x̃(t) = x̃(t−1) + Ṽ(t−1)·Δt·cos θ(t−1)          (8)
 *   ỹ(t) = ỹ(t−1) + Ṽ(t−1)·Δt·sin θ(t−1)          (9)
 *   z̃(t) = z̃(t−1) + Ṽ_z(t−1)·Δt·sin φ(t−1)        (10)
 * </pre>
 * An entity picks a waypoint uniformly in its box and a speed uniformly in [minSpeed, maxSpeed];
 * θ points at the waypoint, φ is the angle that would reach the waypoint's height, limited to
 * ±maxSlope (Table II: φ ∈ (−10°, 10°)). On arrival (the waypoint is closer than one step) it
 * draws the next waypoint and speed. No pause time (the paper names none). Positions are
 * clamped into the box, so numerical overshoot can never carry an entity out of bounds.
 */
public final class RandomWaypointMobility {

    private final Box bounds;
    private final double minSpeed;
    private final double maxSpeed;
    private final double maxSlopeRad;

    public RandomWaypointMobility(Box bounds, double minSpeed, double maxSpeed, double maxSlopeRad) {
        if (!(minSpeed >= 0 && minSpeed <= maxSpeed)) {
            throw new IllegalArgumentException("speeds must satisfy 0 <= minSpeed <= maxSpeed, got " + minSpeed + ", " + maxSpeed);
        }
        if (!(maxSlopeRad >= 0 && maxSlopeRad < Math.PI / 2)) {
            throw new IllegalArgumentException("maxSlopeRad must lie in [0, pi/2), got " + maxSlopeRad);
        }
        this.bounds = bounds;
        this.minSpeed = minSpeed;
        this.maxSpeed = maxSpeed;
        this.maxSlopeRad = maxSlopeRad;
    }

    public Box bounds() {
        return bounds;
    }

    /** A uniformly placed entity heading to its first waypoint. */
    public MotionState initial(RandomGenerator rng) {
        return towardsNewWaypoint(bounds.uniformPoint(rng), rng);
    }

    /** Advances one slot of {@code dtSeconds} by eq. (8)–(10). */
    public MotionState step(MotionState s, double dtSeconds, RandomGenerator rng) {
        double stepLength = s.horizontalSpeed() * dtSeconds;
        if (s.position().horizontalDistanceTo(s.waypoint()) <= stepLength) {
            // arrive this slot, then head on from the waypoint
            return towardsNewWaypoint(bounds.clamp(s.waypoint()), rng);
        }
        double x = s.position().x() + s.horizontalSpeed() * dtSeconds * Math.cos(s.heading()); // eq. (8)
        double y = s.position().y() + s.horizontalSpeed() * dtSeconds * Math.sin(s.heading()); // eq. (9)
        double z = s.position().z() + s.verticalSpeed() * dtSeconds * Math.sin(s.slope());     // eq. (10)
        Position next = bounds.clamp(new Position(x, y, z));
        double slope = slopeTowards(next, s.waypoint());
        return new MotionState(next, s.horizontalSpeed(), s.verticalSpeed(), s.heading(), slope, s.waypoint());
    }

    private MotionState towardsNewWaypoint(Position from, RandomGenerator rng) {
        Position waypoint = bounds.uniformPoint(rng);
        double speed = minSpeed == maxSpeed ? minSpeed : minSpeed + (maxSpeed - minSpeed) * rng.nextDouble();
        double heading = normaliseAngle(from.azimuthTo(waypoint));
        return new MotionState(from, speed, speed, heading, slopeTowards(from, waypoint), waypoint);
    }

    /** φ that climbs to the waypoint's height over the horizontal distance, limited to ±maxSlope. */
    private double slopeTowards(Position from, Position to) {
        double horizontal = from.horizontalDistanceTo(to);
        double dz = to.z() - from.z();
        if (dz == 0) {
            return 0.0;
        }
        double slope = Math.atan2(dz, horizontal);
        return Math.max(-maxSlopeRad, Math.min(maxSlopeRad, slope));
    }

    /** θ into [0, 2π). */
    static double normaliseAngle(double rad) {
        double twoPi = 2.0 * Math.PI;
        double r = rad % twoPi;
        return r < 0 ? r + twoPi : r;
    }
}

package io.vectwin.model.mobility;

import io.vectwin.model.geometry.Position;

/**
 * Where an entity is and how it moves, the variables of eq. (8)–(10).
 *
 * @param position          F(t) = {x̃, ỹ, z̃}
 * @param horizontalSpeed   Ṽ(t), m/s
 * @param verticalSpeed     Ṽ_z(t), m/s: the speed that eq. (10) multiplies by sin φ. We set it
 *                          equal to Ṽ (the entity climbs along its path), so the climb rate is
 *                          Ṽ·sin φ
 * @param heading           θ(t) ∈ [0, 2π), horizontal direction of motion
 * @param slope             φ(t), angle of ascent (+) or descent (−) to the horizontal plane
 * @param waypoint          the random waypoint the entity is heading to
 */
public record MotionState(Position position, double horizontalSpeed, double verticalSpeed, double heading, double slope,
        Position waypoint) {

    /** A stationary entity (a base station) at {@code position}. */
    public static MotionState fixed(Position position) {
        return new MotionState(position, 0.0, 0.0, 0.0, 0.0, position);
    }

    /** dz/dt of eq. (10): Ṽ_z·sin φ. */
    public double climbRate() {
        return verticalSpeed * Math.sin(slope);
    }

    /** The velocity vector (m/s) implied by eq. (8)–(10). */
    public double[] velocity() {
        return new double[] {horizontalSpeed * Math.cos(heading), horizontalSpeed * Math.sin(heading), climbRate()};
    }

    /** |v_a − v_b|, the relative speed V̂ of eq. (21) between two moving entities. */
    public double relativeSpeedTo(MotionState other) {
        double dx = horizontalSpeed * Math.cos(heading) - other.horizontalSpeed * Math.cos(other.heading);
        double dy = horizontalSpeed * Math.sin(heading) - other.horizontalSpeed * Math.sin(other.heading);
        double dz = climbRate() - other.climbRate();
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}

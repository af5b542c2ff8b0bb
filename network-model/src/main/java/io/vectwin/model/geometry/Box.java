package io.vectwin.model.geometry;

import java.util.random.RandomGenerator;

/**
 * An axis-aligned box [minX, maxX] × [minY, maxY] × [minZ, maxZ], metres: the region in which
 * one kind of entity lives (Sec. VI: BS x,y ∈ [−1000, 1000], z ∈ [40, 60]; UAV x,y ∈
 * [−1500, 1500], z ∈ [30, 75]; vehicles x,y ∈ [−1250, 1250], z ∈ [0, 20]).
 */
public record Box(double minX, double maxX, double minY, double maxY, double minZ, double maxZ) {

    public Box {
        if (!(minX <= maxX && minY <= maxY && minZ <= maxZ)) {
            throw new IllegalArgumentException("box bounds must be ordered: " + minX + ".." + maxX + ", "
                    + minY + ".." + maxY + ", " + minZ + ".." + maxZ);
        }
    }

    /** A box symmetric in x and y: [−halfWidth, halfWidth]² × [minZ, maxZ]. */
    public static Box centred(double halfWidth, double minZ, double maxZ) {
        return new Box(-halfWidth, halfWidth, -halfWidth, halfWidth, minZ, maxZ);
    }

    public boolean contains(Position p) {
        return p.x() >= minX && p.x() <= maxX && p.y() >= minY && p.y() <= maxY && p.z() >= minZ && p.z() <= maxZ;
    }

    /** A uniformly random point inside the box. */
    public Position uniformPoint(RandomGenerator rng) {
        return new Position(uniform(rng, minX, maxX), uniform(rng, minY, maxY), uniform(rng, minZ, maxZ));
    }

    /** The nearest point inside the box (used to keep waypoints and moved entities in bounds). */
    public Position clamp(Position p) {
        return new Position(clamp(p.x(), minX, maxX), clamp(p.y(), minY, maxY), clamp(p.z(), minZ, maxZ));
    }

    public double halfWidthX() {
        return (maxX - minX) / 2.0;
    }

    public double halfWidthY() {
        return (maxY - minY) / 2.0;
    }

    public double centreX() {
        return (maxX + minX) / 2.0;
    }

    public double centreY() {
        return (maxY + minY) / 2.0;
    }

    public double centreZ() {
        return (maxZ + minZ) / 2.0;
    }

    public double heightSpan() {
        return maxZ - minZ;
    }

    private static double uniform(RandomGenerator rng, double lo, double hi) {
        return lo == hi ? lo : lo + (hi - lo) * rng.nextDouble();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

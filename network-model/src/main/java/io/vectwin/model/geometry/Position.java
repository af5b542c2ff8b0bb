package io.vectwin.model.geometry;

/**
 * A point in the scenario's 3D frame, metres (F_v, F_u, F_b of Sec. II-C).
 * z is height above ground.
 */
public record Position(double x, double y, double z) {

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("position must be finite: (" + x + ", " + y + ", " + z + ")");
        }
    }

    /** Euclidean 3D distance d₃D. */
    public double distanceTo(Position other) {
        double dx = x - other.x;
        double dy = y - other.y;
        double dz = z - other.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Ground (2D) distance d₂D, used by the 3GPP UMa validity ranges. */
    public double horizontalDistanceTo(Position other) {
        double dx = x - other.x;
        double dy = y - other.y;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Azimuth of {@code other} seen from here, radians in (−π, π]. */
    public double azimuthTo(Position other) {
        return Math.atan2(other.y - y, other.x - x);
    }

    public Position plus(double dx, double dy, double dz) {
        return new Position(x + dx, y + dy, z + dz);
    }
}

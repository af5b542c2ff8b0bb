package io.vectwin.model.channel;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;

/**
 * Transmit and receive antenna positions of a link. {@link #standard} gives the reference
 * geometry that the link-budget CLI and the Table III reproduction use: a BS antenna at 25 m and
 * a vehicle antenna at 1.5 m (the paper's Table III: h_BS = 25 m, h_UT = 1.5 m), and a UAV at
 * 50 m (inside Sec. VI's 30–75 m band), the receiver {@code groundDistanceM} away along x.
 */
public record LinkEndpoints(Position transmitter, Position receiver) {

    public static final double STANDARD_BS_HEIGHT_M = 25.0;
    public static final double STANDARD_VEHICLE_ANTENNA_HEIGHT_M = 1.5;
    public static final double STANDARD_UAV_HEIGHT_M = 50.0;

    public static LinkEndpoints standard(LinkType link, double groundDistanceM) {
        if (!(groundDistanceM >= 0) || !Double.isFinite(groundDistanceM)) {
            throw new IllegalArgumentException("distance must be a finite number >= 0 m, got " + groundDistanceM);
        }
        return new LinkEndpoints(new Position(0, 0, standardHeight(link.from())),
                new Position(groundDistanceM, 0, standardHeight(link.to())));
    }

    static double standardHeight(EntityKind kind) {
        return switch (kind) {
            case VEHICLE -> STANDARD_VEHICLE_ANTENNA_HEIGHT_M;
            case UAV -> STANDARD_UAV_HEIGHT_M;
            case BASE_STATION -> STANDARD_BS_HEIGHT_M;
        };
    }
}

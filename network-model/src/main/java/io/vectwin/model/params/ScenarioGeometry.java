package io.vectwin.model.params;

import io.vectwin.model.geometry.Box;

/**
 * The scenario of Sec. VI: where entities live, how many there are, how they move.
 *
 * @param vehicleBox        x, y ∈ [−1250, 1250] m, z ∈ [0, 20] m (z is terrain height)
 * @param uavBox            x, y ∈ [−1500, 1500] m, z ∈ [30, 75] m
 * @param baseStationBox    x, y ∈ [−1000, 1000] m, z ∈ [40, 60] m; BSs sit on an even grid in it
 * @param vehicles          V (configurable)
 * @param uavs              U; Table II: 10
 * @param baseStations      B; Table II: 4
 * @param slotSeconds       τ; Table II: 20 ms
 * @param vehicleSpeed      Ṽ_v; Table II: 20 m/s
 * @param uavSpeedMin       lower end of Ṽ_u; Table II: 10 m/s
 * @param uavSpeedMax       upper end of Ṽ_u; Table II: 50 m/s
 * @param maxSlopeRad       |φ| bound; Table II: φ_v ∈ (−10°, 10°), used for UAV climb angles too
 */
public record ScenarioGeometry(
        Box vehicleBox,
        Box uavBox,
        Box baseStationBox,
        int vehicles,
        int uavs,
        int baseStations,
        double slotSeconds,
        double vehicleSpeed,
        double uavSpeedMin,
        double uavSpeedMax,
        double maxSlopeRad) {

    public ScenarioGeometry {
        Require.notNull("geometry.vehicleBox", vehicleBox);
        Require.notNull("geometry.uavBox", uavBox);
        Require.notNull("geometry.baseStationBox", baseStationBox);
        Require.nonNegative("geometry.vehicles", vehicles);
        Require.nonNegative("geometry.uavs", uavs);
        Require.nonNegative("geometry.baseStations", baseStations);
        if (uavs + baseStations == 0) {
            throw new IllegalArgumentException("geometry needs at least one UAV or base station to offload to");
        }
        Require.positive("geometry.slotSeconds", slotSeconds);
        Require.nonNegative("geometry.vehicleSpeed", vehicleSpeed);
        Require.nonNegative("geometry.uavSpeedMin", uavSpeedMin);
        Require.ordered("geometry.uavSpeedMin", uavSpeedMin, "geometry.uavSpeedMax", uavSpeedMax);
        Require.closedInterval("geometry.maxSlopeRad", maxSlopeRad, 0.0, Math.PI / 2);
    }

    /** Sec. VI and Table II, with V = 20 vehicles (the dense case of Fig. 6). */
    public static ScenarioGeometry sectionVI() {
        return new ScenarioGeometry(
                Box.centred(1250, 0, 20), Box.centred(1500, 30, 75), Box.centred(1000, 40, 60),
                20, 10, 4, 0.020, 20.0, 10.0, 50.0, Math.toRadians(10.0));
    }

    public ScenarioGeometry withCounts(int v, int u, int b) {
        return new ScenarioGeometry(vehicleBox, uavBox, baseStationBox, v, u, b, slotSeconds, vehicleSpeed,
                uavSpeedMin, uavSpeedMax, maxSlopeRad);
    }

    /** Number of edge nodes (BSs and UAVs) a subtask can be offloaded to. */
    public int edgeNodes() {
        return uavs + baseStations;
    }
}

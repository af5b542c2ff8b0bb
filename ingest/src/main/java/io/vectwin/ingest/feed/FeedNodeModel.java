package io.vectwin.ingest.feed;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.Require;

/**
 * The edge nodes a feed is given, because a real feed reports vehicles only and the twin decides
 * among nodes it has twins of: {@code baseStations} base stations and {@code uavs} UAVs of the
 * profile's scenario (Sec. VI: BSs on an even grid, UAVs flying the 3D random waypoint model),
 * moved onto the feed's area and reporting once per slot (see {@link FeedEdgeNodes}).
 *
 * <p>Where: the scenario's boxes are centred on the bounding box of the vehicle positions of the
 * feed's first {@link #PLACEMENT_WINDOW_MILLIS} of feed time. A streaming reader cannot know the
 * whole extent in advance, and holding the whole feed back is not an option for gigabyte files;
 * one second holds one report of every vehicle of a 1 Hz feed (GPS loggers, SUMO's default step),
 * which is as much of the fleet as the start of a feed shows, for one second of records held back.
 *
 * @param profile      whose scenario geometry (boxes, UAV speeds, slope limit, τ) and computing
 *                     parameters (f_max, eq. 4) the nodes get
 * @param uavs         U ≥ 0
 * @param baseStations B ≥ 0, U + B ≥ 1
 * @param seed         seed of the nodes' random stream (placement, UAV waypoints and speeds, CPU draws)
 */
public record FeedNodeModel(Profile profile, int uavs, int baseStations, long seed) {

    /** How much of the feed's start the node placement looks at (feed time). */
    public static final long PLACEMENT_WINDOW_MILLIS = 1000;

    public FeedNodeModel {
        Require.notNull("profile", profile);
        Require.nonNegative("uavs", uavs);
        Require.nonNegative("baseStations", baseStations);
        if (uavs + baseStations == 0) {
            throw new IllegalArgumentException("uavs + baseStations must be >= 1 (use no nodes instead)");
        }
    }

    /** The simulator's defaults: physical profile, U = 10, B = 4, seed 1. */
    public static FeedNodeModel defaults() {
        SimulatorConfig d = SimulatorConfig.defaults();
        return new FeedNodeModel(d.profile(), d.uavs(), d.baseStations(), d.seed());
    }

    /** U + B. */
    public int count() {
        return uavs + baseStations;
    }

    /** The profile's parameters with U UAVs, B base stations and no vehicles (the feed has those). */
    public NetworkParameters parameters() {
        NetworkParameters p = NetworkParameters.forProfile(profile);
        return p.withGeometry(p.geometry().withCounts(0, uavs, baseStations));
    }
}

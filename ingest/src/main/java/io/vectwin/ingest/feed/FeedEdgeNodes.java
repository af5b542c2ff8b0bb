package io.vectwin.ingest.feed;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.geometry.Box;
import io.vectwin.model.mec.CpuFrequency;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.model.mobility.RandomWaypointMobility;
import io.vectwin.model.params.ComputeParameters;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The edge nodes of a {@link FeedNodeModel}, slot by slot on the feed's clock: slot n starts at
 * origin + n·τ and every node reports once in it. The scenario's boxes are moved so that their
 * centre is the feed's centre (heights are kept: the ground plane of the local frame is z = 0).
 * Base stations stand still on the model's grid; UAVs fly the model's 3D random waypoint
 * mobility (eq. 8–10) at the profile's UAV speeds; every slot each node's available CPU is drawn
 * by eq. (4) from the profile's computing parameters. Nothing is offloaded to these nodes by the
 * feed itself, so their queue and backlog are 0.
 *
 * <p>The initial placement is the model's own ({@link VecEnvironment}'s world: the even BS grid
 * and uniformly placed UAVs), taken from a vehicle-less environment's first observation; after
 * that only the UAVs move, which is all a node needs from the environment and about a hundred
 * times cheaper than stepping it. Deterministic: every draw comes from the generator passed in.
 */
public final class FeedEdgeNodes {

    /** The node states of one slot. {@code index} counts from 0 and is each node's sequence number. */
    public record Slot(long index, long feedTimeMillis, List<EntityState> nodes) {
    }

    private final ScenarioGeometry geometry;
    private final ComputeParameters compute;
    private final RandomWaypointMobility uavMobility;
    private final RandomGenerator rng;
    private final long originMillis;
    private final long slotMillis;
    private final List<EntityState> baseStations;
    private final List<EntityState> uavs;
    private long nextSlot;

    /**
     * @param model        how many nodes of which profile
     * @param centreX      x of the feed's centre, where the scenario's boxes are centred (m)
     * @param centreY      y of the feed's centre (m)
     * @param originMillis feed time of slot 0
     * @param rng          the nodes' random stream
     */
    public FeedEdgeNodes(FeedNodeModel model, double centreX, double centreY, long originMillis, RandomGenerator rng) {
        Require.notNull("model", model);
        this.rng = Require.notNull("rng", rng);
        NetworkParameters params = model.parameters();
        ScenarioGeometry g = params.geometry();
        this.geometry = new ScenarioGeometry(shifted(g.vehicleBox(), centreX, centreY), shifted(g.uavBox(), centreX, centreY),
                shifted(g.baseStationBox(), centreX, centreY), g.vehicles(), g.uavs(), g.baseStations(), g.slotSeconds(),
                g.vehicleSpeed(), g.uavSpeedMin(), g.uavSpeedMax(), g.maxSlopeRad());
        this.compute = params.compute();
        this.uavMobility = new RandomWaypointMobility(geometry.uavBox(), geometry.uavSpeedMin(), geometry.uavSpeedMax(),
                geometry.maxSlopeRad());
        this.originMillis = originMillis;
        this.slotMillis = Math.round(geometry.slotSeconds() * 1000.0);
        Observation placed = new VecEnvironment(params.withGeometry(geometry), rng.nextLong()).observation();
        this.baseStations = placed.baseStations();
        this.uavs = new ArrayList<>(placed.uavs());
    }

    /** {@code box} moved by (dx, dy). */
    static Box shifted(Box box, double dx, double dy) {
        return new Box(box.minX() + dx, box.maxX() + dx, box.minY() + dy, box.maxY() + dy, box.minZ(), box.maxZ());
    }

    /** Feed time at which the next slot starts. */
    public long nextSlotMillis() {
        return originMillis + nextSlot * slotMillis;
    }

    /** The states of every node (UAVs, then base stations) at the start of the next slot; then advances a slot. */
    public Slot next() {
        List<EntityState> states = new ArrayList<>(uavs.size() + baseStations.size());
        for (List<EntityState> kind : List.of(uavs, baseStations)) {
            for (EntityState s : kind) {
                states.add(new EntityState(s.id(), s.motion(), compute.maxCpuHz(), CpuFrequency.draw(compute, rng), 0.0, 0));
            }
        }
        Slot slot = new Slot(nextSlot, nextSlotMillis(), List.copyOf(states));
        for (int u = 0; u < uavs.size(); u++) {
            EntityState s = uavs.get(u);
            MotionState moved = uavMobility.step(s.motion(), geometry.slotSeconds(), rng);
            uavs.set(u, new EntityState(s.id(), moved, s.maxCpuHz(), s.availableCpuHz(), 0.0, 0));
        }
        nextSlot++;
        return slot;
    }

    /** Where the UAVs fly: the profile's UAV box centred on the feed. */
    public Box uavBox() {
        return geometry.uavBox();
    }

    /** Where the base stations stand: the profile's BS box centred on the feed. */
    public Box baseStationBox() {
        return geometry.baseStationBox();
    }

    public int count() {
        return geometry.edgeNodes();
    }
}

package io.vectwin.model.env;

import io.vectwin.model.geometry.Box;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.CpuFrequency;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.model.mobility.RandomWaypointMobility;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The true physical state the environment advances: motion of every entity, and each edge
 * node's available CPU frequency (eq. 4) and queued work. Mutable, owned by one
 * {@link VecEnvironment}.
 */
final class World {

    private final NetworkParameters params;
    private final RandomWaypointMobility vehicleMobility;
    private final RandomWaypointMobility uavMobility;
    private final MotionState[] vehicles;
    private final MotionState[] uavs;
    private final MotionState[] baseStations;
    /** Indexed by {@link #nodeIndex}: UAVs first, then BSs. */
    private final double[] availableCpuHz;
    private final double[] backlogCycles;
    private final int[] queueLength;

    World(NetworkParameters params, RandomGenerator rng) {
        this.params = params;
        ScenarioGeometry g = params.geometry();
        this.vehicleMobility = new RandomWaypointMobility(g.vehicleBox(), g.vehicleSpeed(), g.vehicleSpeed(), g.maxSlopeRad());
        this.uavMobility = new RandomWaypointMobility(g.uavBox(), g.uavSpeedMin(), g.uavSpeedMax(), g.maxSlopeRad());
        this.baseStations = new MotionState[g.baseStations()];
        placeBaseStationsOnGrid(g.baseStationBox(), rng);
        this.uavs = new MotionState[g.uavs()];
        for (int u = 0; u < uavs.length; u++) {
            uavs[u] = uavMobility.initial(rng);
        }
        this.vehicles = new MotionState[g.vehicles()];
        for (int v = 0; v < vehicles.length; v++) {
            vehicles[v] = vehicleMobility.initial(rng);
        }
        this.availableCpuHz = new double[g.edgeNodes()];
        this.backlogCycles = new double[g.edgeNodes()];
        this.queueLength = new int[g.edgeNodes()];
        refreshCpu(rng);
    }

    /**
     * Sec. VI: "BSs are evenly distributed" — a near-square grid of cells over the BS box, one BS
     * at each cell centre, its height drawn uniformly in the box's z range.
     */
    private void placeBaseStationsOnGrid(Box box, RandomGenerator rng) {
        int n = baseStations.length;
        if (n == 0) {
            return;
        }
        int cols = (int) Math.ceil(Math.sqrt(n));
        int rows = (int) Math.ceil(n / (double) cols);
        double cellW = (box.maxX() - box.minX()) / cols;
        double cellH = (box.maxY() - box.minY()) / rows;
        for (int b = 0; b < n; b++) {
            double x = box.minX() + cellW * (b % cols + 0.5);
            double y = box.minY() + cellH * (b / cols + 0.5);
            double z = box.minZ() + (box.maxZ() - box.minZ()) * rng.nextDouble();
            baseStations[b] = MotionState.fixed(new Position(x, y, z));
        }
    }

    /** Eq. (4): each node's available frequency for the coming slot. */
    void refreshCpu(RandomGenerator rng) {
        for (int i = 0; i < availableCpuHz.length; i++) {
            availableCpuHz[i] = CpuFrequency.draw(params.compute(), rng);
        }
    }

    /** Eq. (8)–(10) for every vehicle and UAV over one slot. */
    void move(double dtSeconds, RandomGenerator rng) {
        for (int v = 0; v < vehicles.length; v++) {
            vehicles[v] = vehicleMobility.step(vehicles[v], dtSeconds, rng);
        }
        for (int u = 0; u < uavs.length; u++) {
            uavs[u] = uavMobility.step(uavs[u], dtSeconds, rng);
        }
    }

    /** Each node works off f·τ cycles of its queue during the slot. */
    void drainQueues(double dtSeconds, double[] cpuUsedHz) {
        for (int i = 0; i < backlogCycles.length; i++) {
            double capacity = cpuUsedHz[i] * dtSeconds;
            if (backlogCycles[i] <= capacity) {
                backlogCycles[i] = 0.0;
                queueLength[i] = 0;
            } else {
                double remainingShare = (backlogCycles[i] - capacity) / backlogCycles[i];
                backlogCycles[i] -= capacity;
                queueLength[i] = (int) Math.ceil(queueLength[i] * remainingShare);
            }
        }
    }

    int nodeIndex(EntityId node) {
        return switch (node.kind()) {
            case UAV -> checkIndex(node, uavs.length);
            case BASE_STATION -> uavs.length + checkIndex(node, baseStations.length);
            case VEHICLE -> throw new IllegalArgumentException(node + " is a vehicle, not an edge node");
        };
    }

    boolean exists(EntityId id) {
        int count = switch (id.kind()) {
            case VEHICLE -> vehicles.length;
            case UAV -> uavs.length;
            case BASE_STATION -> baseStations.length;
        };
        return id.index() < count;
    }

    private static int checkIndex(EntityId id, int count) {
        if (id.index() >= count) {
            throw new IllegalArgumentException("unknown entity " + id + " (there are " + count + " of its kind)");
        }
        return id.index();
    }

    MotionState motion(EntityId id) {
        return switch (id.kind()) {
            case VEHICLE -> vehicles[checkIndex(id, vehicles.length)];
            case UAV -> uavs[checkIndex(id, uavs.length)];
            case BASE_STATION -> baseStations[checkIndex(id, baseStations.length)];
        };
    }

    /**
     * Where the entity's antenna is: a vehicle's position gives the terrain height it drives on,
     * its antenna sits {@code vehicleAntennaHeightM} above; UAV and BS positions are their antennas.
     */
    Position antenna(EntityId id) {
        return params.radio().antennaPosition(id.kind(), motion(id).position());
    }

    double availableCpuHz(EntityId node) {
        return availableCpuHz[nodeIndex(node)];
    }

    double backlogCycles(EntityId node) {
        return backlogCycles[nodeIndex(node)];
    }

    void enqueue(EntityId node, double cycles) {
        int i = nodeIndex(node);
        backlogCycles[i] += cycles;
        queueLength[i]++;
    }

    int edgeNodeCount() {
        return availableCpuHz.length;
    }

    /** Edge nodes in {@link #nodeIndex} order. */
    List<EntityId> edgeNodes() {
        List<EntityId> ids = new ArrayList<>(edgeNodeCount());
        for (int u = 0; u < uavs.length; u++) {
            ids.add(EntityId.uav(u));
        }
        for (int b = 0; b < baseStations.length; b++) {
            ids.add(EntityId.baseStation(b));
        }
        return ids;
    }

    List<EntityState> states(EntityKind kind) {
        int count = switch (kind) {
            case VEHICLE -> vehicles.length;
            case UAV -> uavs.length;
            case BASE_STATION -> baseStations.length;
        };
        List<EntityState> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EntityId id = new EntityId(kind, i);
            if (kind == EntityKind.VEHICLE) {
                out.add(new EntityState(id, motion(id), 0.0, 0.0, 0.0, 0));
            } else {
                int n = nodeIndex(id);
                out.add(new EntityState(id, motion(id), params.compute().maxCpuHz(), availableCpuHz[n], backlogCycles[n],
                        queueLength[n]));
            }
        }
        return out;
    }
}

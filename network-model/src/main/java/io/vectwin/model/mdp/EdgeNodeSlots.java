package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;

/**
 * The order in which the vehicle's action encodings list the B + U edge nodes: BSs b-0 … b-(B−1)
 * in slots 0 … B−1, then UAVs u-0 … u-(U−1) in slots B … B+U−1, following eq. (58)'s
 * Γ_{v,b} before Γ_{v,u}.
 */
final class EdgeNodeSlots {

    private EdgeNodeSlots() {
    }

    static int slot(String field, EntityId node, int baseStations, int uavs) {
        return switch (node.kind()) {
            case BASE_STATION -> withinCount(field, node, baseStations);
            case UAV -> baseStations + withinCount(field, node, uavs);
            case VEHICLE -> throw new IllegalArgumentException(field + " must be a BS or UAV, got " + node);
        };
    }

    static EntityId node(int slot, int baseStations, int uavs) {
        if (slot < 0 || slot >= baseStations + uavs) {
            throw new IllegalArgumentException("edge-node slot " + slot + " outside [0, " + (baseStations + uavs) + ")");
        }
        return slot < baseStations ? EntityId.baseStation(slot) : EntityId.uav(slot - baseStations);
    }

    /** The node's index, checked against the number of nodes of its kind in the scenario. */
    static int withinCount(String field, EntityId node, int count) {
        if (node.index() >= count) {
            throw new IllegalArgumentException(field + " " + node + " does not exist: the geometry has " + count + " "
                    + (node.kind() == EntityKind.UAV ? "UAVs" : "base stations"));
        }
        return node.index();
    }
}

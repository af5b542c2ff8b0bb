package io.vectwin.model.mec;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.Require;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The route a subtask takes after it leaves its vehicle (Sec. II-B, Fig. 1): {@code nodes[0]}
 * is the first hop, the BS or UAV the vehicle transmits to (Γ_{v,b} or Γ_{v,u} = 1); the last
 * node processes the subtask (κ = 1 in eq. 5); the nodes between forward it (κ = 0).
 *
 * <p>Rules from the paper: only edge nodes carry subtasks; the paper allows BS→UAV, UAV→UAV and
 * UAV→BS relays but no BS→BS link (Table I, and the text: "direct links between BS" are not
 * feasible). A node appears at most once, because a loop only adds airtime. The forwarding
 * limit ("a predefined limit to the extent of task forwarding") is a constraint of the decision
 * (C11, see {@code io.vectwin.model.constraint.ConstraintId}), not of the path's shape, so any
 * length is representable and can be checked.
 *
 * <p>Text form: node ids joined by {@code >}, e.g. {@code b-0>u-3>u-1}.
 */
public record OffloadPath(List<EntityId> nodes) {

    public OffloadPath {
        Require.notNull("path.nodes", nodes);
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("path.nodes must not be empty: a subtask needs a node to process it");
        }
        Set<EntityId> seen = new HashSet<>();
        for (int k = 0; k < nodes.size(); k++) {
            EntityId node = nodes.get(k);
            if (!node.kind().isEdgeNode()) {
                throw new IllegalArgumentException("path.nodes may hold only BSs and UAVs, got " + node + " at position " + k);
            }
            if (!seen.add(node)) {
                throw new IllegalArgumentException("path.nodes visits " + node + " twice");
            }
            if (k > 0 && nodes.get(k - 1).kind() == EntityKind.BASE_STATION && node.kind() == EntityKind.BASE_STATION) {
                throw new IllegalArgumentException("path.nodes has a BS->BS hop " + nodes.get(k - 1) + ">" + node
                        + ", which the paper's network has no link for (Table I)");
            }
        }
    }

    /** A subtask processed where it lands: no forwarding. */
    public static OffloadPath direct(EntityId node) {
        return new OffloadPath(List.of(Require.notNull("node", node)));
    }

    /** Parses {@code b-0>u-3>u-1}; whitespace around ids is ignored. */
    public static OffloadPath parse(String text) {
        Require.notNull("path", text);
        if (text.isBlank()) {
            throw new IllegalArgumentException("path '" + text + "' is empty");
        }
        List<EntityId> nodes = new ArrayList<>();
        for (String part : text.split(">", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("path '" + text + "' has an empty node between '>'");
            }
            nodes.add(EntityId.parse(part.trim()));
        }
        return new OffloadPath(nodes);
    }

    /** The node the vehicle transmits to. */
    public EntityId firstHop() {
        return nodes.get(0);
    }

    /** The node that processes the subtask (κ = 1). */
    public EntityId processingNode() {
        return nodes.get(nodes.size() - 1);
    }

    /** Hops after the first one, the quantity the forwarding limit bounds (C11). */
    public int forwardingHops() {
        return nodes.size() - 1;
    }

    /** The radio hops from {@code vehicle} through every node, in order; there are {@code nodes().size()} of them. */
    public List<Hop> hops(EntityId vehicle) {
        Require.notNull("vehicle", vehicle);
        if (vehicle.kind() != EntityKind.VEHICLE) {
            throw new IllegalArgumentException("vehicle must be a vehicle id, got " + vehicle);
        }
        List<Hop> hops = new ArrayList<>(nodes.size());
        EntityId from = vehicle;
        for (EntityId to : nodes) {
            hops.add(Hop.between(from, to));
            from = to;
        }
        return List.copyOf(hops);
    }

    @Override
    public String toString() {
        return nodes.stream().map(EntityId::toString).collect(Collectors.joining(">"));
    }
}

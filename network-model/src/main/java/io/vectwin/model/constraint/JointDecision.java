package io.vectwin.model.constraint;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.Require;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything decided in one slot across the network (the joint action 𝐚 of eq. 38), plus what
 * C12/C13 need from the previous slot.
 *
 * <p><b>Keying of {@code previousFirstHops}.</b> Eq. (49)–(50) bound the change of Γ_{v,z}
 * between slots. Subtasks and task ids are new every slot, so a per-subtask key would never
 * find its predecessor; the quantity that persists is the vehicle's association. The map is
 * therefore keyed by the vehicle's id string ({@code "v-3"}) and holds the node that was its
 * first hop in the previous slot: the one that took most of its subtasks, ties going to the
 * smaller id. {@link #firstHopsForNextSlot()} computes exactly that, so a caller can carry it
 * from one slot to the next.
 *
 * @param assignments          every subtask decided in the slot
 * @param nodes                the BSs and UAVs with their CPU frequency and transmit power (one entry per node)
 * @param vehiclesWithSubtasks the vehicles that had subtasks to offload in the slot (C1)
 * @param previousFirstHops    vehicle id string → its previous slot's first hop (C12/C13); vehicles absent
 *                             from it had no previous decision
 */
public record JointDecision(
        List<AssignedSubtask> assignments,
        List<NodeStatus> nodes,
        Set<EntityId> vehiclesWithSubtasks,
        Map<String, EntityId> previousFirstHops) {

    public JointDecision {
        assignments = List.copyOf(requireNoNulls("decision.assignments", assignments));
        nodes = List.copyOf(requireNoNulls("decision.nodes", nodes));
        vehiclesWithSubtasks = Set.copyOf(requireNoNulls("decision.vehiclesWithSubtasks", vehiclesWithSubtasks));
        Require.notNull("decision.previousFirstHops", previousFirstHops);
        Set<EntityId> seen = new HashSet<>();
        for (NodeStatus n : nodes) {
            if (!seen.add(n.node())) {
                throw new IllegalArgumentException("decision.nodes lists " + n.node() + " twice");
            }
        }
        for (EntityId v : vehiclesWithSubtasks) {
            if (v.kind() != EntityKind.VEHICLE) {
                throw new IllegalArgumentException("decision.vehiclesWithSubtasks must hold vehicle ids, got " + v);
            }
        }
        for (Map.Entry<String, EntityId> e : previousFirstHops.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("decision.previousFirstHops must not hold null keys or values");
            }
            if (EntityId.parse(e.getKey()).kind() != EntityKind.VEHICLE) {
                throw new IllegalArgumentException("decision.previousFirstHops must be keyed by vehicle id, got " + e.getKey());
            }
            if (!e.getValue().kind().isEdgeNode()) {
                throw new IllegalArgumentException("decision.previousFirstHops[" + e.getKey()
                        + "] must be a BS or UAV, got " + e.getValue());
            }
        }
        previousFirstHops = Map.copyOf(previousFirstHops);
    }

    /** The {@code previousFirstHops} the next slot's decision should carry: each vehicle's dominant first hop. */
    public Map<String, EntityId> firstHopsForNextSlot() {
        Map<EntityId, Map<EntityId, Long>> counts = assignments.stream().collect(Collectors.groupingBy(
                AssignedSubtask::vehicle, TreeMap::new,
                Collectors.groupingBy(a -> a.path().firstHop(), TreeMap::new, Collectors.counting())));
        return counts.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toString(),
                e -> dominant(e.getValue())));
    }

    /** Most subtasks wins; the map is sorted, so on a tie the smaller id, met first, is kept. */
    private static EntityId dominant(Map<EntityId, Long> countsByNode) {
        return countsByNode.entrySet().stream()
                .max(Comparator.<Map.Entry<EntityId, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    private static <C extends Collection<?>> C requireNoNulls(String name, C values) {
        Require.notNull(name, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        return values;
    }
}

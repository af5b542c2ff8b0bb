package io.vectwin.model.constraint;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.Energy;
import io.vectwin.model.mec.Hop;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks a {@link JointDecision} against C1–C20 (eq. 39–56, numbered as in {@link ConstraintId}).
 *
 * <p>Readings where the paper is loose:
 * <ul>
 *   <li>Γ_{v,b} / Γ_{v,u} = 1 means "the subtask's first hop is b / u". C5/C6, C12/C13 and
 *       C14/C15 are indexed by it.</li>
 *   <li>C3/C4 and C18/C19 bound work <em>done</em> at a node, so they sum C·D over the subtasks
 *       a node processes (the last node of the path), not over those it merely receives: a
 *       forwarding node spends no cycles on a subtask.</li>
 *   <li>C5/C6 and C14/C15 use ϱ = {@code tasks.deadlineSeconds}. C14/C15 sum the end-to-end
 *       latencies of the subtasks entering a node, as printed; since a sum is at least each of
 *       its terms, a C5/C6 violation always comes with one of C14/C15.</li>
 *   <li>C3 and C18 (C4 and C19) bound the same sum Σ C·D, by 𝒞_z and by E_max^z / ξ_z. With
 *       Table II, E_max/ξ = 33.2 J / 10⁻⁶ J = 3.32·10⁷ cycles, eight times below 𝒞 = 2.7·10⁸:
 *       C18/C19 bind first and a C3/C4 violation implies one of C18/C19.</li>
 *   <li>C8 applies R̂ to every hop a subtask uses (eq. 46 says "for each link"); a closed link
 *       counts as rate 0.</li>
 *   <li>C10 compares Q_{i,j} with Q_min; eq. (93) fixes Q_min, so raw and normalised QoS give
 *       the same verdict.</li>
 *   <li>C12/C13, eq. (49)–(50): 𝒫 = 1 / (1 + e^{−k(|Γ(t) − Γ(t−1)| − ΔS_max)}) ≤ ΔS_max, per
 *       vehicle and node. A vehicle has several subtasks in a slot, so Γ_{v,z}(t) is the share
 *       of its subtasks whose first hop is z (the mean of the per-subtask Γ^{i,j}_{v,z});
 *       Γ_{v,z}(t−1) is 1 for its previous first hop and 0 elsewhere (see {@link JointDecision}).
 *       With ΔS_max = 0.5 the bound reads |ΔΓ| ≤ 0.5: at least half of a vehicle's subtasks stay
 *       with last slot's node. Vehicles with no subtasks now, or no previous first hop, made no
 *       change and are not checked.</li>
 * </ul>
 */
public final class ConstraintChecker {

    private final NetworkParameters params;

    public ConstraintChecker(NetworkParameters params) {
        this.params = Require.notNull("params", params);
    }

    /** One check per {@link ConstraintId}, in enum order. */
    public List<ConstraintCheck> check(JointDecision decision) {
        Require.notNull("decision", decision);
        Map<ConstraintId, OffenceTally> tallies = new EnumMap<>(ConstraintId.class);
        for (ConstraintId id : ConstraintId.values()) {
            tallies.put(id, new OffenceTally(id));
        }
        checkConnectivity(decision, tallies.get(ConstraintId.C1));
        checkSingleFirstHop(decision, tallies.get(ConstraintId.C2));
        checkProcessingWork(decision, tallies);
        checkPerSubtask(decision, tallies);
        checkNodes(decision, tallies);
        checkVehicleEnergy(decision, tallies.get(ConstraintId.C9));
        checkDecisionVariability(decision, tallies);
        checkNodeLoad(decision, tallies);
        return tallies.values().stream().map(OffenceTally::result).toList();
    }

    /** True when no check reports a violation. */
    public static boolean allSatisfied(List<ConstraintCheck> checks) {
        Require.notNull("checks", checks);
        return checks.stream().noneMatch(ConstraintCheck::violated);
    }

    /** C1, eq. (39). */
    private static void checkConnectivity(JointDecision d, OffenceTally c1) {
        Set<EntityId> served = d.assignments().stream().map(AssignedSubtask::vehicle).collect(Collectors.toSet());
        for (EntityId v : new TreeSet<>(d.vehiclesWithSubtasks())) {
            if (!served.contains(v)) {
                c1.offend(v::toString, 1.0, () -> "has subtasks but no assignment");
            }
        }
    }

    /** C2, eq. (40): the excess is the number of surplus assignments. */
    private static void checkSingleFirstHop(JointDecision d, OffenceTally c2) {
        Map<String, List<AssignedSubtask>> bySubtask = d.assignments().stream().collect(
                Collectors.groupingBy(a -> a.vehicle() + " " + a.subtaskKey(), TreeMap::new, Collectors.toList()));
        bySubtask.forEach((subtask, copies) -> {
            if (copies.size() > 1) {
                c2.offend(() -> subtask, copies.size() - 1, () -> "assigned " + copies.size() + " times ("
                        + copies.stream().map(a -> a.path().firstHop().toString()).collect(Collectors.joining(", ")) + ")");
            }
        });
    }

    /** C3/C4, eq. (41)–(42), and C18/C19, eq. (54)–(55), per processing node. */
    private void checkProcessingWork(JointDecision d, Map<ConstraintId, OffenceTally> t) {
        double xi = params.compute().energyPerCycleJ();
        Map<EntityId, Double> cycles = new TreeMap<>();
        Map<EntityId, Double> energy = new TreeMap<>();
        for (AssignedSubtask a : d.assignments()) {
            EntityId node = a.path().processingNode();
            cycles.merge(node, a.subtask().cycles(), Double::sum);
            energy.merge(node, Energy.nodeProcessing(xi, a.subtask().cyclesPerBit(), a.subtask().dataBits()), Double::sum);
        }
        cycles.forEach((node, c) -> byKind(node, t, ConstraintId.C3, ConstraintId.C4)
                .atMost(node::toString, c, params.compute().nodeCapacityCycles(), " cycles"));
        energy.forEach((node, e) -> byKind(node, t, ConstraintId.C18, ConstraintId.C19)
                .atMost(node::toString, e, params.compute().nodeEnergyBudgetJ(), " J"));
    }

    /** C5/C6, C8, C10, C11 and C20: bounds on each subtask on its own. */
    private void checkPerSubtask(JointDecision d, Map<ConstraintId, OffenceTally> t) {
        double deadline = params.tasks().deadlineSeconds();
        for (AssignedSubtask a : d.assignments()) {
            Supplier<String> subject = () -> a.vehicle() + " " + a.subtaskKey() + " via " + a.path();
            byKind(a.path().firstHop(), t, ConstraintId.C5, ConstraintId.C6).atMost(subject, a.latencyS(), deadline, " s");
            List<Hop> hops = a.path().hops(a.vehicle());
            double[] rates = a.hopRatesBps();
            for (int k = 0; k < rates.length; k++) {
                Hop hop = hops.get(k);
                t.get(ConstraintId.C8).atLeast(() -> a.vehicle() + " " + a.subtaskKey() + " hop " + hop.from() + ">" + hop.to(),
                        Math.max(0.0, rates[k]), params.radio().minimumRateBps(), " bit/s");
            }
            t.get(ConstraintId.C10).atLeast(subject, a.qos(), params.qos().qosMin(), "");
            t.get(ConstraintId.C11).atMost(subject, a.path().forwardingHops(), params.compute().maxForwardingHops(),
                    " forwarding hops");
            t.get(ConstraintId.C20).atMost(subject, a.subtask().dataBits(), params.tasks().maxSubtaskBits(), " bit");
        }
    }

    /** C7, eq. (45), and C16/C17, eq. (53). */
    private void checkNodes(JointDecision d, Map<ConstraintId, OffenceTally> t) {
        OffenceTally c7 = t.get(ConstraintId.C7);
        for (NodeStatus n : d.nodes()) {
            Supplier<String> node = () -> n.node().toString();
            c7.atLeast(node, n.cpuHz(), params.compute().minCpuHz(), " Hz");
            c7.atMost(node, n.cpuHz(), params.compute().maxCpuHz(), " Hz");
            boolean bs = n.node().kind() == EntityKind.BASE_STATION;
            double maxPower = bs ? params.radio().bsTxPowerW() : params.radio().uavTxPowerW();
            byKind(n.node(), t, ConstraintId.C16, ConstraintId.C17).atMost(node, n.txPowerW(), maxPower, " W");
        }
    }

    /** C9, eq. (47). */
    private void checkVehicleEnergy(JointDecision d, OffenceTally c9) {
        Map<EntityId, Double> perVehicle = d.assignments().stream().collect(Collectors.groupingBy(
                AssignedSubtask::vehicle, TreeMap::new, Collectors.summingDouble(AssignedSubtask::vehicleEnergyJ)));
        perVehicle.forEach((v, e) -> c9.atMost(v::toString, e, params.compute().vehicleEnergyBudgetJ(), " J"));
    }

    /** C12/C13, eq. (49)–(50). */
    private void checkDecisionVariability(JointDecision d, Map<ConstraintId, OffenceTally> t) {
        double limit = params.qos().decisionChangeLimit();
        double steepness = params.qos().decisionChangeSteepness();
        Map<EntityId, Map<EntityId, Long>> firstHopCounts = d.assignments().stream().collect(Collectors.groupingBy(
                AssignedSubtask::vehicle, TreeMap::new,
                Collectors.groupingBy(a -> a.path().firstHop(), TreeMap::new, Collectors.counting())));
        firstHopCounts.forEach((vehicle, counts) -> {
            EntityId previous = d.previousFirstHops().get(vehicle.toString());
            if (previous == null) {
                return;
            }
            double subtasks = counts.values().stream().mapToLong(Long::longValue).sum();
            Set<EntityId> touched = new TreeSet<>(counts.keySet());
            touched.add(previous);
            for (EntityId node : touched) {
                double now = counts.getOrDefault(node, 0L) / subtasks;
                double before = node.equals(previous) ? 1.0 : 0.0;
                double change = Math.abs(now - before);
                double probability = 1.0 / (1.0 + Math.exp(-steepness * (change - limit)));
                byKind(node, t, ConstraintId.C12, ConstraintId.C13).atMost(
                        () -> vehicle + "->" + node + " (|dGamma| = " + OffenceTally.format(change) + ")", probability, limit,
                        "");
            }
        });
    }

    /** C14/C15, eq. (51)–(52): Σ latency of the subtasks entering each node. */
    private void checkNodeLoad(JointDecision d, Map<ConstraintId, OffenceTally> t) {
        Map<EntityId, Double> latencyByFirstHop = new TreeMap<>();
        for (AssignedSubtask a : d.assignments()) {
            latencyByFirstHop.merge(a.path().firstHop(), a.latencyS(), Double::sum);
        }
        double deadline = params.tasks().deadlineSeconds();
        latencyByFirstHop.forEach((node, sum) -> byKind(node, t, ConstraintId.C14, ConstraintId.C15)
                .atMost(node::toString, sum, deadline, " s"));
    }

    private static OffenceTally byKind(EntityId node, Map<ConstraintId, OffenceTally> t, ConstraintId forBs,
            ConstraintId forUav) {
        return t.get(node.kind() == EntityKind.BASE_STATION ? forBs : forUav);
    }
}

package io.vectwin.model.constraint;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.params.ComputeParameters;
import io.vectwin.model.params.NetworkParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small joint decision that satisfies C1–C20 under the paper profile (Table II), and
 * mutators that each break one bound.
 *
 * <pre>
 *   v-0  t0#0  b-0          rates 50 Mbps          3 ms
 *   v-0  t0#1  b-0>u-0      rates 50, 50 Mbps      3 ms
 *   v-1  t1#0  u-1>u-2      rates 40, 60 Mbps      3 ms
 *   v-2  t2#0  u-2          rates 30 Mbps          3 ms
 * </pre>
 * Every subtask is 10 KB = 8e4 bit at 41.25 cycle/bit = 3.3e6 cycles = 3.3 J at ξ = 1e-6 J/cycle,
 * each vehicle spends 0.01 J per subtask, every QoS is 200. Processing: b-0 3.3e6, u-0 3.3e6,
 * u-2 6.6e6 cycles (≤ 𝒞 = 2.7e8; 6.6 J ≤ 33.2 J). First-hop latency sums: b-0 6 ms, u-1 3 ms,
 * u-2 3 ms (≤ ϱ = 10 ms). Nodes run at 5 GHz (C7: [1, 10] GHz) with 0.05 W (BS, ≤ 0.1 W) and
 * 0.5 W (UAV, ≤ 1 W). Previous first hops equal the current ones.
 */
record DecisionFixture(
        NetworkParameters params,
        List<AssignedSubtask> assignments,
        List<NodeStatus> nodes,
        Set<EntityId> vehicles,
        Map<String, EntityId> previous) {

    static final double BITS = 8e4;
    static final double CYCLES_PER_BIT = 41.25;

    static DecisionFixture base() {
        List<AssignedSubtask> a = List.of(
                assign(0, "t0", subtask(0), "b-0", new double[] {50e6}, 3e-3),
                assign(0, "t0", subtask(1), "b-0>u-0", new double[] {50e6, 50e6}, 3e-3),
                assign(1, "t1", subtask(0), "u-1>u-2", new double[] {40e6, 60e6}, 3e-3),
                assign(2, "t2", subtask(0), "u-2", new double[] {30e6}, 3e-3));
        List<NodeStatus> nodes = List.of(
                new NodeStatus(EntityId.baseStation(0), 5e9, 0.05),
                new NodeStatus(EntityId.baseStation(1), 5e9, 0.05),
                new NodeStatus(EntityId.uav(0), 5e9, 0.5),
                new NodeStatus(EntityId.uav(1), 5e9, 0.5),
                new NodeStatus(EntityId.uav(2), 5e9, 0.5));
        return new DecisionFixture(NetworkParameters.paper(), a, nodes,
                Set.of(EntityId.vehicle(0), EntityId.vehicle(1), EntityId.vehicle(2)),
                Map.of("v-0", EntityId.baseStation(0), "v-1", EntityId.uav(1), "v-2", EntityId.uav(2)));
    }

    static Subtask subtask(int index) {
        return subtask(index, CYCLES_PER_BIT, BITS);
    }

    static Subtask subtask(int index, double cyclesPerBit, double bits) {
        return new Subtask(index, cyclesPerBit, bits, 0.5, 0.5, 0.5);
    }

    static AssignedSubtask assign(int vehicle, String task, Subtask s, String path, double[] rates, double latency) {
        return new AssignedSubtask(EntityId.vehicle(vehicle), task, s, OffloadPath.parse(path), 0.2, rates, latency,
                0.01, 200.0);
    }

    JointDecision decision() {
        return new JointDecision(assignments, nodes, vehicles, previous);
    }

    List<ConstraintCheck> check() {
        return new ConstraintChecker(params).check(decision());
    }

    AssignedSubtask assignment(int i) {
        return assignments.get(i);
    }

    DecisionFixture replace(int i, AssignedSubtask a) {
        List<AssignedSubtask> copy = new ArrayList<>(assignments);
        copy.set(i, a);
        return new DecisionFixture(params, copy, nodes, vehicles, previous);
    }

    DecisionFixture add(AssignedSubtask a) {
        List<AssignedSubtask> copy = new ArrayList<>(assignments);
        copy.add(a);
        return new DecisionFixture(params, copy, nodes, vehicles, previous);
    }

    DecisionFixture node(NodeStatus n) {
        List<NodeStatus> copy = new ArrayList<>(nodes);
        copy.replaceAll(old -> old.node().equals(n.node()) ? n : old);
        return new DecisionFixture(params, assignments, copy, vehicles, previous);
    }

    DecisionFixture vehicle(EntityId v) {
        Set<EntityId> copy = new LinkedHashSet<>(vehicles);
        copy.add(v);
        return new DecisionFixture(params, assignments, nodes, copy, previous);
    }

    DecisionFixture previous(String vehicle, EntityId firstHop) {
        Map<String, EntityId> copy = new HashMap<>(previous);
        copy.put(vehicle, firstHop);
        return new DecisionFixture(params, assignments, nodes, vehicles, copy);
    }

    DecisionFixture energyPerCycle(double xi) {
        ComputeParameters c = params.compute();
        ComputeParameters changed = new ComputeParameters(c.maxCpuHz(), c.minCpuHz(), c.cpuDeviationVariance(),
                c.twinEstimateErrorHz(), c.nodeCapacityCycles(), xi, c.nodeEnergyBudgetJ(), c.vehicleEnergyBudgetJ(),
                c.maxForwardingHops());
        return new DecisionFixture(params.withCompute(changed), assignments, nodes, vehicles, previous);
    }

    /** The same assignment with other costs. */
    static AssignedSubtask withCosts(AssignedSubtask a, double latency, double energy, double qos) {
        return new AssignedSubtask(a.vehicle(), a.taskId(), a.subtask(), a.path(), a.txPowerW(), a.hopRatesBps(),
                latency, energy, qos);
    }

    static AssignedSubtask withSubtask(AssignedSubtask a, Subtask s) {
        return new AssignedSubtask(a.vehicle(), a.taskId(), s, a.path(), a.txPowerW(), a.hopRatesBps(), a.latencyS(),
                a.vehicleEnergyJ(), a.qos());
    }

    static AssignedSubtask withRoute(AssignedSubtask a, String path, double[] rates) {
        return new AssignedSubtask(a.vehicle(), a.taskId(), a.subtask(), OffloadPath.parse(path), a.txPowerW(), rates,
                a.latencyS(), a.vehicleEnergyJ(), a.qos());
    }
}

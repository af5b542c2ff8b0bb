package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.List;
import java.util.Optional;

/**
 * The action a_u(t) of a UAV agent for the subtask it holds, eq. (60): {P_u, f_cpu^u,
 * κ^u_{i,j}, Γ^{i,j}_{u,u'}, Γ^{i,j}_{u,b}}.
 *
 * <p>κ = 1 ({@code processLocally}) processes the subtask on this UAV's MEC server; κ = 0
 * forwards it to exactly one other node, a UAV u' (Γ_{u,u'} = 1) or a BS b (Γ_{u,b} = 1) —
 * "in scenarios where κ = 0 ... the task is then forwarded to a connected node" (Sec. II-B).
 * So exactly one of {@code processLocally} and {@code forwardTo} holds.
 *
 * <h2>Encoding ({@link #encode(NetworkParameters)}), length 3 + U + B</h2>
 * <ol>
 *   <li>{@code power}: P_u / P_max,u (radio.uavTxPowerW);</li>
 *   <li>{@code cpu}: f_cpu^u / compute.maxCpuHz;</li>
 *   <li>{@code process_locally}: κ ∈ {0, 1};</li>
 *   <li>{@code fwd_u0 … fwd_u(U−1)}: one-hot Γ_{u,u'} (the own slot is always 0);</li>
 *   <li>{@code fwd_b0 … fwd_b(B−1)}: one-hot Γ_{u,b}.</li>
 * </ol>
 *
 * @param txPowerW  P_u, W (≥ 0)
 * @param cpuHz     f_cpu^u, Hz (≥ 0; &gt; 0 when processing locally, or eq. 5's C·D/f is infinite)
 * @param forwardTo the node the subtask is forwarded to when not processed here
 */
public record UavAction(EntityId uav, double txPowerW, double cpuHz, boolean processLocally, Optional<EntityId> forwardTo) {

    public UavAction {
        Checks.kind("uav", uav, EntityKind.UAV);
        Require.nonNegative("txPowerW", txPowerW);
        Require.nonNegative("cpuHz", cpuHz);
        Require.notNull("forwardTo", forwardTo);
        NodeDecision.check(processLocally, forwardTo, "forwardTo");
        forwardTo.ifPresent(node -> {
            if (!node.kind().isEdgeNode()) {
                throw new IllegalArgumentException("forwardTo must be a UAV or BS, got " + node);
            }
            if (node.equals(uav)) {
                throw new IllegalArgumentException("forwardTo must differ from the UAV itself (" + uav + ")");
            }
        });
        if (processLocally) {
            Require.positive("cpuHz (processing locally)", cpuHz);
        }
    }

    public static UavAction processHere(EntityId uav, double txPowerW, double cpuHz) {
        return new UavAction(uav, txPowerW, cpuHz, true, Optional.empty());
    }

    public static UavAction forward(EntityId uav, double txPowerW, double cpuHz, EntityId to) {
        return new UavAction(uav, txPowerW, cpuHz, false, Optional.of(to));
    }

    public static int encodingLength(ScenarioGeometry g) {
        return 3 + g.uavs() + g.baseStations();
    }

    public static List<String> featureNames(ScenarioGeometry g) {
        return new FeatureNames().add(List.of("power", "cpu", "process_locally"))
                .indexed("fwd_u", g.uavs()).indexed("fwd_b", g.baseStations()).build();
    }

    public double[] encode(NetworkParameters p) {
        ScenarioGeometry g = p.geometry();
        EdgeNodeSlots.withinCount("uav", uav, g.uavs());
        int toUav = NodeDecision.indexIfKind("forwardTo", forwardTo, EntityKind.UAV, g.uavs());
        int toBs = NodeDecision.indexIfKind("forwardTo", forwardTo, EntityKind.BASE_STATION, g.baseStations());
        return new FeatureWriter(encodingLength(g))
                .put(txPowerW / p.radio().uavTxPowerW())
                .put(cpuHz / p.compute().maxCpuHz())
                .put(processLocally ? 1.0 : 0.0)
                .oneHot(toUav, g.uavs())
                .oneHot(toBs, g.baseStations())
                .toArray();
    }

    /**
     * The action a policy's output vector (laid out as {@link #encode}) stands for: power
     * fraction clipped to [0, 1]; κ = 1 iff its entry is ≥ 0.5; when processing locally the CPU
     * fraction is clipped to [f_min, f_max]/f_max (C7), otherwise to [0, 1] and the target is the
     * largest forwarding entry other than the UAV's own (ties to the lower slot, UAVs before BSs).
     */
    public static UavAction decode(double[] vector, EntityId uav, NetworkParameters p) {
        ScenarioGeometry g = p.geometry();
        Checks.kind("uav", uav, EntityKind.UAV);
        Checks.policyVector("vector", vector, encodingLength(g));
        int self = EdgeNodeSlots.withinCount("uav", uav, g.uavs());
        double power = PolicyOutputs.clamp01(vector[0]) * p.radio().uavTxPowerW();
        if (PolicyOutputs.flag(vector[2])) {
            return processHere(uav, power, NodeDecision.localCpuHz(vector[1], p));
        }
        int target = PolicyOutputs.argmax(vector, 3, g.uavs() + g.baseStations(), self);
        if (target == PolicyOutputs.NONE) {
            throw new IllegalArgumentException("vector asks " + uav + " to forward, but the geometry has no other node");
        }
        EntityId to = target < g.uavs() ? EntityId.uav(target) : EntityId.baseStation(target - g.uavs());
        return forward(uav, power, PolicyOutputs.clamp01(vector[1]) * p.compute().maxCpuHz(), to);
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.List;

/**
 * A discrete action space for the UAV and BS agents, whose policies output an index: for the
 * subtask a node has just received, either process it here (κ = 1) at one of K CPU-frequency
 * levels, or forward it (κ = 0) to one other node (Γ_{u,u'}, Γ_{u,b} of eq. 60; Γ_{b,u} of eq. 62).
 *
 * <h2>Index layout</h2>
 * index k ∈ {0 … K−1}: process here at f_cpu = (k + 1)/K · f_max (C7 holds for K ≤ f_max/f_min);
 * index K + s: forward to target slot s. A UAV's targets are u-0 … u-(U−1) then b-0 … b-(B−1)
 * (the order of {@link UavAction}'s Γ entries), its own slot included so that slot s names the
 * same node for every UAV and agents can share one policy; {@link #allowed} masks the own slot.
 * A BS forwards only to UAVs (Table I has no BS → BS link): its targets are u-0 … u-(U−1).
 * So for Sec. VI's U = 10, B = 4 and K = 4: a UAV has 4 + 14 = 18 actions, a BS 4 + 10 = 14.
 *
 * <p>Transmit power P_u / P_b is not an index dimension: a node forwards at its kind's P_max
 * (what the simulator uses for a node without a control), since the only cost of forwarding
 * power in the model is energy, which eq. (54)–(55) charge per forwarded bit at P_max.
 *
 * @param kind         UAV or BASE_STATION
 * @param uavs         U
 * @param baseStations B
 * @param cpuLevels    K (≥ 1)
 */
public record NodeActionSpace(EntityKind kind, int uavs, int baseStations, int cpuLevels) {

    /** K when not given: 4 levels, 25 % … 100 % of f_max, like the vehicle's power levels. */
    public static final int DEFAULT_CPU_LEVELS = 4;

    public NodeActionSpace {
        Require.notNull("kind", kind);
        if (!kind.isEdgeNode()) {
            throw new IllegalArgumentException("kind must be UAV or BASE_STATION, got " + kind);
        }
        Require.nonNegative("uavs", uavs);
        Require.nonNegative("baseStations", baseStations);
        Require.positive("cpuLevels", cpuLevels);
    }

    public static NodeActionSpace forParameters(NetworkParameters p, EntityKind kind) {
        return new NodeActionSpace(kind, p.geometry().uavs(), p.geometry().baseStations(), DEFAULT_CPU_LEVELS);
    }

    /** Number of forwarding targets: U + B for a UAV, U for a BS. */
    public int targets() {
        return kind == EntityKind.UAV ? uavs + baseStations : uavs;
    }

    /** K + targets. */
    public int size() {
        return cpuLevels + targets();
    }

    /** Whether {@code index} processes the subtask here (κ = 1). */
    public boolean processesHere(int index) {
        checkIndex(index);
        return index < cpuLevels;
    }

    /** The CPU share (k + 1)/K of f_max that a processing index asks for. */
    public double cpuFraction(int index) {
        if (!processesHere(index)) {
            throw new IllegalArgumentException("index " + index + " forwards; it chooses no CPU level");
        }
        return (index + 1) / (double) cpuLevels;
    }

    /** The node a forwarding index sends the subtask to. */
    public EntityId target(int index) {
        if (processesHere(index)) {
            throw new IllegalArgumentException("index " + index + " processes here; it has no target");
        }
        int slot = index - cpuLevels;
        return slot < uavs ? EntityId.uav(slot) : EntityId.baseStation(slot - uavs);
    }

    /** The index that forwards to {@code node}. */
    public int forwardIndex(EntityId node) {
        Require.notNull("node", node);
        return switch (node.kind()) {
            case UAV -> cpuLevels + EdgeNodeSlots.withinCount("node", node, uavs);
            case BASE_STATION -> {
                if (kind == EntityKind.BASE_STATION) {
                    throw new IllegalArgumentException("a BS cannot forward to BS " + node + " (Table I has no BS->BS link)");
                }
                yield cpuLevels + uavs + EdgeNodeSlots.withinCount("node", node, baseStations);
            }
            case VEHICLE -> throw new IllegalArgumentException("node must be a BS or UAV, got " + node);
        };
    }

    /** The index that processes here at CPU level {@code level}. */
    public int processIndex(int level) {
        if (level < 0 || level >= cpuLevels) {
            throw new IllegalArgumentException("level must lie in [0, " + cpuLevels + "), got " + level);
        }
        return level;
    }

    /** Every action but forwarding to {@code self} (a node of this space's kind). */
    public boolean[] allowed(EntityId self) {
        Checks.kind("self", self, kind);
        boolean[] allowed = new boolean[size()];
        java.util.Arrays.fill(allowed, true);
        if (kind == EntityKind.UAV) {
            allowed[forwardIndex(self)] = false;
        }
        return allowed;
    }

    /**
     * {@link #allowed(EntityId)}, and with {@code maxForwardingHops} &lt; 1 (C11 allows no
     * forwarding) processing only: what a node agent may choose, in training and in the job alike.
     */
    public boolean[] allowed(EntityId self, int maxForwardingHops) {
        boolean[] allowed = allowed(self);
        if (maxForwardingHops < 1) {
            java.util.Arrays.fill(allowed, cpuLevels, allowed.length, false);
        }
        return allowed;
    }

    /**
     * The path a subtask takes when {@code node}, its first hop, chooses action {@code index}:
     * processed at {@code node}, or forwarded to the target the index names (eq. 60/62's Γ).
     */
    public OffloadPath path(EntityId node, int index) {
        Checks.kind("node", node, kind);
        return processesHere(index) ? OffloadPath.direct(node) : new OffloadPath(List.of(node, target(index)));
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("index must lie in [0, " + size() + "), got " + index);
        }
    }
}

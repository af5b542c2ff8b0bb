package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.List;

/**
 * A discrete action space for vehicle policies that output an index (the quantum policy
 * measures one, eq. 85): the first-hop node (Γ_{v,b} / Γ_{v,u} of eq. 58) together with one of
 * L transmit-power levels and one of S segment-size levels (D_{i,j} of eq. 58, see
 * {@link TaskSegmentation}). Priority is a property of the (segmented) subtask, eq. (1), not a
 * choice of the index.
 *
 * <h2>Index layout</h2>
 * index = (slot · L + level) · S + segmentLevel, size = (B + U) · L · S, where slot orders the
 * edge nodes BSs first (b-0 … b-(B−1) → slots 0 … B−1) then UAVs (u-0 … u-(U−1) → slots
 * B … B+U−1); power level ℓ ∈ {0 … L−1} transmits (ℓ + 1)/L · P_max,v; segment level σ ∈
 * {0 … S−1} cuts every subtask into m = 2^σ segments. Power levels are fractions of P_max rather
 * than dB steps because the energy P·D/R is linear in P; the lowest level is P_max/L, never 0,
 * since a vehicle that offloads must transmit. Segment counts double from level to level so
 * that S levels span 1 … 2^(S−1) segments with few actions. S = 1 is the action space of models
 * trained before the segment choice existed (index = slot · L + level), which still load.
 * So for B = 4, U = 10, L = 4, S = 3: 168 actions, index 0 = (b-0, P_max/4, whole subtasks),
 * index 2 = (b-0, P_max/4, quarters), index 11 = (b-0, P_max, halves), index 48 = (u-0, P_max/4,
 * whole subtasks).
 *
 * <h2>Vector actions</h2>
 * A policy that outputs a vector (DDPG) lays it out as {@link VehicleAction}'s encoding of the
 * power and first-hop entries followed, when S &gt; 1, by one segment entry in [0, 1]
 * ({@link #vectorLength}, {@link #choice(double[])}).
 *
 * @param baseStations  B
 * @param uavs          U
 * @param powerLevels   L (≥ 1)
 * @param maxTxPowerW   P_max,v, W
 * @param segmentLevels S (≥ 1, 2^(S−1) ≤ {@link TaskSegmentation#MAX_SEGMENTS_PER_SUBTASK})
 */
public record VehicleActionSpace(int baseStations, int uavs, int powerLevels, double maxTxPowerW, int segmentLevels) {

    /** L when not given: 4 levels, 25 % … 100 % of P_max. */
    public static final int DEFAULT_POWER_LEVELS = 4;

    /** S when not given: whole subtasks, halves or quarters. */
    public static final int DEFAULT_SEGMENT_LEVELS = 3;

    public VehicleActionSpace {
        Require.nonNegative("baseStations", baseStations);
        Require.nonNegative("uavs", uavs);
        Require.positive("baseStations + uavs", baseStations + uavs);
        Require.positive("powerLevels", powerLevels);
        Require.positive("maxTxPowerW", maxTxPowerW);
        Require.positive("segmentLevels", segmentLevels);
        if (segmentLevels > 31 || (1 << (segmentLevels - 1)) > TaskSegmentation.MAX_SEGMENTS_PER_SUBTASK) {
            throw new IllegalArgumentException("segmentLevels must leave 2^(S-1) <= "
                    + TaskSegmentation.MAX_SEGMENTS_PER_SUBTASK + " segments, got S = " + segmentLevels);
        }
    }

    /** A space without the segment choice (S = 1): subtasks offloaded as issued. */
    public VehicleActionSpace(int baseStations, int uavs, int powerLevels, double maxTxPowerW) {
        this(baseStations, uavs, powerLevels, maxTxPowerW, 1);
    }

    /** The default space: L = {@value #DEFAULT_POWER_LEVELS}, S = {@value #DEFAULT_SEGMENT_LEVELS}. */
    public static VehicleActionSpace forParameters(NetworkParameters p) {
        return forParameters(p, DEFAULT_POWER_LEVELS, DEFAULT_SEGMENT_LEVELS);
    }

    public static VehicleActionSpace forParameters(NetworkParameters p, int powerLevels, int segmentLevels) {
        return new VehicleActionSpace(p.geometry().baseStations(), p.geometry().uavs(), powerLevels,
                p.radio().vehicleTxPowerW(), segmentLevels);
    }

    /**
     * The default space whose size (discrete policies) or {@link #vectorLength} (vector policies) is
     * {@code outputs}: S = {@value #DEFAULT_SEGMENT_LEVELS}, or S = 1 for a model trained before the
     * segment choice existed.
     *
     * @throws IllegalArgumentException naming both sizes when neither matches
     */
    public static VehicleActionSpace forModelOutputs(NetworkParameters p, int outputs, boolean vector) {
        VehicleActionSpace current = forParameters(p);
        VehicleActionSpace unsegmented = forParameters(p, DEFAULT_POWER_LEVELS, 1);
        for (VehicleActionSpace space : List.of(current, unsegmented)) {
            if ((vector ? space.vectorLength() : space.size()) == outputs) {
                return space;
            }
        }
        String what = vector ? "a vector of " : "";
        throw new IllegalArgumentException("the vehicle model outputs " + outputs + " values, but the scenario's vehicle"
                + " action space has " + what + (vector ? current.vectorLength() : current.size()) + " ("
                + current.baseStations + " BSs + " + current.uavs + " UAVs, " + current.powerLevels + " power levels, "
                + current.segmentLevels + " segment levels) or, for a model without the segment choice, "
                + (vector ? unsegmented.vectorLength() : unsegmented.size()));
    }

    /** (B + U) · L · S. */
    public int size() {
        return (baseStations + uavs) * powerLevels * segmentLevels;
    }

    /** B + U. */
    public int edgeNodes() {
        return baseStations + uavs;
    }

    /** The index of first hop, power level and segment level {@code segmentLevel}. */
    public int index(EntityId firstHop, int powerLevel, int segmentLevel) {
        Require.notNull("firstHop", firstHop);
        checkLevel(powerLevel);
        checkSegmentLevel(segmentLevel);
        return (EdgeNodeSlots.slot("firstHop", firstHop, baseStations, uavs) * powerLevels + powerLevel) * segmentLevels
                + segmentLevel;
    }

    /** The index of first hop and power level, subtasks whole (segment level 0). */
    public int index(EntityId firstHop, int powerLevel) {
        return index(firstHop, powerLevel, 0);
    }

    /** The edge-node slot (BSs, then UAVs) of the index's first hop. */
    public int slot(int index) {
        checkIndex(index);
        return index / (powerLevels * segmentLevels);
    }

    public EntityId firstHop(int index) {
        return EdgeNodeSlots.node(slot(index), baseStations, uavs);
    }

    public int powerLevel(int index) {
        checkIndex(index);
        return index / segmentLevels % powerLevels;
    }

    public int segmentLevel(int index) {
        checkIndex(index);
        return index % segmentLevels;
    }

    /** (ℓ + 1)/L · P_max,v. */
    public double txPowerW(int powerLevel) {
        checkLevel(powerLevel);
        return (powerLevel + 1) * maxTxPowerW / powerLevels;
    }

    /** m = 2^σ: how many segments every subtask is cut into at segment level σ. */
    public int segmentsPerSubtask(int segmentLevel) {
        checkSegmentLevel(segmentLevel);
        return 1 << segmentLevel;
    }

    /** The level whose power is nearest to {@code txPowerW} (ties to the lower level). */
    public int nearestPowerLevel(double txPowerW) {
        Require.nonNegative("txPowerW", txPowerW);
        double level = txPowerW / maxTxPowerW * powerLevels - 1.0;
        return (int) Math.max(0, Math.min(powerLevels - 1, Math.ceil(level - 0.5)));
    }

    /** The segment level of {@code segmentsPerSubtask} segments, if it is one of the space's (a power of two). */
    public java.util.OptionalInt segmentLevelOf(int segmentsPerSubtask) {
        for (int level = 0; level < segmentLevels; level++) {
            if (segmentsPerSubtask(level) == segmentsPerSubtask) {
                return java.util.OptionalInt.of(level);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** What index {@code index} asks the vehicle to do. */
    public VehicleChoice choice(int index) {
        return new VehicleChoice(firstHop(index), txPowerW(powerLevel(index)), segmentsPerSubtask(segmentLevel(index)));
    }

    /** 1 + B + U, plus 1 for the segment entry when S &gt; 1: the length of a vector action. */
    public int vectorLength() {
        return 1 + edgeNodes() + (segmentLevels > 1 ? 1 : 0);
    }

    /**
     * What a vector action asks: power = the first entry clipped to [0, 1] times P_max,v, at least
     * the lowest level's (a vehicle that offloads must transmit); first hop = the largest of the
     * B + U hop entries (ties to the lower slot), as {@link VehicleAction#decode} reads
     * them; segment level = the last entry clipped to [0, 1] times S − 1, rounded to the nearest
     * level (halves up).
     */
    public VehicleChoice choice(double[] vector) {
        Checks.policyVector("vector", vector, vectorLength());
        int slot = PolicyOutputs.argmax(vector, 1, edgeNodes(), PolicyOutputs.NONE);
        double power = Math.max(PolicyOutputs.clamp01(vector[0]) * maxTxPowerW, txPowerW(0));
        int segmentLevel = segmentLevels == 1 ? 0
                : (int) Math.floor(PolicyOutputs.clamp01(vector[vectorLength() - 1]) * (segmentLevels - 1) + 0.5);
        return new VehicleChoice(EdgeNodeSlots.node(slot, baseStations, uavs), power, segmentsPerSubtask(segmentLevel));
    }

    /** The action of an index for one subtask, sent directly to its first hop. */
    public VehicleAction decode(int index, EntityId vehicle, double priority, double dataBits) {
        return new VehicleAction(vehicle, txPowerW(powerLevel(index)), OffloadPath.direct(firstHop(index)),
                priority, dataBits);
    }

    /** The index of an action: its first hop and its power rounded to the nearest level, subtasks whole. */
    public int encode(VehicleAction action) {
        Require.notNull("action", action);
        return index(action.firstHop(), nearestPowerLevel(action.txPowerW()));
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("index must lie in [0, " + size() + "), got " + index);
        }
    }

    private void checkLevel(int powerLevel) {
        if (powerLevel < 0 || powerLevel >= powerLevels) {
            throw new IllegalArgumentException("powerLevel must lie in [0, " + powerLevels + "), got " + powerLevel);
        }
    }

    private void checkSegmentLevel(int segmentLevel) {
        if (segmentLevel < 0 || segmentLevel >= segmentLevels) {
            throw new IllegalArgumentException("segmentLevel must lie in [0, " + segmentLevels + "), got " + segmentLevel);
        }
    }
}

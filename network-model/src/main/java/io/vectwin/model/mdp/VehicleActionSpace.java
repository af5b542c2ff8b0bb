package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;

/**
 * A discrete action space for vehicle policies that output an index (the quantum policy
 * measures one, eq. 85): the first-hop node (Γ_{v,b} / Γ_{v,u} of eq. 58) together with one of
 * L transmit-power levels. Priority and data size are properties of the subtask, not choices
 * of the index, and are supplied when an index is turned into a {@link VehicleAction}.
 *
 * <h2>Index layout</h2>
 * index = slot · L + level, size = (B + U) · L, where slot orders the edge nodes BSs first
 * (b-0 … b-(B−1) → slots 0 … B−1) then UAVs (u-0 … u-(U−1) → slots B … B+U−1), and power
 * level ℓ ∈ {0 … L−1} transmits (ℓ + 1)/L · P_max,v. Levels are fractions of P_max rather than
 * dB steps because the energy P·D/R is linear in P; the lowest level is P_max/L, never 0,
 * since a vehicle that offloads must transmit. So for B = 4, U = 10, L = 4: 56 actions,
 * index 0 = (b-0, P_max/4), index 3 = (b-0, P_max), index 16 = (u-0, P_max/4).
 *
 * @param baseStations B
 * @param uavs         U
 * @param powerLevels  L (≥ 1)
 * @param maxTxPowerW  P_max,v, W
 */
public record VehicleActionSpace(int baseStations, int uavs, int powerLevels, double maxTxPowerW) {

    /** L when not given: 4 levels, 25 % … 100 % of P_max. */
    public static final int DEFAULT_POWER_LEVELS = 4;

    public VehicleActionSpace {
        Require.nonNegative("baseStations", baseStations);
        Require.nonNegative("uavs", uavs);
        Require.positive("baseStations + uavs", baseStations + uavs);
        Require.positive("powerLevels", powerLevels);
        Require.positive("maxTxPowerW", maxTxPowerW);
    }

    public static VehicleActionSpace forParameters(NetworkParameters p) {
        return forParameters(p, DEFAULT_POWER_LEVELS);
    }

    public static VehicleActionSpace forParameters(NetworkParameters p, int powerLevels) {
        return new VehicleActionSpace(p.geometry().baseStations(), p.geometry().uavs(), powerLevels,
                p.radio().vehicleTxPowerW());
    }

    /** (B + U) · L. */
    public int size() {
        return (baseStations + uavs) * powerLevels;
    }

    public int index(EntityId firstHop, int powerLevel) {
        Require.notNull("firstHop", firstHop);
        checkLevel(powerLevel);
        return EdgeNodeSlots.slot("firstHop", firstHop, baseStations, uavs) * powerLevels + powerLevel;
    }

    public EntityId firstHop(int index) {
        checkIndex(index);
        return EdgeNodeSlots.node(index / powerLevels, baseStations, uavs);
    }

    public int powerLevel(int index) {
        checkIndex(index);
        return index % powerLevels;
    }

    /** (ℓ + 1)/L · P_max,v. */
    public double txPowerW(int powerLevel) {
        checkLevel(powerLevel);
        return (powerLevel + 1) * maxTxPowerW / powerLevels;
    }

    /** The level whose power is nearest to {@code txPowerW} (ties to the lower level). */
    public int nearestPowerLevel(double txPowerW) {
        Require.nonNegative("txPowerW", txPowerW);
        double level = txPowerW / maxTxPowerW * powerLevels - 1.0;
        return (int) Math.max(0, Math.min(powerLevels - 1, Math.ceil(level - 0.5)));
    }

    /** The action of an index, sent directly to its first hop. */
    public VehicleAction decode(int index, EntityId vehicle, double priority, double dataBits) {
        return new VehicleAction(vehicle, txPowerW(powerLevel(index)), OffloadPath.direct(firstHop(index)),
                priority, dataBits);
    }

    /** The index of an action: its first hop and its power rounded to the nearest level. */
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
}

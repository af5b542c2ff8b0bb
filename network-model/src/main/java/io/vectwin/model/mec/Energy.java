package io.vectwin.model.mec;

import io.vectwin.model.params.Require;

/**
 * Energy spent on a subtask: radio energy of the vehicle (C9, eq. 47) and of relaying nodes,
 * and the processing energy of a node (C18–C19, eq. 54–55).
 *
 * <p>The text below eq. (47) writes E_v^{i,j} = D_{i,j} / P_v^{i,j} and then defines a time
 * 𝒯_v^{i,j} that the formula never uses: a garble of E = P · 𝒯 = P · D / R, energy being power
 * times airtime. We use p · D / R.
 */
public final class Energy {

    private Energy() {
    }

    /** E_v^{i,j} = p_v · D / R (J) for the vehicle's own hop; +∞ for a closed link (R ≤ 0). */
    public static double vehicleTransmit(double txPowerW, double bits, double rateBps) {
        return radiated("txPowerW", txPowerW, bits, rateBps);
    }

    /**
     * Radio energy of a BS or UAV relaying a subtask on one hop: the same power × airtime as
     * {@link #vehicleTransmit}, with the relay's power (P_b or P_u of eq. 53).
     */
    public static double relayTransmit(double txPowerW, double bits, double rateBps) {
        return radiated("txPowerW", txPowerW, bits, rateBps);
    }

    /** E^z_{i,j} = ξ_z · C_{i,j} · D_{i,j} (J), eq. (54)–(55). */
    public static double nodeProcessing(double energyPerCycleJ, double cyclesPerBit, double bits) {
        Require.nonNegative("energyPerCycleJ", energyPerCycleJ);
        Require.nonNegative("cyclesPerBit", cyclesPerBit);
        Require.nonNegative("bits", bits);
        return energyPerCycleJ * cyclesPerBit * bits;
    }

    /** p · airtime. A transmitter at 0 W radiates nothing even on a closed link (0 · ∞ = 0, see {@link ExtendedReal}). */
    private static double radiated(String powerName, double powerW, double bits, double rateBps) {
        Require.nonNegative(powerName, powerW);
        return ExtendedReal.times(powerW, HopLatency.transmission(bits, rateBps));
    }
}

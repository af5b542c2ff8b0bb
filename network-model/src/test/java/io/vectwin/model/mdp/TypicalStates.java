package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;

/**
 * States of Sec. VI's scenario (B = 4, U = 10) with link values taken from the textbook
 * formulas the two profiles use, computed independently with numpy:
 * <pre>
 * uma_nlos(d) = 13.54 + 39.08·log10(d) + 20·log10(3.5)          # TR 38.901, f_c = 3.5 GHz, h_UT = 1.5 m
 *   d = 50, 300, 1500, 4000 m  →  90.8, 121.2, 148.5, 165.2 dB
 * okumura(d_km) at 33 333 MHz, h_b = 50 m, h_m = 1.5 m (small/medium city a(h_m))
 *   d = 0.05, 0.3, 1.0, 1.5 km →  120.3, 146.6, 164.2, 170.2 dB
 * fspl(d) = 20·log10(4π d f_c / c): 3.5 GHz, d = 100 … 3000 m → 83.3 … 112.9 dB;
 *   free space with α = 2.5 at 33.3 GHz: 62.9 + 25·log10(d) → 112.9 (100 m) … 149.8 (3 km)
 * </pre>
 * Gains are ∓PL plus 6 dB of array gain on BS links (M = 4) and a few dB of fading.
 */
final class TypicalStates {

    private TypicalStates() {
    }

    static final double[] PHYSICAL_BS_PL = {90.8, 121.2, 148.5, 165.2};
    static final double[] PHYSICAL_UAV_PL = {83.3, 90.1, 95.4, 99.0, 101.5, 104.2, 106.8, 108.9, 110.6, 112.9};
    static final double[] PAPER_BS_PL = {120.3, 146.6, 164.2, 170.2};
    static final double[] PAPER_UAV_PL = {112.9, 118.0, 122.5, 127.3, 131.0, 135.2, 139.4, 143.1, 146.8, 149.8};
    static final double[] BS_FADING_DB = {3.0, -10.0, 0.0, -4.0};
    static final double[] UAV_FADING_DB = {1.0, -3.0, 2.0, -1.0, 0.5, -2.5, 3.0, 0.0, -1.5, 2.0};

    static double[] bsPathLoss(NetworkParameters p) {
        return p.profile() == Profile.PAPER ? PAPER_BS_PL : PHYSICAL_BS_PL;
    }

    static double[] uavPathLoss(NetworkParameters p) {
        return p.profile() == Profile.PAPER ? PAPER_UAV_PL : PHYSICAL_UAV_PL;
    }

    /** Gain dB = sign·PL + array gain + fading; sign −1 (attenuation) or +1 (paper convention). */
    static double[] gains(NetworkParameters p, double[] pathLoss, double arrayGainDb, double[] fading) {
        double sign = p.profile() == Profile.PAPER ? 1.0 : -1.0;
        double[] g = new double[pathLoss.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = sign * pathLoss[i] + arrayGainDb + fading[i];
        }
        return g;
    }

    static VehicleState vehicle(NetworkParameters p) {
        return new VehicleState(EntityId.vehicle(7), new Position(300, -200, 5), 15.0, 1.0, 2.5, 0.05,
                gains(p, bsPathLoss(p), 6.0, BS_FADING_DB), gains(p, uavPathLoss(p), 0.0, UAV_FADING_DB),
                bsPathLoss(p), uavPathLoss(p));
    }

    static UavState uav(NetworkParameters p) {
        return new UavState(EntityId.uav(3), new Position(-600, 900, 60), 30.0, -2.0, -1.0, -0.1,
                gains(p, bsPathLoss(p), 6.0, BS_FADING_DB), gains(p, uavPathLoss(p), 0.0, UAV_FADING_DB),
                bsPathLoss(p), uavPathLoss(p), 3.2e6, 41.25, 7.5e9);
    }

    /** A BS that knows 5 vehicles (fewer than K = 8, so 3 slots are padded). */
    static BsState baseStation(NetworkParameters p) {
        double[] vehiclePl = p.profile() == Profile.PAPER
                ? new double[] {146.6, 120.3, 170.2, 164.2, 150.0}
                : new double[] {121.2, 90.8, 165.2, 148.5, 130.0};
        double[] vehicleGain = gains(p, vehiclePl, 6.0, new double[] {-4.0, 3.0, 0.0, -10.0, 1.0});
        return new BsState(EntityId.baseStation(1), new Position(500, -500, 50),
                vehicleGain, gains(p, uavPathLoss(p), 6.0, UAV_FADING_DB), vehiclePl, uavPathLoss(p),
                8e5, 41.25, 1e10);
    }
}

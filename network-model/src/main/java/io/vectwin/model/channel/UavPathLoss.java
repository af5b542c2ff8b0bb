package io.vectwin.model.channel;

/**
 * The 3GPP aerial path-loss model of eq. (27)–(29) (TR 36.777 Annex B, UMa-AV), f_c in GHz,
 * d the 3D distance in metres, h_R the UAV height.
 *
 * <p>Eq. (28) as printed stops after the distance term; TR 36.777 Table B-2 continues it with
 * + 20·log10(40π·f_c/3), without which NLoS would be ~60 dB <em>lighter</em> than LoS. We use
 * the full TR 36.777 expression and, as that table does, never let NLoS fall below LoS.
 */
public final class UavPathLoss {

    public static final double MIN_DISTANCE_M = 1.0;

    private UavPathLoss() {
    }

    /** PL_LoS, eq. (27). */
    public static double losDb(double distanceM, double carrierHz) {
        double d = Math.max(distanceM, MIN_DISTANCE_M);
        return 28.0 + 22.0 * Math.log10(d) + 20.0 * Math.log10(carrierHz / 1e9);
    }

    /** PL_NLoS, eq. (28) completed from TR 36.777 Table B-2, floored at PL_LoS. */
    public static double nlosDb(double distanceM, double uavHeightM, double carrierHz) {
        double d = Math.max(distanceM, MIN_DISTANCE_M);
        double h = Math.max(uavHeightM, 1.0);
        double fGhz = carrierHz / 1e9;
        double nlos = -17.5 + (46.0 - 7.0 * Math.log10(h)) * Math.log10(d) + 20.0 * Math.log10(40.0 * Math.PI * fGhz / 3.0);
        return Math.max(nlos, losDb(distanceM, carrierHz));
    }

    /**
     * LoS probability, eq. (29): 1 for d ≤ d₁, else d₁/d + (1 − d₁/d)·exp(−d/p₁). Always in [0, 1].
     */
    public static double losProbability(double distanceM, double d1M, double p1M) {
        if (!(distanceM > d1M)) {
            return 1.0;
        }
        double ratio = d1M / distanceM;
        return ratio + (1.0 - ratio) * Math.exp(-distanceM / p1M);
    }
}

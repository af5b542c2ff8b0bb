package io.vectwin.model.channel;

import io.vectwin.model.units.Units;

/**
 * 3GPP TR 38.901 urban-macro path loss, eq. (16)–(20), f_c in GHz inside the formulas.
 *
 * <p>As in TR 38.901 Table 7.4.1-1: the formulas take the 3D distance d₃D, the LoS/breakpoint
 * ranges are read on the 2D distance d₂D, and eq. (18)'s correction uses (d′_BP)² + (h_BS − h_UT)².
 * Below d₂D = 10 m the 10 m value is used (the model's validity range starts there and the
 * logarithm would diverge at 0); beyond 5 km the formulas are extrapolated.
 */
public final class UmaPathLoss {

    public static final double MIN_DISTANCE_2D_M = 10.0;

    private UmaPathLoss() {
    }

    /**
     * Breakpoint distance d′_BP = 4·h′_BS·h′_UT·f_c/c with effective heights h′ = h − h_E
     * (TR 38.901 Table 7.4.1-1, note 1).
     */
    public static double breakpointM(double bsHeightM, double utHeightM, double carrierHz, double environmentHeightM) {
        double hBs = Math.max(bsHeightM - environmentHeightM, 0.0);
        double hUt = Math.max(utHeightM - environmentHeightM, 0.0);
        return 4.0 * hBs * hUt * carrierHz / Units.SPEED_OF_LIGHT_M_PER_S;
    }

    /** LoS path loss PL_LoS of eq. (16)–(18). */
    public static double losDb(double distance2dM, double bsHeightM, double utHeightM, double carrierHz, double breakpointM) {
        double d2 = Math.max(distance2dM, MIN_DISTANCE_2D_M);
        double d3 = distance3d(d2, bsHeightM - utHeightM);
        double fGhz = carrierHz / 1e9;
        if (d2 <= breakpointM) {
            return 28.0 + 22.0 * Math.log10(d3) + 20.0 * Math.log10(fGhz); // eq. (17)
        }
        double dh = bsHeightM - utHeightM;
        return 28.0 + 40.0 * Math.log10(d3) + 20.0 * Math.log10(fGhz)
                - 9.0 * Math.log10(breakpointM * breakpointM + dh * dh); // eq. (18)
    }

    /** NLoS path loss PL_NLoS = max(PL_LoS, PL′_NLoS), eq. (19)–(20). */
    public static double nlosDb(double distance2dM, double bsHeightM, double utHeightM, double carrierHz, double breakpointM) {
        double d2 = Math.max(distance2dM, MIN_DISTANCE_2D_M);
        double d3 = distance3d(d2, bsHeightM - utHeightM);
        double fGhz = carrierHz / 1e9;
        double nlosPrime = 13.54 + 39.08 * Math.log10(d3) + 20.0 * Math.log10(fGhz) - 0.6 * (utHeightM - 1.5);
        return Math.max(losDb(distance2dM, bsHeightM, utHeightM, carrierHz, breakpointM), nlosPrime);
    }

    /**
     * √(d2D² + Δh²). Not {@code Math.hypot}: its guard against overflow, which metre-scale
     * distances cannot reach, made it the costliest step of a link budget (StrictMath).
     */
    private static double distance3d(double distance2dM, double heightDifferenceM) {
        return Math.sqrt(distance2dM * distance2dM + heightDifferenceM * heightDifferenceM);
    }
}

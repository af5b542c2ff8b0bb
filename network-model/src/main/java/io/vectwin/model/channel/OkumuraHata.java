package io.vectwin.model.channel;

/**
 * Okumura–Hata urban path loss, eq. (15):
 * PL = 69.55 + 26.16·log10 f_c − 13.82·log10 h_BS − a(h_veh) + (44.9 − 6.55·log10 h_BS)·log10 d,
 * with a(h_veh) = (1.1·log10 f_c − 0.7)·h_veh − (1.56·log10 f_c − 0.8),
 * f_c in MHz and d in km as in Hata's original fit (the paper leaves the unit of d unstated;
 * km is the only one that reproduces its Table III, see DESIGN.md).
 */
public final class OkumuraHata {

    /** Distances below 1 m are evaluated at 1 m: the fit has no meaning there and log10(0) = −∞. */
    public static final double MIN_DISTANCE_M = 1.0;

    private OkumuraHata() {
    }

    /** Correction for the mobile antenna height, the a(h_veh) term of eq. (15). */
    public static double mobileHeightCorrectionDb(double carrierHz, double mobileHeightM) {
        double fMhz = carrierHz / 1e6;
        double logF = Math.log10(fMhz);
        return (1.1 * logF - 0.7) * mobileHeightM - (1.56 * logF - 0.8);
    }

    /** Path loss in dB, eq. (15). */
    public static double lossDb(double carrierHz, double bsHeightM, double mobileHeightM, double distanceM) {
        double fMhz = carrierHz / 1e6;
        double hb = Math.max(bsHeightM, 1.0);
        double dKm = Math.max(distanceM, MIN_DISTANCE_M) / 1000.0;
        return 69.55 + 26.16 * Math.log10(fMhz) - 13.82 * Math.log10(hb)
                - mobileHeightCorrectionDb(carrierHz, mobileHeightM)
                + (44.9 - 6.55 * Math.log10(hb)) * Math.log10(dKm);
    }
}

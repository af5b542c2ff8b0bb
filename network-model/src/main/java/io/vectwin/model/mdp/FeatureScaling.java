package io.vectwin.model.mdp;

import io.vectwin.model.geometry.Box;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.PathLossConvention;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.ScenarioGeometry;
import io.vectwin.model.units.Units;

/**
 * The affine maps that bring channel gains and path losses in dB into about [−1, 1]:
 * feature = (x − centre) / halfRange, clipped to ±{@link #CLIP}.
 *
 * <p>Path losses are positive losses in dB in both profiles (≈ 60–185 dB here). Channel gains
 * (‖h‖² or |h|² in dB) are the path loss with the sign of the profile's
 * {@link PathLossConvention} (−PL under {@code ATTENUATION}, +PL under the paper's
 * {@code PAPER_GAIN}), plus small-scale fading and array gain of ±10–20 dB. So the gain map
 * has the same half-range as the path-loss map and a centre of ∓ the path-loss centre: the
 * paper profile's +130 dB "gains" and the physical profile's −115 dB attenuations both land
 * near 0.
 *
 * <p>{@link #forParameters} derives the range from the link budget of the scenario rather
 * than from a table: the low end is the free-space loss 20·log10(4πd f_c/c) at
 * {@link #MIN_LINK_DISTANCE_M} (the 10 m lower validity bound of TR 38.901's UMa model), the
 * high end the free-space loss over the diameter of the scenario (the bounding box of the
 * vehicle, UAV and BS boxes) plus {@link #EXCESS_LOSS_MARGIN_DB} for non-free-space excess
 * loss. For Sec. VI's geometry (diameter ≈ 4243 m) this gives [63.3, 165.9] dB at 3.5 GHz
 * (UMa NLoS reaches 165 dB at 4 km) and [82.9, 185.5] dB at the paper's 33.3 GHz
 * (Okumura–Hata with h_b = 50 m reaches 184.6 dB at 4 km): centre 114.6 and 134.2 dB,
 * half-range 51.3 dB.
 *
 * @param convention          how the profile turns path loss into gain; fixes the gain's sign
 * @param pathLossCentreDb    centre of the path-loss map, dB
 * @param pathLossHalfRangeDb half-range of the path-loss map, dB (&gt; 0)
 * @param gainCentreDb        centre of the channel-gain map, dB
 * @param gainHalfRangeDb     half-range of the channel-gain map, dB (&gt; 0)
 */
public record FeatureScaling(
        PathLossConvention convention,
        double pathLossCentreDb,
        double pathLossHalfRangeDb,
        double gainCentreDb,
        double gainHalfRangeDb) {

    /** Shortest link the range is built for: the 10 m lower bound of TR 38.901 UMa (d₂D ≥ 10 m). */
    public static final double MIN_LINK_DISTANCE_M = 10.0;
    /**
     * Excess over free-space loss at the scenario's diameter: UMa NLoS exceeds free space by
     * ≈ 49 dB at 4 km and 3.5 GHz, Okumura–Hata by ≈ 49 dB at 4 km and 33.3 GHz.
     */
    public static final double EXCESS_LOSS_MARGIN_DB = 50.0;
    /** Normalised dB features are clipped here, so ±∞ dB (no link) still encodes finitely. */
    public static final double CLIP = 2.0;

    public FeatureScaling {
        Require.notNull("scaling.convention", convention);
        requireFinite("scaling.pathLossCentreDb", pathLossCentreDb);
        Require.positive("scaling.pathLossHalfRangeDb", pathLossHalfRangeDb);
        requireFinite("scaling.gainCentreDb", gainCentreDb);
        Require.positive("scaling.gainHalfRangeDb", gainHalfRangeDb);
    }

    /** The scaling for a parameter set, from its carrier, geometry and path-loss convention (see the class comment). */
    public static FeatureScaling forParameters(NetworkParameters p) {
        Require.notNull("params", p);
        double carrierHz = p.radio().carrierHz();
        double diameter = Math.max(scenarioDiameterM(p.geometry()), MIN_LINK_DISTANCE_M);
        double low = freeSpacePathLossDb(MIN_LINK_DISTANCE_M, carrierHz);
        double high = freeSpacePathLossDb(diameter, carrierHz) + EXCESS_LOSS_MARGIN_DB;
        double centre = (low + high) / 2.0;
        double halfRange = (high - low) / 2.0;
        PathLossConvention convention = p.radio().pathLossConvention();
        return new FeatureScaling(convention, centre, halfRange, gainSign(convention) * centre, halfRange);
    }

    /** Free-space path loss 20·log10(4π d f_c / c), dB. */
    static double freeSpacePathLossDb(double distanceM, double carrierHz) {
        return 20.0 * Math.log10(4.0 * Math.PI * distanceM * carrierHz / Units.SPEED_OF_LIGHT_M_PER_S);
    }

    /** Diagonal of the bounding box of the vehicle, UAV and BS boxes: the longest possible link. */
    static double scenarioDiameterM(ScenarioGeometry g) {
        Box v = g.vehicleBox();
        Box u = g.uavBox();
        Box b = g.baseStationBox();
        double dx = max(v.maxX(), u.maxX(), b.maxX()) - min(v.minX(), u.minX(), b.minX());
        double dy = max(v.maxY(), u.maxY(), b.maxY()) - min(v.minY(), u.minY(), b.minY());
        double dz = max(v.maxZ(), u.maxZ(), b.maxZ()) - min(v.minZ(), u.minZ(), b.minZ());
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Normalised channel gain feature; ±∞ dB is clipped to ±{@link #CLIP}. */
    public double gainFeature(double gainDb) {
        return clip((gainDb - gainCentreDb) / gainHalfRangeDb);
    }

    /** Normalised path-loss feature; +∞ dB is clipped to {@link #CLIP}. */
    public double pathLossFeature(double pathLossDb) {
        return clip((pathLossDb - pathLossCentreDb) / pathLossHalfRangeDb);
    }

    /**
     * Gain feature of a link that is absent (a UAV's link to itself, a padded vehicle slot):
     * −1, the weakest link of the range, so a policy sees "nothing to gain here" rather than an
     * average link.
     */
    public double absentGainFeature() {
        return -1.0;
    }

    /**
     * Path-loss feature that goes with {@link #absentGainFeature()}: +1 under attenuation (the
     * largest loss is the weakest link), −1 under the paper's convention (where gain = +PL, the
     * smallest "loss" is the weakest link).
     */
    public double absentPathLossFeature() {
        return -gainSign(convention);
    }

    private static double gainSign(PathLossConvention convention) {
        return convention == PathLossConvention.ATTENUATION ? -1.0 : 1.0;
    }

    private static double clip(double v) {
        return Math.max(-CLIP, Math.min(CLIP, v));
    }

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
    }

    private static double max(double a, double b, double c) {
        return Math.max(a, Math.max(b, c));
    }

    private static double min(double a, double b, double c) {
        return Math.min(a, Math.min(b, c));
    }
}

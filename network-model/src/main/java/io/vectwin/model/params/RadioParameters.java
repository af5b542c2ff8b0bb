package io.vectwin.model.params;

import io.vectwin.model.channel.PathLossModelKind;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.units.Units;
import java.util.OptionalDouble;

/**
 * Radio parameters of Sec. II-D, SI units (Hz, W, m).
 *
 * @param carrierHz                 carrier f_c
 * @param bandwidthHz               system bandwidth 𝓑 of eq. (23)
 * @param blockLength               finite block length l (channel uses) of eq. (23)
 * @param decodingErrorProbability  ε_b of ζ = Q⁻¹(ε_b)/ln 2, eq. (23)
 * @param bsAntennas                M, antennas per BS (vehicles and UAVs have one)
 * @param antennaSpacingM           δ, ULA element spacing of eq. (14)
 * @param vehicleTxPowerW           P_max,v
 * @param uavTxPowerW               P_max,u
 * @param bsTxPowerW                P_max,b
 * @param bsNoiseW                  σ_b², noise power at a BS receiver, eq. (22), (36)
 * @param uavNoiseW                 σ_u², noise power at a UAV receiver, eq. (30), (32), (34)
 * @param pathLossConvention        how a dB path loss becomes a linear gain
 * @param csiErrorVariance          σ² of the bounded CSI error ε of eq. (12), per complex entry
 * @param ricianK                   Rician factor K of eq. (24)
 * @param nlosPaths                 N, number of scattered paths of eq. (25)
 * @param freeSpaceReferenceDistanceM d₀ of eq. (26); PL₀ is the Friis gain (λ/4πd₀)² there
 * @param pathLossExponentMin       lower end of α_PL, eq. (26)
 * @param pathLossExponentMax       upper end of α_PL, eq. (26)
 * @param uavLosDistanceM           d₁ of eq. (29)
 * @param uavLosDecayM              p₁ of eq. (29)
 * @param umaFixedBreakpointM       d′_BP if fixed (the paper's Table III uses 100 m); empty to compute
 *                                  4·h′_BS·h′_UT·f_c/c per link (TR 38.901 Table 7.4.1-1 note 1)
 * @param effectiveEnvironmentHeightM h_E of the effective antenna heights h′ = h − h_E
 * @param vehicleAntennaHeightM     vehicle antenna above the terrain it drives on (z is terrain height)
 * @param shadowFadingLosDb         σ_SF for LoS links (0 disables shadowing)
 * @param shadowFadingNlosDb        σ_SF for NLoS links (0 disables shadowing)
 * @param minimumRateBps            R̂, the rate every used link must reach, C8 eq. (46)
 * @param vehicleToBsPathLoss       the path-loss model used by default for vehicle → BS
 * @param aerialPathLoss            the path-loss model used by default for links to and from UAVs
 */
public record RadioParameters(
        double carrierHz,
        double bandwidthHz,
        int blockLength,
        double decodingErrorProbability,
        int bsAntennas,
        double antennaSpacingM,
        double vehicleTxPowerW,
        double uavTxPowerW,
        double bsTxPowerW,
        double bsNoiseW,
        double uavNoiseW,
        PathLossConvention pathLossConvention,
        double csiErrorVariance,
        double ricianK,
        int nlosPaths,
        double freeSpaceReferenceDistanceM,
        double pathLossExponentMin,
        double pathLossExponentMax,
        double uavLosDistanceM,
        double uavLosDecayM,
        OptionalDouble umaFixedBreakpointM,
        double effectiveEnvironmentHeightM,
        double vehicleAntennaHeightM,
        double shadowFadingLosDb,
        double shadowFadingNlosDb,
        double minimumRateBps,
        PathLossModelKind vehicleToBsPathLoss,
        PathLossModelKind aerialPathLoss) {

    /** Thermal noise density at 290 K, dBm/Hz. */
    public static final double THERMAL_NOISE_DBM_PER_HZ = -174.0;

    public RadioParameters {
        Require.positive("radio.carrierHz", carrierHz);
        Require.positive("radio.bandwidthHz", bandwidthHz);
        Require.positive("radio.blockLength", blockLength);
        Require.openInterval("radio.decodingErrorProbability", decodingErrorProbability, 0.0, 0.5);
        Require.positive("radio.bsAntennas", bsAntennas);
        Require.positive("radio.antennaSpacingM", antennaSpacingM);
        Require.positive("radio.vehicleTxPowerW", vehicleTxPowerW);
        Require.positive("radio.uavTxPowerW", uavTxPowerW);
        Require.positive("radio.bsTxPowerW", bsTxPowerW);
        Require.positive("radio.bsNoiseW", bsNoiseW);
        Require.positive("radio.uavNoiseW", uavNoiseW);
        Require.notNull("radio.pathLossConvention", pathLossConvention);
        Require.nonNegative("radio.csiErrorVariance", csiErrorVariance);
        Require.nonNegative("radio.ricianK", ricianK);
        Require.positive("radio.nlosPaths", nlosPaths);
        Require.positive("radio.freeSpaceReferenceDistanceM", freeSpaceReferenceDistanceM);
        Require.positive("radio.pathLossExponentMin", pathLossExponentMin);
        Require.ordered("radio.pathLossExponentMin", pathLossExponentMin, "radio.pathLossExponentMax", pathLossExponentMax);
        Require.positive("radio.uavLosDistanceM", uavLosDistanceM);
        Require.positive("radio.uavLosDecayM", uavLosDecayM);
        Require.notNull("radio.umaFixedBreakpointM", umaFixedBreakpointM);
        umaFixedBreakpointM.ifPresent(v -> Require.positive("radio.umaFixedBreakpointM", v));
        Require.nonNegative("radio.effectiveEnvironmentHeightM", effectiveEnvironmentHeightM);
        Require.nonNegative("radio.vehicleAntennaHeightM", vehicleAntennaHeightM);
        Require.nonNegative("radio.shadowFadingLosDb", shadowFadingLosDb);
        Require.nonNegative("radio.shadowFadingNlosDb", shadowFadingNlosDb);
        Require.nonNegative("radio.minimumRateBps", minimumRateBps);
        Require.notNull("radio.vehicleToBsPathLoss", vehicleToBsPathLoss);
        Require.notNull("radio.aerialPathLoss", aerialPathLoss);
    }

    /**
     * Where an entity's antenna is, given its position: a vehicle's position is the terrain it
     * drives on (z ∈ [0, 20] m in Sec. VI), its antenna is {@link #vehicleAntennaHeightM} above;
     * a UAV's or BS's position is its antenna. Every link evaluation starts from here.
     */
    public Position antennaPosition(EntityKind kind, Position position) {
        return kind == EntityKind.VEHICLE ? position.plus(0, 0, vehicleAntennaHeightM) : position;
    }

    /** Carrier wavelength λ = c/f_c. */
    public double wavelengthM() {
        return Units.wavelengthMeters(carrierHz);
    }

    /**
     * Table II literally: λ = 0.009 m (f_c ≈ 33.3 GHz), 𝓑 = 10 MHz, l_x = 100, ε_b = 10⁻⁶,
     * M = 4, δ = 0.005 m, P_max,v = −30 dB, P_max,b = −10 dB, P_max,u = 0 dB, σ_z² = −90 dB
     * (dB read as dBW), R̂ = 10 Mbps, α_PL ∈ (2.25, 2.75), K = 6 (Sec. II-D.2), d₁ = 100 m and
     * p₁ = 63 (Sec. II-D.2), and Table III's fixed d′_BP = 100 m. Path loss enters as a gain
     * ({@link PathLossConvention#PAPER_GAIN}). No shadow fading: the paper has none.
     */
    public static RadioParameters paper() {
        double noise = Units.dbwToWatts(-90.0);
        return new RadioParameters(
                Units.carrierHertz(0.009), 10e6, 100, 1e-6, 4, 0.005,
                Units.dbwToWatts(-30.0), Units.dbwToWatts(0.0), Units.dbwToWatts(-10.0),
                noise, noise, PathLossConvention.PAPER_GAIN,
                0.05, 6.0, 8, 1.0, 2.25, 2.75, 100.0, 63.0,
                OptionalDouble.of(100.0), 1.0, 1.5, 0.0, 0.0, 10e6,
                PathLossModelKind.OKUMURA, PathLossModelKind.FREE_SPACE);
    }

    /**
     * A 3GPP-consistent parameter set; path loss attenuates.
     * <ul>
     *   <li>f_c = 3.5 GHz: NR band n78 (3.3–3.8 GHz), TS 38.101-1 Table 5.2-1.</li>
     *   <li>𝓑 = 20 MHz, a channel bandwidth of n78 (TS 38.101-1 Table 5.3.5-1). Chosen so that
     *       the 10 ms deadline ϱ is reachable on near links and missed on far ones: eq. (23) with
     *       n = 1000, ε = 10⁻⁶, a 23 dBm UE, 5 dB BS noise figure and M = 4 gives for a 100 KB
     *       subtask ≈ 5.6 ms at 100 m and ≈ 59 ms at 400 m over UMa NLoS (≈ 62 ms with M = 4 and no CSI error term), plus 3.3 ms of processing
     *       (330 cycles/byte at 10 GHz), while the LoS UAV link still needs only ≈ 4.3 ms at 400 m.</li>
     *   <li>n = 1000 channel uses: the block length of the paper's Table III.</li>
     *   <li>P_max,v = P_max,u = 23 dBm: power class 3 UE, TS 38.101-1 §6.2.1 (a UAV carries a UE
     *       radio, TR 36.777).</li>
     *   <li>P_max,b = 46 dBm: macro BS, TR 36.814 Table A.2.1.1-2.</li>
     *   <li>σ² = −174 dBm/Hz + 10·log10(𝓑) + NF, with NF = 5 dB at the BS and 9 dB at a UAV's UE
     *       receiver (TR 36.814 Table A.2.1.1-2 / TR 38.901 Table 7.8-1).</li>
     *   <li>δ = λ/2, the usual ULA spacing.</li>
     *   <li>UMa breakpoint computed per link from effective heights (h_E = 1 m), TR 38.901
     *       Table 7.4.1-1 note 1; shadow fading σ_SF = 4 dB LoS / 6 dB NLoS, same table.</li>
     * </ul>
     */
    public static RadioParameters physical() {
        double carrier = 3.5e9;
        double bandwidth = 20e6;
        return new RadioParameters(
                carrier, bandwidth, 1000, 1e-6, 4, Units.wavelengthMeters(carrier) / 2.0,
                Units.dbmToWatts(23.0), Units.dbmToWatts(23.0), Units.dbmToWatts(46.0),
                thermalNoiseWatts(bandwidth, 5.0), thermalNoiseWatts(bandwidth, 9.0),
                PathLossConvention.ATTENUATION,
                0.05, 6.0, 8, 1.0, 2.25, 2.75, 100.0, 63.0,
                OptionalDouble.empty(), 1.0, 1.5, 4.0, 6.0, 10e6,
                PathLossModelKind.UMA, PathLossModelKind.UAV_3GPP);
    }

    /** Thermal noise power over {@code bandwidthHz} behind a receiver of noise figure {@code noiseFigureDb}. */
    public static double thermalNoiseWatts(double bandwidthHz, double noiseFigureDb) {
        return Units.dbmToWatts(THERMAL_NOISE_DBM_PER_HZ + 10.0 * Math.log10(bandwidthHz) + noiseFigureDb);
    }

    public RadioParameters withBlockLength(int n) {
        return new RadioParameters(carrierHz, bandwidthHz, n, decodingErrorProbability, bsAntennas, antennaSpacingM,
                vehicleTxPowerW, uavTxPowerW, bsTxPowerW, bsNoiseW, uavNoiseW, pathLossConvention, csiErrorVariance,
                ricianK, nlosPaths, freeSpaceReferenceDistanceM, pathLossExponentMin, pathLossExponentMax,
                uavLosDistanceM, uavLosDecayM, umaFixedBreakpointM, effectiveEnvironmentHeightM, vehicleAntennaHeightM,
                shadowFadingLosDb, shadowFadingNlosDb, minimumRateBps, vehicleToBsPathLoss, aerialPathLoss);
    }

    public RadioParameters withCsiErrorVariance(double variance) {
        return new RadioParameters(carrierHz, bandwidthHz, blockLength, decodingErrorProbability, bsAntennas, antennaSpacingM,
                vehicleTxPowerW, uavTxPowerW, bsTxPowerW, bsNoiseW, uavNoiseW, pathLossConvention, variance,
                ricianK, nlosPaths, freeSpaceReferenceDistanceM, pathLossExponentMin, pathLossExponentMax,
                uavLosDistanceM, uavLosDecayM, umaFixedBreakpointM, effectiveEnvironmentHeightM, vehicleAntennaHeightM,
                shadowFadingLosDb, shadowFadingNlosDb, minimumRateBps, vehicleToBsPathLoss, aerialPathLoss);
    }
}

package io.vectwin.model.channel;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.PathLossConvention;
import io.vectwin.model.params.RadioParameters;
import java.util.random.RandomGenerator;

/**
 * Evaluates one link end to end — path loss, small-scale channel, SNR, URLLC rate — for a
 * profile's {@link RadioParameters}. Two modes:
 * <ul>
 *   <li>{@link #draw}: one random realisation (shadowing, LoS state of eq. (29), α_PL of
 *       eq. (26), fading of eq. (11)/(24), CSI error of eq. (12), Doppler angle of eq. (21)); what
 *       the physical world experiences in a slot.</li>
 *   <li>{@link #expected}: the mean channel — mean small-scale power, α_PL at the middle of its
 *       range, no shadowing, LoS and NLoS gains mixed by their probability — a deterministic link
 *       budget for the CLI and for the reproduction of Table III.</li>
 * </ul>
 * Positions are antenna positions. Thread-safe: it holds only immutable state.
 */
public final class LinkEvaluator {

    /** 3GPP UMa validity range of h_UT (TR 38.901 Table 7.4.1-1). */
    public static final double UMA_MIN_UT_HEIGHT_M = 1.5;
    public static final double UMA_MAX_UT_HEIGHT_M = 22.5;

    private final RadioParameters radio;
    private final double slotSeconds;
    private final double wavelengthM;
    private final UrllcRate rate;
    private final PathLossConvention convention;

    public LinkEvaluator(RadioParameters radio, double slotSeconds) {
        this.radio = radio;
        this.slotSeconds = slotSeconds;
        this.wavelengthM = radio.wavelengthM();
        this.rate = UrllcRate.of(radio);
        this.convention = radio.pathLossConvention();
    }

    public RadioParameters radio() {
        return radio;
    }

    public UrllcRate rate() {
        return rate;
    }

    /** The profile's default path-loss model for a link: terrestrial for vehicle → BS, aerial otherwise. */
    public PathLossModelKind defaultModel(LinkType link) {
        return link == LinkType.V2B ? radio.vehicleToBsPathLoss() : radio.aerialPathLoss();
    }

    /** Okumura and UMa describe vehicle → BS only; eq. (26) and (27)–(29) the links with a UAV end. */
    public static boolean applies(LinkType link, PathLossModelKind model) {
        boolean terrestrial = model == PathLossModelKind.OKUMURA || model == PathLossModelKind.UMA;
        return terrestrial == (link == LinkType.V2B);
    }

    /** Fails with a message naming both when the model does not describe the link. */
    public static void requireApplicable(LinkType link, PathLossModelKind model) {
        if (!applies(link, model)) {
            String expected = link == LinkType.V2B ? "okumura or uma" : "freespace or uav3gpp";
            throw new IllegalArgumentException("path-loss model " + model.cliName() + " does not apply to link "
                    + link.cliName() + " (use " + expected + ")");
        }
    }

    /** Antennas at the array end: M when a BS is involved (SIMO/MISO), else 1 (SISO). */
    public int antennas(LinkType link) {
        return link.involvesBaseStation() ? radio.bsAntennas() : 1;
    }

    /** σ² at the receiver of the link. */
    public double noiseW(LinkType link) {
        return link.to() == EntityKind.BASE_STATION ? radio.bsNoiseW() : radio.uavNoiseW();
    }

    /** P_max of the transmitting kind (Table II / the physical profile). */
    public double maxTxPowerW(EntityKind kind) {
        return switch (kind) {
            case VEHICLE -> radio.vehicleTxPowerW();
            case UAV -> radio.uavTxPowerW();
            case BASE_STATION -> radio.bsTxPowerW();
        };
    }

    /** One random realisation of the link. */
    public LinkBudget draw(LinkType link, PathLossModelKind model, Position tx, Position rx, double txPowerW,
            double relativeSpeedMps, RandomGenerator rng) {
        requireApplicable(link, model);
        double distance = tx.distanceTo(rx);
        double pathLossDb;
        double gain;
        boolean los;
        switch (model) {
            case OKUMURA -> {
                pathLossDb = okumuraDb(link, tx, rx);
                gain = convention.linearGain(pathLossDb);
                los = false;
            }
            case UMA -> {
                pathLossDb = umaNlosDb(link, tx, rx) + shadowDb(radio.shadowFadingNlosDb(), rng);
                gain = convention.linearGain(pathLossDb);
                los = false;
            }
            case FREE_SPACE -> {
                double alpha = radio.pathLossExponentMin()
                        + (radio.pathLossExponentMax() - radio.pathLossExponentMin()) * rng.nextDouble();
                gain = FreeSpacePathLoss.gain(wavelengthM, radio.freeSpaceReferenceDistanceM(), alpha, distance);
                pathLossDb = -10.0 * Math.log10(gain);
                los = true;
            }
            case UAV_3GPP -> {
                los = rng.nextDouble() < UavPathLoss.losProbability(distance, radio.uavLosDistanceM(), radio.uavLosDecayM());
                pathLossDb = los
                        ? UavPathLoss.losDb(distance, radio.carrierHz()) + shadowDb(radio.shadowFadingLosDb(), rng)
                        : UavPathLoss.nlosDb(distance, uavHeight(link, tx, rx), radio.carrierHz())
                                + shadowDb(radio.shadowFadingNlosDb(), rng);
                gain = convention.linearGain(pathLossDb);
            }
            default -> throw new IllegalStateException("unhandled path-loss model " + model);
        }
        double dopplerPhase = Doppler.phaseOverSlot(
                Doppler.shiftHz(relativeSpeedMps, Doppler.drawAngle(rng), wavelengthM), slotSeconds);
        int m = antennas(link);
        double angle = arrayAngle(link, tx, rx);
        double small = link.isRician()
                ? SmallScaleFading.ricianPower(m, radio.antennaSpacingM(), wavelengthM, angle, radio.ricianK(),
                        radio.nlosPaths(), dopplerPhase, radio.csiErrorVariance(), rng)
                : SmallScaleFading.simoRayleighPower(m, radio.antennaSpacingM(), wavelengthM, angle, dopplerPhase,
                        radio.csiErrorVariance(), rng);
        return budget(link, model, distance, pathLossDb, gain, small, los, txPowerW);
    }

    /** The deterministic mean-channel link budget (see the class comment). */
    public LinkBudget expected(LinkType link, PathLossModelKind model, Position tx, Position rx, double txPowerW) {
        MeanChannel c = meanChannel(link, model, tx, rx);
        return budget(link, model, c.distanceM(), c.pathLossDb(), c.largeScaleGain(), c.smallScalePower(),
                c.lineOfSight(), txPowerW);
    }

    /** The mean channel of {@link #expected} without a transmit power, SNR or rate. */
    public MeanChannel meanChannel(LinkType link, PathLossModelKind model, Position tx, Position rx) {
        requireApplicable(link, model);
        double distance = tx.distanceTo(rx);
        double gain;
        boolean los;
        switch (model) {
            case OKUMURA -> {
                gain = convention.linearGain(okumuraDb(link, tx, rx));
                los = false;
            }
            case UMA -> {
                gain = convention.linearGain(umaNlosDb(link, tx, rx));
                los = false;
            }
            case FREE_SPACE -> {
                double alpha = (radio.pathLossExponentMin() + radio.pathLossExponentMax()) / 2.0;
                gain = FreeSpacePathLoss.gain(wavelengthM, radio.freeSpaceReferenceDistanceM(), alpha, distance);
                los = true;
            }
            case UAV_3GPP -> {
                double pLos = UavPathLoss.losProbability(distance, radio.uavLosDistanceM(), radio.uavLosDecayM());
                double gLos = convention.linearGain(UavPathLoss.losDb(distance, radio.carrierHz()));
                double gNlos = convention.linearGain(
                        UavPathLoss.nlosDb(distance, uavHeight(link, tx, rx), radio.carrierHz()));
                gain = pLos * gLos + (1.0 - pLos) * gNlos;
                los = pLos >= 0.5;
            }
            default -> throw new IllegalStateException("unhandled path-loss model " + model);
        }
        double pathLossDb = model == PathLossModelKind.FREE_SPACE ? -10.0 * Math.log10(gain) : convention.pathLossDb(gain);
        double small = SmallScaleFading.meanPower(antennas(link), radio.csiErrorVariance());
        return new MeanChannel(distance, pathLossDb, gain, small, los);
    }

    private LinkBudget budget(LinkType link, PathLossModelKind model, double distance, double pathLossDb, double gain,
            double small, boolean los, double txPowerW) {
        double sinr = Sinr.of(txPowerW, gain * small, noiseW(link));
        return new LinkBudget(link, model, distance, pathLossDb, gain, small, los, sinr, rate.achievable(sinr));
    }

    private double okumuraDb(LinkType link, Position tx, Position rx) {
        Position bs = link.to() == EntityKind.BASE_STATION ? rx : tx;
        Position mobile = bs == rx ? tx : rx;
        return OkumuraHata.lossDb(radio.carrierHz(), bs.z(), mobile.z(), tx.distanceTo(rx));
    }

    private double umaNlosDb(LinkType link, Position tx, Position rx) {
        Position bs = link.to() == EntityKind.BASE_STATION ? rx : tx;
        Position ut = bs == rx ? tx : rx;
        double hUt = Math.max(UMA_MIN_UT_HEIGHT_M, Math.min(UMA_MAX_UT_HEIGHT_M, ut.z()));
        double hBs = bs.z();
        double breakpoint = radio.umaFixedBreakpointM().isPresent()
                ? radio.umaFixedBreakpointM().getAsDouble()
                : UmaPathLoss.breakpointM(hBs, hUt, radio.carrierHz(), radio.effectiveEnvironmentHeightM());
        return UmaPathLoss.nlosDb(tx.horizontalDistanceTo(rx), hBs, hUt, radio.carrierHz(), breakpoint);
    }

    /** h_R of eq. (28): the UAV's height; for UAV → UAV the higher of the two. */
    private static double uavHeight(LinkType link, Position tx, Position rx) {
        if (link == LinkType.U2U) {
            return Math.max(tx.z(), rx.z());
        }
        return link.from() == EntityKind.UAV ? tx.z() : rx.z();
    }

    /** ϑ of eq. (14): azimuth of the far end seen from the BS array (0 when no array is involved). */
    private static double arrayAngle(LinkType link, Position tx, Position rx) {
        if (link.to() == EntityKind.BASE_STATION) {
            return rx.azimuthTo(tx);
        }
        if (link.from() == EntityKind.BASE_STATION) {
            return tx.azimuthTo(rx);
        }
        return 0.0;
    }

    private static double shadowDb(double sigmaDb, RandomGenerator rng) {
        return sigmaDb > 0 ? sigmaDb * rng.nextGaussian() : 0.0;
    }
}

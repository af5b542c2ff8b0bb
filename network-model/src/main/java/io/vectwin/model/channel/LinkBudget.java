package io.vectwin.model.channel;

import io.vectwin.model.units.Units;

/**
 * One evaluated link: path loss, channel, SNR and the URLLC rate of eq. (23).
 *
 * @param link            which of Table I's links
 * @param pathLossModel   the path-loss model used
 * @param distanceM       3D distance between the antennas
 * @param pathLossDb      the path loss in dB (for eq. (26) the equivalent −10·log10(gain))
 * @param largeScaleGain  the linear gain the path loss contributes under the profile's convention
 * @param smallScalePower ‖h̃‖² of the small-scale channel summed over the array
 * @param lineOfSight     whether the link was in LoS (always false for the Rayleigh vehicle → BS link)
 * @param sinr            ω, linear
 * @param rateBps         R(ω), eq. (23); 0 means the link is closed
 */
public record LinkBudget(
        LinkType link,
        PathLossModelKind pathLossModel,
        double distanceM,
        double pathLossDb,
        double largeScaleGain,
        double smallScalePower,
        boolean lineOfSight,
        double sinr,
        double rateBps) {

    /** ω in dB; −∞ when the received power is 0. */
    public double snrDb() {
        return Units.linearToDb(sinr);
    }

    /** True when R = 0: nothing can be delivered at the target error probability. */
    public boolean isClosed() {
        return !(rateBps > 0);
    }

    /** D/R for {@code bits}; +∞ on a closed link. */
    public double latencySeconds(double bits) {
        return UrllcRate.latencySeconds(bits, rateBps);
    }
}

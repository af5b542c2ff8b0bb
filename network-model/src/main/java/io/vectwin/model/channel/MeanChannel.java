package io.vectwin.model.channel;

import io.vectwin.model.units.Units;

/**
 * The mean channel of one link, before any transmit power: distance, path loss (the link's model;
 * for eq. (26) the equivalent −10·log10(gain)), the large-scale gain it stands for and the array's
 * mean small-scale power E‖h‖² with the CSI error of eq. (12). It is what an agent's state reads of
 * a link (eq. 57, 59, 61); {@link LinkEvaluator#expected} adds the SNR and the URLLC rate of
 * eq. (23) at a given power, which a state does not need.
 */
public record MeanChannel(double distanceM, double pathLossDb, double largeScaleGain, double smallScalePower,
        boolean lineOfSight) {

    /** ‖h‖² in dB: the large-scale gain times the mean small-scale power. */
    public double gainDb() {
        return Units.linearToDb(largeScaleGain * smallScalePower);
    }
}

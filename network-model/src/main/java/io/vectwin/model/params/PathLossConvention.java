package io.vectwin.model.params;

/**
 * How a path loss given in dB enters the channel gain of eq. (11) and (24).
 *
 * <p>The paper writes "transform it from a logarithmic (dB) to a linear scale ... by applying
 * 10^(PL/10)" and then multiplies the channel by √PL. Taken literally this turns a loss into a
 * gain; it is the only reading under which Table III's Okumura column (0.001010 s for 100 KB)
 * is reproduced. {@link #PAPER_GAIN} keeps that reading for the {@code paper} profile;
 * {@link #ATTENUATION} is the physical one, gain = 10^(−PL/10).
 */
public enum PathLossConvention {
    /** gain = 10^(−PL/10): a loss attenuates, as in any link budget. */
    ATTENUATION,
    /** gain = 10^(+PL/10): the paper's literal conversion below eq. (14). */
    PAPER_GAIN;

    /** The linear power gain that a path loss of {@code pathLossDb} contributes. */
    public double linearGain(double pathLossDb) {
        return this == ATTENUATION ? Math.pow(10.0, -pathLossDb / 10.0) : Math.pow(10.0, pathLossDb / 10.0);
    }

    /** The inverse of {@link #linearGain}: the path loss in dB that gives {@code gain}. */
    public double pathLossDb(double gain) {
        double db = 10.0 * Math.log10(gain);
        return this == ATTENUATION ? -db : db;
    }
}

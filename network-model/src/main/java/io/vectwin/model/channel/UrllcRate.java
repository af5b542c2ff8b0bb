package io.vectwin.model.channel;

import io.vectwin.model.params.RadioParameters;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The URLLC finite-blocklength achievable rate of eq. (23) (and its siblings (31), (33), (35),
 * (37)): R = 𝓑·(log2(1 + ω) − √(V(ω)/l)·ζ), with channel dispersion V(ω) = 1 − (1 + ω)⁻² and
 * ζ = Q⁻¹(ε)/ln 2.
 *
 * <p>The rate is floored at 0: when the back-off term exceeds the Shannon term the link cannot
 * deliver a block at error probability ε. Such a link is <em>closed</em>, and every latency
 * through it is +∞ (see {@link #latencySeconds(double, double)}).
 */
public final class UrllcRate {

    private static final double LN2 = Math.log(2.0);
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final double bandwidthHz;
    private final double invBlockLength;
    private final double zeta;

    public UrllcRate(double bandwidthHz, int blockLength, double decodingErrorProbability) {
        if (!(bandwidthHz > 0)) {
            throw new IllegalArgumentException("bandwidthHz must be > 0, got " + bandwidthHz);
        }
        if (blockLength <= 0) {
            throw new IllegalArgumentException("blockLength must be > 0, got " + blockLength);
        }
        this.bandwidthHz = bandwidthHz;
        this.invBlockLength = 1.0 / blockLength;
        this.zeta = zeta(decodingErrorProbability);
    }

    public static UrllcRate of(RadioParameters radio) {
        return new UrllcRate(radio.bandwidthHz(), radio.blockLength(), radio.decodingErrorProbability());
    }

    /** ζ = Q⁻¹(ε)/ln 2, with Q⁻¹(ε) = Φ⁻¹(1 − ε) (standard normal inverse CDF). */
    public static double zeta(double decodingErrorProbability) {
        if (!(decodingErrorProbability > 0 && decodingErrorProbability < 0.5)) {
            throw new IllegalArgumentException("decoding error probability must lie in (0, 0.5), got " + decodingErrorProbability);
        }
        return STANDARD_NORMAL.inverseCumulativeProbability(1.0 - decodingErrorProbability) / LN2;
    }

    /** Channel dispersion V(ω) = 1 − (1 + ω)⁻². */
    public static double channelDispersion(double sinr) {
        double inv = 1.0 / (1.0 + sinr);
        return 1.0 - inv * inv;
    }

    /** R(ω) in bit/s, eq. (23), floored at 0. Non-decreasing in ω. */
    public double achievable(double sinr) {
        if (!(sinr >= 0)) {
            throw new IllegalArgumentException("SINR must be >= 0, got " + sinr);
        }
        double shannon = Math.log1p(sinr) / LN2;
        double backoff = Math.sqrt(channelDispersion(sinr) * invBlockLength) * zeta;
        return shannon > backoff ? bandwidthHz * (shannon - backoff) : 0.0;
    }

    public double zeta() {
        return zeta;
    }

    /** D/R: the transmission latency of {@code bits} at {@code rateBps}; +∞ on a closed link. */
    public static double latencySeconds(double bits, double rateBps) {
        if (!(bits >= 0)) {
            throw new IllegalArgumentException("bits must be >= 0, got " + bits);
        }
        if (bits == 0) {
            return 0.0;
        }
        return rateBps > 0 ? bits / rateBps : Double.POSITIVE_INFINITY;
    }
}

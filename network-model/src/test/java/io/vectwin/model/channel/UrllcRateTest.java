package io.vectwin.model.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UrllcRateTest {

    private final UrllcRate rate = new UrllcRate(20e6, 1000, 1e-6);

    @Test
    void zetaIsInverseQOverLn2() {
        // scipy: norm.isf(1e-6) / log(2) = 6.8577416775798445
        assertThat(UrllcRate.zeta(1e-6)).isCloseTo(6.85774168, within(1e-7));
    }

    @Test
    void eq23AgainstNumpy() {
        // B = 20e6, n = 1000: R = B (log2(1+s) - sqrt((1-(1+s)**-2)/1000) * zeta)
        // s = 0.1 -> 943195.597 ; s = 1 -> 16243860.19 ; s = 10 -> 64869375.28 ; s = 1000 -> 195007310.68
        assertThat(UrllcRate.channelDispersion(1.0)).isCloseTo(0.75, within(1e-15));
        assertThat(rate.achievable(0.1)).isCloseTo(943195.597, within(1e-2));
        assertThat(rate.achievable(1.0)).isCloseTo(16243860.19, within(1e-1));
        assertThat(rate.achievable(10.0)).isCloseTo(64869375.28, within(1e-1));
        assertThat(rate.achievable(1000.0)).isCloseTo(195007310.68, within(1e-1));
    }

    @Test
    void rateIsFlooredAtZeroAndNonDecreasingInSnr() {
        assertThat(rate.achievable(0.0)).isZero();
        assertThat(rate.achievable(1e-4)).isZero();
        double previous = 0;
        for (double db = -60; db <= 250; db += 0.01) {
            double r = rate.achievable(Math.pow(10, db / 10));
            assertThat(r).isGreaterThanOrEqualTo(previous).isFinite();
            previous = r;
        }
    }

    @Test
    void closedLinkLatencyIsInfiniteNeverNaN() {
        assertThat(UrllcRate.latencySeconds(8e5, 0.0)).isInfinite();
        assertThat(UrllcRate.latencySeconds(0.0, 0.0)).isZero();
        assertThat(UrllcRate.latencySeconds(8e5, 8e7)).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void latencyIsNonDecreasingInDataSize() {
        double previous = 0;
        for (double bits = 0; bits <= 8e7; bits += 8e4) {
            double l = UrllcRate.latencySeconds(bits, 1.3e8);
            assertThat(l).isGreaterThanOrEqualTo(previous);
            previous = l;
        }
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new UrllcRate(20e6, 0, 1e-6)).hasMessageContaining("blockLength");
        assertThatThrownBy(() -> UrllcRate.zeta(0.7)).hasMessageContaining("decoding error probability");
        assertThatThrownBy(() -> rate.achievable(Double.NaN)).hasMessageContaining("SINR");
    }
}

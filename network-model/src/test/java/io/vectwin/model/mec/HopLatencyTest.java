package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.units.Units;
import org.junit.jupiter.api.Test;

class HopLatencyTest {

    private static final double KB_100 = Units.kilobytesToBits(100); // 8e5 bit
    private static final double CYCLES_PER_BIT = 330.0 / 8.0;        // Table II: 330 cycles/byte

    @Test
    void eq5For100KbAt100MbpsAnd10Ghz() {
        // transmission 8e5 / 1e8 = 8 ms; processing 41.25 · 8e5 / 1e10 = 3.3 ms; hop with κ = 1: 11.3 ms
        assertThat(HopLatency.transmission(KB_100, 100e6)).isCloseTo(8e-3, within(1e-15));
        assertThat(HopLatency.processing(CYCLES_PER_BIT, KB_100, 10e9)).isCloseTo(3.3e-3, within(1e-15));
        assertThat(HopLatency.hop(KB_100, 100e6, true, CYCLES_PER_BIT, 10e9)).isCloseTo(11.3e-3, within(1e-15));
    }

    @Test
    void aForwardingHopCostsOnlyAirtime() {
        // κ = 0: the CPU is not read, so even an unusable frequency is ignored
        assertThat(HopLatency.hop(KB_100, 100e6, false, CYCLES_PER_BIT, 0.0)).isCloseTo(8e-3, within(1e-15));
    }

    @Test
    void closedLinkIsInfiniteNeverNaN() {
        for (double closed : new double[] {0.0, -0.0, -3.5e6, Double.NEGATIVE_INFINITY}) {
            assertThat(HopLatency.transmission(KB_100, closed)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(HopLatency.hop(KB_100, closed, true, CYCLES_PER_BIT, 10e9)).isEqualTo(Double.POSITIVE_INFINITY);
        }
        assertThat(HopLatency.transmission(0.0, 0.0)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> HopLatency.transmission(KB_100, Double.NaN)).hasMessageContaining("rateBps");
        assertThatThrownBy(() -> HopLatency.transmission(-1, 1e6)).hasMessageContaining("bits");
        assertThatThrownBy(() -> HopLatency.processing(CYCLES_PER_BIT, KB_100, 0.0)).hasMessageContaining("cpuHz");
        assertThatThrownBy(() -> HopLatency.processing(-1, KB_100, 1e9)).hasMessageContaining("cyclesPerBit");
    }

    @Test
    void latencyIsNonDecreasingInDataSize() {
        double[] rates = {1e3, 1e6, 12.5e6, 100e6, 1e9};
        double[] cpus = {1e9, 5e9, 10e9};
        for (double rate : rates) {
            for (double cpu : cpus) {
                for (boolean processed : new boolean[] {false, true}) {
                    double previous = 0.0;
                    for (double kb = 0; kb <= 1000; kb += 12.5) {
                        double l = HopLatency.hop(Units.kilobytesToBits(kb), rate, processed, CYCLES_PER_BIT, cpu);
                        assertThat(l).isFinite().isGreaterThanOrEqualTo(previous);
                        previous = l;
                    }
                }
            }
        }
    }
}

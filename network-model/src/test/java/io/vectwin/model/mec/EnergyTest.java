package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EnergyTest {

    @Test
    void transmitEnergyIsPowerTimesAirtime() {
        // 23 dBm ≈ 0.2 W for 8e5 bit at 100 Mbps = 8 ms → 0.2 · 0.008 = 1.6 mJ
        assertThat(Energy.vehicleTransmit(0.2, 8e5, 100e6)).isCloseTo(1.6e-3, within(1e-15));
        // a 1 W UAV relay over 50 Mbps: 1 · 8e5 / 5e7 = 16 mJ
        assertThat(Energy.relayTransmit(1.0, 8e5, 50e6)).isCloseTo(0.016, within(1e-15));
        assertThat(Energy.relayTransmit(0.2, 8e5, 100e6)).isEqualTo(Energy.vehicleTransmit(0.2, 8e5, 100e6));
    }

    @Test
    void closedLinkCostsUnboundedEnergyUnlessSilent() {
        assertThat(Energy.vehicleTransmit(0.2, 8e5, 0.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Energy.relayTransmit(0.2, 8e5, -1.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Energy.vehicleTransmit(0.0, 8e5, 0.0)).isZero();
    }

    @Test
    void eq54ProcessingEnergy() {
        // ξ = 1e-6 J/cycle, 100 KB at 41.25 cycle/bit = 3.3e7 cycles → 33 J (just under Table II's E_max = 33.2 J)
        assertThat(Energy.nodeProcessing(1e-6, 41.25, 8e5)).isCloseTo(33.0, within(1e-12));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Energy.vehicleTransmit(-0.1, 8e5, 1e6)).hasMessageContaining("txPowerW");
        assertThatThrownBy(() -> Energy.vehicleTransmit(0.1, 8e5, Double.NaN)).hasMessageContaining("rateBps");
        assertThatThrownBy(() -> Energy.nodeProcessing(-1, 41.25, 8e5)).hasMessageContaining("energyPerCycleJ");
    }
}

package io.vectwin.model.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from python3 + numpy, snippets beside each assertion. */
class PathLossModelsTest {

    @Test
    void okumuraHataMatchesTheTextbookCase() {
        // fc = 900 MHz, hb = 30 m, hm = 1.5 m, d = 2 km:
        // a = (1.1 log10 900 - 0.7)*1.5 - (1.56 log10 900 - 0.8) = 0.0158818
        // PL = 69.55 + 26.16 log10 900 - 13.82 log10 30 - a + (44.9 - 6.55 log10 30) log10 2 = 137.00702 dB
        assertThat(OkumuraHata.mobileHeightCorrectionDb(900e6, 1.5)).isCloseTo(0.0158818, within(1e-6));
        assertThat(OkumuraHata.lossDb(900e6, 30, 1.5, 2000)).isCloseTo(137.00702, within(1e-4));
    }

    @Test
    void okumuraIsFiniteAtZeroDistance() {
        assertThat(OkumuraHata.lossDb(3.5e9, 25, 1.5, 0.0)).isEqualTo(OkumuraHata.lossDb(3.5e9, 25, 1.5, 1.0)).isFinite();
    }

    @Test
    void umaBreakpointAndLosNlosMatchTr38901() {
        // d'BP = 4 (25-1)(1.5-1) 3.5e9 / 3e8 = 560 m
        double bp = UmaPathLoss.breakpointM(25, 1.5, 3.5e9, 1.0);
        assertThat(bp).isCloseTo(560.0, within(1e-9));
        // d3 = hypot(d2, 23.5); below bp: 28 + 22 log10 d3 + 20 log10 3.5; NLoS' = 13.54 + 39.08 log10 d3 + 20 log10 3.5
        // d2 = 100: LoS 83.138157, NLoS 103.037524; d2 = 1200 (beyond bp, eq. 18): LoS 112.577680, NLoS 144.759018
        assertThat(UmaPathLoss.losDb(100, 25, 1.5, 3.5e9, bp)).isCloseTo(83.138157, within(1e-5));
        assertThat(UmaPathLoss.nlosDb(100, 25, 1.5, 3.5e9, bp)).isCloseTo(103.037524, within(1e-5));
        assertThat(UmaPathLoss.losDb(1200, 25, 1.5, 3.5e9, bp)).isCloseTo(112.577680, within(1e-5));
        assertThat(UmaPathLoss.nlosDb(1200, 25, 1.5, 3.5e9, bp)).isCloseTo(144.759018, within(1e-5));
        // the paper's Table III geometry: fixed d'BP = 100 m, fc = 3e8/0.009 Hz, d2 = 1000 m -> NLoS 161.242260
        assertThat(UmaPathLoss.nlosDb(1000, 25, 1.5, 3e8 / 0.009, 100)).isCloseTo(161.242260, within(1e-5));
    }

    @Test
    void umaNlosNeverBelowLosAndFiniteNearZero() {
        for (double d = 0; d <= 10_000; d += 7.3) {
            double los = UmaPathLoss.losDb(d, 25, 1.5, 3.5e9, 560);
            double nlos = UmaPathLoss.nlosDb(d, 25, 1.5, 3.5e9, 560);
            assertThat(nlos).isGreaterThanOrEqualTo(los).isFinite();
        }
    }

    @Test
    void freeSpacePowerLawOfEq26() {
        // lambda = 3e8/3.5e9; g = (lambda/(4 pi))**2 * 500**-2.5 = 8.32265097e-12 (110.797383 dB)
        double lambda = 3e8 / 3.5e9;
        assertThat(FreeSpacePathLoss.gain(lambda, 1.0, 2.5, 500)).isCloseTo(8.32265097e-12, within(1e-19));
        assertThat(FreeSpacePathLoss.lossDb(lambda, 1.0, 2.5, 500)).isCloseTo(110.797383, within(1e-5));
        // no gain above PL0 inside the reference distance
        assertThat(FreeSpacePathLoss.gain(lambda, 1.0, 2.5, 0.0)).isEqualTo(FreeSpacePathLoss.referenceGain(lambda, 1.0));
    }

    @Test
    void aerialModelOfEq27To29() {
        // fc = 3.5 GHz: LoS = 28 + 22 log10 d + 20 log10 3.5;
        // NLoS = -17.5 + (46 - 7 log10 h) log10 d + 20 log10(40 pi 3.5 / 3) (TR 36.777 Table B-2), floored at LoS
        // d=50,h=50: 76.258701 / 83.770260 ; d=300,h=50: 93.378028 / 110.310828 ; d=1000,h=75: 104.881361 / 124.446847
        assertThat(UavPathLoss.losDb(50, 3.5e9)).isCloseTo(76.258701, within(1e-5));
        assertThat(UavPathLoss.nlosDb(50, 50, 3.5e9)).isCloseTo(83.770260, within(1e-5));
        assertThat(UavPathLoss.nlosDb(300, 50, 3.5e9)).isCloseTo(110.310828, within(1e-5));
        assertThat(UavPathLoss.nlosDb(1000, 75, 3.5e9)).isCloseTo(124.446847, within(1e-5));
        // P_LoS: d <= 100 -> 1; d = 300: 1/3 + (2/3) exp(-300/63) = 0.339032873; d = 1000: 0.100000115
        assertThat(UavPathLoss.losProbability(80, 100, 63)).isEqualTo(1.0);
        assertThat(UavPathLoss.losProbability(300, 100, 63)).isCloseTo(0.339032873, within(1e-9));
        assertThat(UavPathLoss.losProbability(1000, 100, 63)).isCloseTo(0.100000115, within(1e-9));
    }

    @Test
    void losProbabilityStaysInUnitIntervalFromZeroToTenKilometres() {
        for (double d = 0; d <= 10_000; d += 0.5) {
            assertThat(UavPathLoss.losProbability(d, 100, 63)).isBetween(0.0, 1.0);
        }
    }
}

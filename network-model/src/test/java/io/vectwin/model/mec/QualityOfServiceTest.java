package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.params.QosParameters;
import org.junit.jupiter.api.Test;

class QualityOfServiceTest {

    /** w_L = 0.7, w_E = 0.3, Q_min = 60, Q_max = 0.7 / 1 ms = 700. */
    private static final QosParameters Q = QosParameters.tableII();

    @Test
    void eq48() {
        // 0.7 / 0.005 − 0.3 · 0.01 = 140 − 0.003 = 139.997
        assertThat(QualityOfService.raw(0.005, 0.01, Q)).isCloseTo(139.997, within(1e-12));
    }

    @Test
    void eq93() {
        // 100 · (139.997 − 60) / (700 − 60) + 60 = 72.49953125
        assertThat(QualityOfService.normalised(139.997, Q)).isCloseTo(72.49953125, within(1e-12));
        // the map fixes Q_min and sends Q_max to Q_min + 100
        assertThat(QualityOfService.normalised(60.0, Q)).isCloseTo(60.0, within(1e-12));
        assertThat(QualityOfService.normalised(700.0, Q)).isCloseTo(160.0, within(1e-12));
    }

    @Test
    void closedLinkLeavesOnlyTheEnergyTerm() {
        // L = +∞: 0 − 0.3 · 0.01 = −0.003; normalised: 100 · (−0.003 − 60) / 640 + 60 = 50.62453125
        double raw = QualityOfService.raw(Double.POSITIVE_INFINITY, 0.01, Q);
        assertThat(raw).isCloseTo(-0.003, within(1e-15));
        assertThat(QualityOfService.normalised(raw, Q)).isCloseTo(50.62453125, within(1e-12));
        assertThat(QualityOfService.raw(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Q))
                .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(QualityOfService.normalised(Double.NEGATIVE_INFINITY, Q)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void zeroEnergyWeightIgnoresUnboundedEnergy() {
        QosParameters latencyOnly = new QosParameters(1.0, 0.0, 60, 0.001, 0.5, 0.5, 0.5, 10);
        assertThat(QualityOfService.raw(0.01, Double.POSITIVE_INFINITY, latencyOnly)).isCloseTo(100.0, within(1e-12));
    }

    @Test
    void zeroOrNaNLatencyIsRejected() {
        assertThatThrownBy(() -> QualityOfService.raw(0.0, 0.01, Q)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latencyS");
        assertThatThrownBy(() -> QualityOfService.raw(Double.NaN, 0.01, Q)).hasMessageContaining("latencyS");
        assertThatThrownBy(() -> QualityOfService.raw(0.01, -1, Q)).hasMessageContaining("energyJ");
        assertThatThrownBy(() -> QualityOfService.normalised(Double.NaN, Q)).hasMessageContaining("raw");
    }
}

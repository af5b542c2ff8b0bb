package io.vectwin.lstm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class GateMathTest {

    @Test
    void tanhIsWithinFourTenMillionthsOfTheDoublePrecisionOneEverywhere() {
        double worst = 0;
        for (float x = -20f; x <= 20f; x += 0.00137f) {
            worst = Math.max(worst, Math.abs(GateMath.tanh(x) - Math.tanh(x)));
        }
        assertThat(worst).isLessThan(4e-7);
        // saturated beyond the clamp, odd, and exact at 0
        assertThat(GateMath.tanh(10f)).isEqualTo(1f);
        assertThat(GateMath.tanh(-1000f)).isEqualTo(-1f);
        assertThat(GateMath.tanh(0f)).isZero();
        assertThat(GateMath.tanh(-0.3f)).isEqualTo(-GateMath.tanh(0.3f));
        assertThat((double) GateMath.tanh(1f)).isCloseTo(0.7615941559557649, offset(2e-7));
    }

    @Test
    void tanhKeepsItsRelativeAccuracyNearZero() {
        for (float x = 1e-6f; x < 1e-2f; x *= 1.1f) {
            assertThat(Math.abs(GateMath.tanh(x) - Math.tanh(x)) / Math.tanh(x)).as("x = %s", x).isLessThan(1e-6);
        }
    }

    @Test
    void sigmoidMatchesItsDefinition() {
        for (float x = -40f; x <= 40f; x += 0.00713f) {
            assertThat((double) GateMath.sigmoid(x)).as("x = %s", x).isCloseTo(1.0 / (1.0 + Math.exp(-x)), offset(2e-7));
        }
        assertThat(GateMath.sigmoid(0f)).isEqualTo(0.5f);
        assertThat(GateMath.sigmoid(100f)).isEqualTo(1f);
        assertThat(GateMath.sigmoid(-100f)).isZero();
    }
}

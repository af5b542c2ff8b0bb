package io.vectwin.lstm.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateMathTest {

    @Test
    void expIsWithinAFewFloatUlpsOfTheDoublePrecisionOneOverTheGatesRange() {
        double worst = 0;
        for (float x = -80f; x <= 80f; x += 0.0137f) {
            double exact = Math.exp(x);
            worst = Math.max(worst, Math.abs(GateMath.exp(x) - exact) / exact);
        }
        // float's unit roundoff is 6e-8; Taylor truncation adds at most 1.3e-7
        assertThat(worst).isLessThan(5e-7);
        assertThat(GateMath.exp(-100f)).isZero();
        assertThat(GateMath.exp(100f)).isInfinite();
    }

    @Test
    void sigmoidAndTanhMatchTheirDefinitions() {
        for (float x = -20f; x <= 20f; x += 0.01f) {
            assertThat((double) GateMath.sigmoid(x)).isCloseTo(1.0 / (1.0 + Math.exp(-x)),
                    org.assertj.core.data.Offset.offset(2e-7));
            assertThat((double) GateMath.tanh(x)).isCloseTo(Math.tanh(x), org.assertj.core.data.Offset.offset(5e-7));
        }
        // known values: σ(0) = 0.5, tanh(1) = 0.7615941559557649
        assertThat(GateMath.sigmoid(0f)).isEqualTo(0.5f);
        assertThat((double) GateMath.tanh(1f)).isCloseTo(0.7615941559557649, org.assertj.core.data.Offset.offset(2e-7));
    }
}

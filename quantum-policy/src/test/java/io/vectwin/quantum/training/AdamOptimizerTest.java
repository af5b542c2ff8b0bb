package io.vectwin.quantum.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdamOptimizerTest {

    /**
     * Three steps of Algorithm 1, lines 6–11 (with √v̂ + ε), computed independently with numpy:
     * θ₀ = (1, −2), α = 0.1, β = (0.9, 0.999), ε = 1e−8, gradients (0.5, −1), (0.1, 0.3), (−0.2, 0.05).
     */
    @Test
    void descentMatchesAnIndependentComputation() {
        AdamOptimizer adam = new AdamOptimizer(2, 0.1);
        double[] theta = {1.0, -2.0};
        adam.descend(theta, new double[] {0.5, -1.0});
        assertThat(theta[0]).isCloseTo(0.900000002, within(1e-12));
        assertThat(theta[1]).isCloseTo(-1.900000001, within(1e-12));
        adam.descend(theta, new double[] {0.1, 0.3});
        assertThat(theta[0]).isCloseTo(0.8196959063846518, within(1e-12));
        assertThat(theta[1]).isCloseTo(-1.8572151424292265, within(1e-12));
        adam.descend(theta, new double[] {-0.2, 0.05});
        assertThat(theta[0]).isCloseTo(0.785260531835489, within(1e-12));
        assertThat(theta[1]).isCloseTo(-1.8272390434646615, within(1e-12));
        assertThat(adam.step()).isEqualTo(3);
    }

    @Test
    void ascentIsDescentOfTheNegatedGradientAndTheStateRoundTrips() {
        AdamOptimizer up = new AdamOptimizer(2, 0.05);
        AdamOptimizer down = new AdamOptimizer(2, 0.05);
        double[] a = {0.3, 0.7};
        double[] b = {0.3, 0.7};
        up.ascend(a, new double[] {1.0, -0.5});
        down.descend(b, new double[] {-1.0, 0.5});
        assertThat(a).containsExactly(b);

        AdamOptimizer copy = new AdamOptimizer(2, 0.05);
        copy.restore(up.state());
        double[] c = a.clone();
        up.ascend(a, new double[] {0.2, 0.2});
        copy.ascend(c, new double[] {0.2, 0.2});
        assertThat(c).containsExactly(a);
    }

    @Test
    void refusesMismatchedLengths() {
        AdamOptimizer adam = new AdamOptimizer(2, 0.1);
        assertThatThrownBy(() -> adam.ascend(new double[3], new double[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds 2 parameters");
    }
}

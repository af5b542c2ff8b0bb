package io.vectwin.quantum.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.quantum.simulator.StateVector;
import org.junit.jupiter.api.Test;

/** Eq. (75)–(78) and Lemma 1. */
class AmplitudeEncodingTest {

    @Test
    void equation76DividesByTheEuclideanNorm() {
        // ‖(3, 0, −4, 0)‖ = 5
        assertThat(AmplitudeEncoding.amplitudes(new double[] {3, 0, -4, 0}))
                .containsExactly(new double[] {0.6, 0, -0.8, 0}, within(1e-16));
        StateVector s = new StateVector(2);
        AmplitudeEncoding.prepare(new double[] {1, 1, 1, 1}, s);
        assertThat(s.probabilities()).containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-16));
        assertThat(s.im(3)).isZero();
    }

    @Test
    void encodedStatesAreNormalisedEquation78() {
        double[] f = new double[64];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.sin(1.7 * i) * (i % 5 == 0 ? 1e3 : 1e-2);
        }
        StateVector s = new StateVector(6);
        AmplitudeEncoding.prepare(f, s);
        assertThat(s.normSquared()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void allZeroInputFallsBackToTheUniformSuperpositionNeverNaN() {
        assertThat(AmplitudeEncoding.satisfiesLemma1(new double[8])).isFalse();
        assertThat(AmplitudeEncoding.satisfiesLemma1(new double[] {0, -0.0, 1e-320, 0})).isTrue();
        double[] alpha = AmplitudeEncoding.amplitudes(new double[] {0, -0.0, 0, 0, 0, 0, 0, 0});
        assertThat(alpha).containsOnly(1 / Math.sqrt(8));
    }

    @Test
    void extremeMagnitudesNeitherUnderflowNorOverflow() {
        // naive Σf² would be 0 (underflow) and +∞ (overflow) respectively
        assertThat(AmplitudeEncoding.amplitudes(new double[] {3e-320, -4e-320}))
                .containsExactly(new double[] {0.6, -0.8}, within(1e-3)); // subnormals carry few digits
        assertThat(AmplitudeEncoding.amplitudes(new double[] {Double.MIN_VALUE, 0})).containsExactly(1.0, 0.0);
        assertThat(AmplitudeEncoding.amplitudes(new double[] {3e300, -4e300}))
                .containsExactly(new double[] {0.6, -0.8}, within(1e-15));
        assertThat(AmplitudeEncoding.amplitudes(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}))
                .containsExactly(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, within(1e-15));
        assertThat(AmplitudeEncoding.amplitudes(new double[] {3e-200, 4e-200}))
                .containsExactly(new double[] {0.6, 0.8}, within(1e-15));
    }

    @Test
    void badInputIsRejectedNamingIt() {
        StateVector s = new StateVector(2);
        assertThatThrownBy(() -> AmplitudeEncoding.prepare(new double[] {1, Double.NaN, 0, 0}, s))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("features[1] must be finite, got NaN");
        assertThatThrownBy(() -> AmplitudeEncoding.prepare(new double[] {1, 0, 0}, s))
                .hasMessage("features must have 2^2 = 4 entries, got 3");
        assertThatThrownBy(() -> AmplitudeEncoding.prepare(null, s)).hasMessage("features is required");
        assertThatThrownBy(() -> AmplitudeEncoding.amplitudes(new double[] {1, 2, 3}))
                .hasMessage("features must have 2^N entries, got 3");
        assertThatThrownBy(() -> AmplitudeEncoding.prepare(new double[] {Double.POSITIVE_INFINITY, 0, 0, 0}, s))
                .hasMessageContaining("features[0] must be finite");
    }
}

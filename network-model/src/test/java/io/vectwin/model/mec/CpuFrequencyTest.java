package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.params.ComputeParameters;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CpuFrequencyTest {

    private static final ComputeParameters TABLE_II = ComputeParameters.tableII();

    @Test
    void eq4Deterministic() {
        // 10 GHz − 0.1·10 GHz = 9 GHz; a negative deviation is not clamped here: 10 + 0.5 = 10.5 GHz
        assertThat(CpuFrequency.available(10e9, 0.1)).isEqualTo(9e9);
        assertThat(CpuFrequency.available(10e9, -0.05)).isEqualTo(10.5e9);
        assertThat(CpuFrequency.available(5e9, 0.0)).isEqualTo(5e9);
        assertThatThrownBy(() -> CpuFrequency.available(0.0, 0.1)).hasMessageContaining("maxHz");
        assertThatThrownBy(() -> CpuFrequency.available(10e9, Double.NaN)).hasMessageContaining("deviation");
    }

    /*
     * f = clamp(f_max(1 − d), f_min, f_max), d ~ N(0, 0.1/2), f_max = 10 GHz, f_min = 1 GHz. python3 + scipy:
     *   s=np.sqrt(0.05); g=lambda x: 1e10*(1-min(max(x,0),0.9))
     *   m =quad(lambda x: g(x)   *norm.pdf(x,0,s), -10*s, 10*s, points=[0,0.9])[0]  -> 9.10795e9
     *   m2=quad(lambda x: g(x)**2*norm.pdf(x,0,s), -10*s, 10*s, points=[0,0.9])[0]; m2-m*m -> 1.70398e18 (sd 1.305e9)
     *   P(f = f_max) = P(d <= 0) = 0.5
     * With n = 20 000 draws the mean's standard error is 1.305e9/√20000 = 9.2e6 Hz; we allow 6.5 SE (6e7 Hz).
     * The sample variance is within a few % of the truth; we allow 10 %. The share at f_max: SE 0.0035, allow 0.02.
     */
    @Test
    void drawsStayInRangeWithTheCensoredNormalMoments() {
        SplittableRandom rng = new SplittableRandom(20240611L);
        int n = 20_000;
        double sum = 0;
        double sumSq = 0;
        int atMax = 0;
        for (int i = 0; i < n; i++) {
            double f = CpuFrequency.draw(TABLE_II, rng);
            assertThat(f).isBetween(TABLE_II.minCpuHz(), TABLE_II.maxCpuHz());
            sum += f;
            sumSq += f * f;
            if (f == TABLE_II.maxCpuHz()) {
                atMax++;
            }
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        assertThat(mean).isCloseTo(9.10795e9, within(6e7));
        assertThat(variance).isCloseTo(1.70398e18, within(0.1 * 1.70398e18));
        assertThat(atMax / (double) n).isCloseTo(0.5, within(0.02));
    }

    @Test
    void aHugeDeviationIsClampedToFmin() {
        // variance 50 → sd of Re(Δf) = 5: many draws have Δf > 0.9 and land on f_min = 1 GHz
        ComputeParameters wild = new ComputeParameters(10e9, 1e9, 50.0, 0.15e9, 2.7e8, 1e-6, 33.2, 0.5, 2);
        SplittableRandom rng = new SplittableRandom(7);
        int atMin = 0;
        for (int i = 0; i < 1000; i++) {
            double f = CpuFrequency.draw(wild, rng);
            assertThat(f).isBetween(1e9, 10e9);
            atMin += f == 1e9 ? 1 : 0;
        }
        // P(d > 0.9) = P(Z > 0.9/5) = 0.4286; 1000 draws: SE 0.016
        assertThat(atMin / 1000.0).isCloseTo(0.4286, within(0.08));
    }

    @Test
    void noDeviationMeansFmax() {
        ComputeParameters steady = new ComputeParameters(10e9, 1e9, 0.0, 0.15e9, 2.7e8, 1e-6, 33.2, 0.5, 2);
        assertThat(CpuFrequency.draw(steady, new SplittableRandom(1))).isEqualTo(10e9);
    }

    @Test
    void sameSeedSameDraws() {
        SplittableRandom a = new SplittableRandom(99);
        SplittableRandom b = new SplittableRandom(99);
        for (int i = 0; i < 10; i++) {
            assertThat(CpuFrequency.draw(TABLE_II, a)).isEqualTo(CpuFrequency.draw(TABLE_II, b));
        }
    }

    /* U(−0.15 GHz, +0.15 GHz): mean 0, variance 0.15²/3 GHz² = 7.5e15 Hz² (sd 8.66e7); n = 10 000 → SE 8.7e5 Hz. */
    @Test
    void twinEstimateIsWithinTableIIError() {
        SplittableRandom rng = new SplittableRandom(3);
        double sum = 0;
        double sumSq = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            double error = CpuFrequency.twinEstimate(8e9, TABLE_II, rng) - 8e9;
            assertThat(error).isBetween(-0.15e9, 0.15e9);
            sum += error;
            sumSq += error * error;
        }
        assertThat(sum / n).isCloseTo(0.0, within(6e6));
        assertThat(sumSq / n).isCloseTo(7.5e15, within(0.75e15));
    }

    @Test
    void twinEstimateNeverGoesNegative() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 1000; i++) {
            assertThat(CpuFrequency.twinEstimate(0.05e9, TABLE_II, rng)).isGreaterThanOrEqualTo(0.0);
        }
        ComputeParameters exact = new ComputeParameters(10e9, 1e9, 0.1, 0.0, 2.7e8, 1e-6, 33.2, 0.5, 2);
        assertThat(CpuFrequency.twinEstimate(7e9, exact, rng)).isEqualTo(7e9);
        assertThatThrownBy(() -> CpuFrequency.twinEstimate(-1, TABLE_II, rng)).hasMessageContaining("trueHz");
    }
}

package io.vectwin.model.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FadingTest {

    @Test
    void steeringVectorOfEq14() {
        // delta = 0.005, lambda = 0.009, theta = 30 deg: step = 2 pi 0.005/0.009 * 0.5 = 1.7453292520 rad
        // numpy: exp(1j*step*m), m = 0..3 -> 1, -0.173648+0.984808j, -0.939693-0.342020j, 0.5-0.866025j
        double[] re = new double[4];
        double[] im = new double[4];
        SteeringVector.fill(0.005, 0.009, Math.toRadians(30), re, im);
        assertThat(re).containsExactly(new double[] {1.0, -0.17364818, -0.93969262, 0.5}, within(1e-8));
        assertThat(im).containsExactly(new double[] {0.0, 0.98480775, -0.34202014, -0.86602540}, within(1e-8));
    }

    @Test
    void dopplerOfEq21() {
        // 20 m/s at 60 deg to the LoS, lambda = 3e8/3.5e9: 20 cos(pi/3) / 0.0857142857 = 116.6666667 Hz
        assertThat(Doppler.shiftHz(20, Math.PI / 3, 3e8 / 3.5e9)).isCloseTo(116.6666667, within(1e-6));
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(Doppler.drawAngle(rng)).isBetween(-Math.PI / 2, Math.PI / 2);
        }
    }

    @Test
    void csiErrorRespectsTheBoundOfEq12AndHasTheStatedVariance() {
        SplittableRandom rng = new SplittableRandom(7);
        double variance = 0.10;
        double[] re = new double[4];
        double[] im = new double[4];
        double sumSquares = 0;
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            CsiError.draw(variance, rng, re, im);
            double norm2 = 0;
            for (int m = 0; m < 4; m++) {
                norm2 += re[m] * re[m] + im[m] * im[m];
            }
            assertThat(Math.sqrt(norm2)).isLessThanOrEqualTo(CsiError.normBound(4, variance));
            sumSquares += norm2;
        }
        // E|eps_m|^2 = sigma^2 per entry; the sample mean over 800k entries is within ~0.5 % of it
        assertThat(sumSquares / (4.0 * draws)).isCloseTo(variance, within(0.002));
    }

    @Test
    void withoutCsiErrorTheSimoPowerIsExactlyM() {
        // |a(theta)|^2 = M whatever the angle; the Doppler phase is common and cannot change it
        double p = SmallScaleFading.simoRayleighPower(4, 0.005, 0.009, 0.7, 1.3, 0.0, new SplittableRandom(3));
        assertThat(p).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void meanPowersMatchMTimesOnePlusSigma2() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 200_000;
        double simo = 0;
        double rician = 0;
        double siso = 0;
        for (int i = 0; i < n; i++) {
            simo += SmallScaleFading.simoRayleighPower(4, 0.005, 0.009, 0.4, 0.2, 0.05, rng);
            rician += SmallScaleFading.ricianPower(4, 0.005, 0.009, 0.4, 6.0, 8, 0.2, 0.05, rng);
            siso += SmallScaleFading.ricianPower(1, 0.005, 0.009, 0.0, 6.0, 8, 0.2, 0.10, rng);
        }
        // expected: 4 * 1.05 = 4.2 ; 4 * 1.05 = 4.2 ; 1 * 1.10 = 1.1 (sample std of the Rician mean ~ 0.003)
        assertThat(simo / n).isCloseTo(SmallScaleFading.meanPower(4, 0.05), within(0.01));
        assertThat(rician / n).isCloseTo(4.2, within(0.02));
        assertThat(siso / n).isCloseTo(1.1, within(0.01));
    }

    @Test
    void ricianKOfSixConcentratesPowerAroundTheMean() {
        // K = 6: power of the SISO Rician envelope has variance (1 + 2K)/(1 + K)^2 = 13/49 = 0.2653 (sigma2 = 0)
        SplittableRandom rng = new SplittableRandom(5);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double p = SmallScaleFading.ricianPower(1, 0.005, 0.009, 0.0, 6.0, 8, 0.0, 0.0, rng);
            sum += p;
            sumSq += p * p;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        assertThat(mean).isCloseTo(1.0, within(0.01));
        // with N = 8 scatterers the NLoS sum is only approximately Gaussian: allow 5 %
        assertThat(var).isCloseTo(13.0 / 49.0, within(0.015));
    }
}

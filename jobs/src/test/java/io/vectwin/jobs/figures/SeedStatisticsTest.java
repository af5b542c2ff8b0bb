package io.vectwin.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SeedStatisticsTest {

    /** scipy: mean ± stats.t.ppf(0.975, n − 1)·s/√n with s the sample standard deviation (ddof = 1). */
    @Test
    void intervalIsStudentsTOverTheSeeds() {
        double[] four = SeedStatistics.meanAndInterval(new double[] {1, 2, 3, 4});
        assertThat(four[0]).isEqualTo(2.5);
        assertThat(four[1]).isCloseTo(0.4457397432394794, within(1e-9));
        assertThat(four[2]).isCloseTo(4.554260256760521, within(1e-9));
        double[] two = SeedStatistics.meanAndInterval(new double[] {-0.3, 0.1});
        assertThat(two[0]).isCloseTo(-0.1, within(1e-12));
        assertThat(two[1]).isCloseTo(-2.641240947234939, within(1e-9));
        assertThat(two[2]).isCloseTo(2.441240947234939, within(1e-9));
        assertThat(SeedStatistics.meanAndInterval(new double[] {7})).containsExactly(7, 7, 7);
    }

    @Test
    void movingAverageTrailsOverTheWindow() {
        assertThat(SeedStatistics.movingAverage(new double[] {2, 4, 6, 8, 10}, 3)).containsExactly(2, 3, 4, 6, 8);
    }
}

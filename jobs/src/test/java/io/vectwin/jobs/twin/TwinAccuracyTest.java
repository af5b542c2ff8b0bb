package io.vectwin.jobs.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwinAccuracyTest {

    @Test
    void accumulatesHitRateAndSignedAndAbsoluteError() {
        // predicted 4 ms, actual 6 ms -> +2 ms; predicted 9 ms, actual 8 ms -> -1 ms; unmatched outcome; closed link
        TwinAccuracy a = TwinAccuracy.update(null, "v-1", true, 0.004, 0.006);
        a = TwinAccuracy.update(a, "v-1", true, 0.009, 0.008);
        a = TwinAccuracy.update(a, "v-1", false, null, 0.020);
        a = TwinAccuracy.update(a, "v-1", false, 0.005, Double.POSITIVE_INFINITY);
        assertThat(a.outcomes).isEqualTo(4);
        assertThat(a.deadlineHitRate()).isEqualTo(0.5);
        assertThat(a.scored).isEqualTo(2);
        // mean error (2 - 1)/2 = 0.5 ms ; mean |error| (2 + 1)/2 = 1.5 ms
        assertThat(a.meanErrorSeconds()).isCloseTo(0.0005, within(1e-12));
        assertThat(a.meanAbsErrorSeconds()).isCloseTo(0.0015, within(1e-12));
        assertThat(a.lastError()).isEmpty();
    }
}

package io.vectwin.jobs.twin;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.lstm.features.FeatureRow;
import io.vectwin.lstm.features.TwinFeature;
import org.junit.jupiter.api.Test;

class FeatureRingTest {

    private static FeatureRow row(long seq) {
        double[] v = new double[TwinFeature.inputs().size()];
        v[0] = seq;
        return new FeatureRow(seq, 20 * seq, v);
    }

    @Test
    void keepsTheNewestConsecutiveRowsAndRestartsAfterAGap() {
        FeatureRing ring = FeatureRing.withCapacity(3);
        for (long s = 0; s < 5; s++) {
            ring.push(row(s));
        }
        assertThat(ring.window(3)).extracting(FeatureRow::sequenceNumber).containsExactly(2L, 3L, 4L);
        ring.push(row(4)); // a duplicate changes nothing
        assertThat(ring.window(3)).extracting(FeatureRow::sequenceNumber).containsExactly(2L, 3L, 4L);
        ring.push(row(6)); // report 5 was lost
        assertThat(ring.window(2)).isEmpty();
        assertThat(ring.window(1)).extracting(FeatureRow::sequenceNumber).containsExactly(6L);
        assertThat(ring.window(1).get(0).values()[0]).isEqualTo(6.0);
    }

    @Test
    void growsForALongerWindowKeepingWhatItHas() {
        FeatureRing ring = FeatureRing.withCapacity(2);
        for (long s = 0; s < 4; s++) {
            ring.push(row(s));
        }
        FeatureRing bigger = ring.resized(4);
        assertThat(bigger.window(2)).extracting(FeatureRow::sequenceNumber).containsExactly(2L, 3L);
        bigger.push(row(4));
        bigger.push(row(5));
        assertThat(bigger.window(4)).extracting(FeatureRow::sequenceNumber).containsExactly(2L, 3L, 4L, 5L);
    }
}

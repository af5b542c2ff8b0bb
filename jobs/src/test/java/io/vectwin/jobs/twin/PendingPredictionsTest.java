package io.vectwin.jobs.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PendingPredictionsTest {

    private static final long T1 = PendingPredictions.key("v-1/t1", 0);
    private static final long T1B = PendingPredictions.key("v-1/t1", 1);
    private static final long T2 = PendingPredictions.key("v-2/t2", 0);

    @Test
    void keysTellSubtasksAndTasksApart() {
        Set<Long> keys = new HashSet<>();
        for (int t = 0; t < 20_000; t++) {
            for (int j = 0; j < 8; j++) {
                keys.add(PendingPredictions.key("v-" + (t % 50) + "/t" + t, j));
            }
        }
        assertThat(keys).hasSize(160_000);
        assertThat(PendingPredictions.key("v-1/t1", 0)).isEqualTo(T1);
    }

    @Test
    void anOutcomeTakesItsPredictionOnce() {
        PendingPredictions p = new PendingPredictions();
        p.add(T1, 0.004, 100);
        p.add(T1B, 0.007, 100);
        assertThat(p.take(T1B)).isEqualTo(0.007);
        assertThat(p.take(T1B)).isNull();
        assertThat(p.size()).isEqualTo(1);
    }

    @Test
    void expiryDropsExactlyThePredictionsMadeAtOrBeforeTheHorizon() {
        PendingPredictions p = new PendingPredictions();
        p.add(T1, 0.004, 100);
        p.add(T1B, 0.005, 200);
        p.add(T2, 0.006, 300);
        assertThat(p.expireUpTo(99)).isZero();
        assertThat(p.expireUpTo(200)).isEqualTo(2);
        assertThat(p.take(T1)).isNull();
        assertThat(p.take(T2)).isEqualTo(0.006);
        assertThat(p.isEmpty()).isTrue();
    }

    @Test
    void aRedeliveredDecisionReplacesItsPredictionAndItsAge() {
        PendingPredictions p = new PendingPredictions();
        p.add(T1, 0.004, 100);
        p.add(T2, 0.006, 150);
        p.add(T1, 0.003, 400); // at-least-once: the same decision again, later
        assertThat(p.expireUpTo(200)).isEqualTo(1); // only T2 is that old now
        assertThat(p.take(T1)).isEqualTo(0.003);
    }

    /** Adds, takes and expiries at random against an insertion-ordered map, through many ring and index growths. */
    @Test
    void behavesLikeAnInsertionOrderedMap() {
        Random random = new Random(7);
        PendingPredictions p = new PendingPredictions();
        Map<Long, double[]> reference = new LinkedHashMap<>(); // key → {latency, decided at}
        List<Long> issued = new ArrayList<>();
        long now = 0;
        int most = 0;
        for (int step = 0; step < 200_000; step++) {
            now += random.nextInt(3);
            int op = random.nextInt(10);
            if (op < 6 || issued.isEmpty()) {
                long key = PendingPredictions.key("v-" + random.nextInt(20) + "/t" + step, random.nextInt(4));
                double latency = random.nextDouble();
                p.add(key, latency, now);
                reference.remove(key);
                reference.put(key, new double[] {latency, now});
                issued.add(key);
            } else if (op < 9) {
                long key = issued.get(random.nextInt(issued.size()));
                double[] expected = reference.remove(key);
                assertThat(p.take(key)).isEqualTo(expected == null ? null : expected[0]);
            } else {
                long horizon = now - 20_000 - random.nextInt(20_000);
                int expired = 0;
                for (Iterator<double[]> it = reference.values().iterator(); it.hasNext();) {
                    if (it.next()[1] > horizon) {
                        break;
                    }
                    it.remove();
                    expired++;
                }
                assertThat(p.expireUpTo(horizon)).isEqualTo(expired);
            }
            assertThat(p.size()).isEqualTo(reference.size());
            most = Math.max(most, p.size());
        }
        assertThat(most).isGreaterThan(2_000); // the ring and the index grew several times
    }
}

package io.vectwin.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PhaseTallyTest {

    /** 1 000 requests/s from t = 0: request i is due at i ms. */
    private final OpenLoopSchedule schedule = new OpenLoopSchedule(1_000, 0);

    @Test
    void latencyRunsFromTheDueTimeNotFromWhenTheAnswerWasAskedFor() {
        PhaseTally tally = new PhaseTally("p", schedule, 10, 0);
        // a stall: requests 0..4 all answered together at 20 ms
        for (int i = 0; i < 5; i++) {
            tally.record(i, 20_000_000L);
        }
        PhaseTally.Counts c = tally.counts();
        assertThat(c.answered()).isEqualTo(5);
        assertThat(c.lost()).isEqualTo(5);
        Histogram h = c.latencyMicros();
        // HdrHistogram's buckets at 3 significant digits are 16 µs wide here
        assertThat(h.getMaxValue()).isCloseTo(20_000L, within(32L));   // request 0 waited 20 ms
        assertThat(h.getMinValue()).isCloseTo(16_000L, within(32L));   // request 4 was due at 4 ms
    }

    @Test
    void rampRequestsAreAnsweredButNotMeasured() {
        PhaseTally tally = new PhaseTally("p", schedule, 4, 2);
        for (int i = 0; i < 4; i++) {
            tally.record(i, schedule.dueNanos(i) + 3_000_000L);
        }
        PhaseTally.Counts c = tally.counts();
        assertThat(c.measured()).isEqualTo(2);
        assertThat(c.answered()).isEqualTo(2);
        assertThat(c.latencyMicros().getTotalCount()).isEqualTo(2);
        assertThat(tally.complete()).isTrue();
        // measured span: request 2 due at 2 ms, last answer at 6 ms → 2 answers in 4 ms
        assertThat(c.answeredPerSecond()).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void everyRecordOfAMeasuredRequestCountsAsAnOutput() {
        PhaseTally tally = new PhaseTally("p", schedule, 4, 2);
        // request 1 (ramp) decided in 2 segments, request 2 in 4, request 3 in 1; one foreign index
        for (int[] request : new int[][] {{1, 2}, {2, 4}, {3, 1}, {9, 1}}) {
            for (int segment = 0; segment < request[1]; segment++) {
                tally.recordOutput(request[0]);
            }
        }
        tally.record(1, 5_000_000L);
        tally.record(2, 5_000_000L);
        tally.record(3, 6_000_000L);
        PhaseTally.Counts c = tally.counts();
        assertThat(c.outputs()).isEqualTo(5);
        assertThat(c.answered()).isEqualTo(2);
        // measured span: request 2 due at 2 ms, last answer at 6 ms → 2 answers, 5 outputs in 4 ms
        assertThat(c.answeredPerSecond()).isCloseTo(500.0, within(1e-9));
        assertThat(c.outputsPerSecond()).isCloseTo(1_250.0, within(1e-9));
    }

    @Test
    void duplicatesAndForeignIndexesDoNotCountTwice() {
        PhaseTally tally = new PhaseTally("p", schedule, 3, 0);
        tally.record(1, 5_000_000L);
        tally.record(1, 9_000_000L);
        tally.record(7, 9_000_000L);
        tally.record(-1, 9_000_000L);
        PhaseTally.Counts c = tally.counts();
        assertThat(c.answered()).isEqualTo(1);
        assertThat(c.duplicates()).isEqualTo(1);
        assertThat(c.lost()).isEqualTo(2);
        assertThat(tally.complete()).isFalse();
    }

    @Test
    void intervalsAddUpToTheWhole() {
        PhaseTally tally = new PhaseTally("p", schedule, 3, 0);
        tally.record(0, 1_000_000L);
        Histogram first = tally.takeInterval();
        tally.record(1, 4_000_000L);
        tally.record(2, 4_000_000L);
        Histogram second = tally.takeInterval();
        assertThat(first.getTotalCount()).isEqualTo(1);
        assertThat(second.getTotalCount()).isEqualTo(2);
        assertThat(tally.takeInterval().getTotalCount()).isZero();
        assertThat(tally.counts().latencyMicros().getTotalCount()).isEqualTo(3);
    }

    @Test
    void aPhaseStoppedEarlyIsCompleteWhenWhatWasSentIsAnswered() {
        PhaseTally tally = new PhaseTally("p", schedule, 100, 100);
        tally.record(0, 1L);
        tally.record(2, 1L);
        assertThat(tally.completeUpTo(0)).isTrue();
        assertThat(tally.completeUpTo(1)).isTrue();
        assertThat(tally.completeUpTo(2)).isFalse(); // request 1 unanswered
        tally.record(1, 1L);
        assertThat(tally.completeUpTo(3)).isTrue();
        assertThat(tally.complete()).isFalse();
    }
}

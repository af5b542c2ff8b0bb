package io.vectwin.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

    @Test
    void requestsAreDueAtFixedIntervalsFromTheStart() {
        OpenLoopSchedule s = new OpenLoopSchedule(4_000, 1_000_000);
        assertThat(s.dueNanos(0)).isEqualTo(1_000_000);
        assertThat(s.dueNanos(1)).isEqualTo(1_250_000); // 1/4000 s = 250 µs
        assertThat(s.dueNanos(4_000)).isEqualTo(1_001_000_000L);
    }

    @Test
    void dueTimesDoNotDriftForRatesWithoutAnExactPeriod() {
        // 3 per second: 333 333 333.3 ns apart; the millionth request is due exactly 333 333.33 s in
        OpenLoopSchedule s = new OpenLoopSchedule(3, 0);
        assertThat(s.dueNanos(1_000_000)).isEqualTo(333_333_333_333_333L);
    }

    @Test
    void countsTheRequestsOfADuration() {
        assertThat(new OpenLoopSchedule(5_000, 0).requestsIn(30)).isEqualTo(150_000);
        assertThat(new OpenLoopSchedule(0.5, 0).requestsIn(3)).isEqualTo(1);
        assertThat(new OpenLoopSchedule(1_000, 0).requestsIn(0)).isZero();
    }

    @Test
    void rejectsRatesThatAreNoRates() {
        assertThatThrownBy(() -> new OpenLoopSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLoopSchedule(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLoopSchedule(Double.POSITIVE_INFINITY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLoopSchedule(1, 0).dueNanos(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.vectwin.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.jobs.bench.ThreadCpuShares.Share;
import io.vectwin.jobs.bench.ThreadCpuShares.ThreadTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuSharesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void groupsDropFlinksSubtaskSuffixAndReadDigitsAsHashes() {
        assertThat(ThreadCpuShares.group("twin + greedy policy -> decisions sink: Writer (2/2)#0"))
                .isEqualTo("twin + greedy policy -> decisions sink: Writer");
        assertThat(ThreadCpuShares.group("data-plane-kafka-request-handler-7")).isEqualTo("data-plane-kafka-request-handler-#");
        assertThat(ThreadCpuShares.group("kafka-producer-network-thread | vectwin-bench-load"))
                .isEqualTo("kafka-producer-network-thread | vectwin-bench-load");
        // only a trailing subtask suffix is Flink's
        assertThat(ThreadCpuShares.group("pool (1/2) worker")).isEqualTo("pool (#/#) worker");
    }

    @Test
    void sharesAreCpuOverWallTimeByGroupWithTheRemainderOfTheProcess() {
        Map<Long, ThreadTime> start = Map.of(
                1L, new ThreadTime("handler-1", 5 * SECOND),
                2L, new ThreadTime("handler-2", 1 * SECOND),
                3L, new ThreadTime("decide (1/1)#0", 10 * SECOND),
                4L, new ThreadTime("ends during the phase", 2 * SECOND));
        Map<Long, ThreadTime> end = Map.of(
                1L, new ThreadTime("handler-1", 6 * SECOND),          // +1 s
                2L, new ThreadTime("handler-2", 3 * SECOND),          // +2 s
                3L, new ThreadTime("decide (1/1)#0", 14 * SECOND),    // +4 s
                5L, new ThreadTime("born-1", SECOND / 2),             // started in the phase: +0.5 s
                6L, new ThreadTime("idle", 0));
        // over 10 s of wall time the process used 9 s of CPU: 7.5 s listed, 1.5 s elsewhere
        List<Share> shares = ThreadCpuShares.between(start, end, 9 * SECOND, 10 * SECOND);
        assertThat(shares).extracting(Share::threads)
                .containsExactly("decide", "handler-#", ThreadCpuShares.JVM_REMAINDER, "born-#");
        assertThat(shares).extracting(Share::cores).containsExactly(0.4, 0.3, 0.15, 0.05);
    }

    @Test
    void noRemainderWhenTheThreadsAccountForAllTheProcessTime() {
        List<Share> shares = ThreadCpuShares.between(Map.of(), Map.of(1L, new ThreadTime("a", 2 * SECOND)),
                SECOND, 4 * SECOND);
        assertThat(shares).containsExactly(new Share("a", 0.5));
        assertThat(ThreadCpuShares.between(Map.of(), Map.of(), SECOND, SECOND)).isEmpty();
    }

    @Test
    void summaryListsTheFirstGroupsWithShortenedNames() {
        List<Share> shares = List.of(new Share("twin LSTM -> telemetry event time", 0.387), new Share("b", 0.2),
                new Share("c", 0.1));
        assertThat(ThreadCpuShares.summary(shares, 2, 10)).isEqualTo("0.39 twin LSTM…; 0.20 b");
        assertThat(ThreadCpuShares.summary(List.of(), 2, 10)).isEqualTo("not measured");
    }

    @Test
    void aLiveJvmListsTheCallingThread() {
        Map<Long, ThreadTime> start = ThreadCpuShares.snapshot();
        long spinUntil = System.nanoTime() + 20_000_000L;
        double sink = 0;
        while (System.nanoTime() < spinUntil) {
            sink += Math.sqrt(sink + 1);
        }
        Map<Long, ThreadTime> end = ThreadCpuShares.snapshot();
        assertThat(sink).isPositive();
        String me = ThreadCpuShares.group(Thread.currentThread().getName());
        assertThat(ThreadCpuShares.between(start, end, 0, 20_000_000L)).extracting(Share::threads).contains(me);
        assertThat(end.get(Thread.currentThread().getId()).cpuNanos())
                .isGreaterThan(start.get(Thread.currentThread().getId()).cpuNanos());
    }
}

package io.vectwin.jobs.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;

/**
 * How busy the JVM's JIT compilers have been lately: their compile time over a sliding window of
 * wall time, in % of one core. A JVM that hosts a Kafka broker, a Flink MiniCluster and the load
 * tool keeps compiling for minutes after start; measured before that ends, latencies describe the
 * compiler's competition for the cores rather than the pipeline. The warm-up runs until this
 * falls below a threshold.
 */
final class JitActivity {

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final long windowNanos;
    /** (nanoTime, total compile ms) readings, oldest first, spanning at most the window. */
    private final ArrayDeque<long[]> readings = new ArrayDeque<>();

    JitActivity(double windowSeconds) {
        this.windowNanos = (long) (windowSeconds * 1e9);
    }

    /** Whether the JVM reports compile time at all. */
    boolean supported() {
        return jit != null && jit.isCompilationTimeMonitoringSupported();
    }

    /** Takes a reading; call it once per tick. */
    void sample() {
        if (!supported()) {
            return;
        }
        long now = System.nanoTime();
        readings.addLast(new long[] {now, jit.getTotalCompilationTime()});
        while (readings.size() > 2 && now - readings.peekFirst()[0] > windowNanos) {
            readings.removeFirst();
        }
    }

    /** Whether the readings span the whole window. */
    boolean full() {
        return readings.size() >= 2 && readings.peekLast()[0] - readings.peekFirst()[0] >= windowNanos * 9 / 10;
    }

    /** Compile time over the readings' span, % of one core (NaN before two readings). */
    double percent() {
        if (readings.size() < 2) {
            return Double.NaN;
        }
        long[] first = readings.peekFirst();
        long[] last = readings.peekLast();
        return 100.0 * (last[1] - first[1]) * 1e6 / (last[0] - first[0]);
    }
}

package io.vectwin.jobs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * CPU and heap of this JVM over a phase. In the embedded setup the JVM is the whole system —
 * broker, Flink MiniCluster, the load tool — so its CPU share is the machine's load; against an
 * external cluster it is only the tool's.
 */
final class ProcessUsage {

    private static final double MIB = 1024.0 * 1024.0;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long startCpuNanos = os.getProcessCpuTime();
    private final long startNanos = System.nanoTime();
    private long maxHeapUsed;

    /** Takes a heap reading (call it now and then; the maximum is kept). */
    void sample() {
        maxHeapUsed = Math.max(maxHeapUsed, memory.getHeapMemoryUsage().getUsed());
    }

    /** CPU time as a share of all cores since the start, and the largest heap reading. */
    Usage finish() {
        sample();
        long wall = System.nanoTime() - startNanos;
        int cores = Runtime.getRuntime().availableProcessors();
        double cpu = wall <= 0 ? 0 : 100.0 * (os.getProcessCpuTime() - startCpuNanos) / ((double) wall * cores);
        return new Usage(cpu, maxHeapUsed / MIB);
    }

    /**
     * @param cpuPercent  process CPU time / (wall time × cores), in % of the machine
     * @param heapMaxMib  largest heap in use seen, MiB
     */
    record Usage(double cpuPercent, double heapMaxMib) {
    }
}

package io.vectwin.jobs.bench;

import java.lang.management.CompilationMXBean;
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
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final long startCpuNanos = os.getProcessCpuTime();
    private final long startJitMillis = jitMillis();
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
        double jitPercent = wall <= 0 ? 0 : 100.0 * (jitMillis() - startJitMillis) * 1e6 / wall;
        return new Usage(cpu, maxHeapUsed / MIB, jitPercent);
    }

    /** Time the JIT compilers spent so far (0 where the JVM does not say). */
    private long jitMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * @param cpuPercent  process CPU time / (wall time × cores), in % of the machine
     * @param heapMaxMib  largest heap in use seen, MiB
     * @param jitPercent  JIT compilation time over wall time, % of one core: a JVM still
     *                    compiling (after a change of load, or too short a warm-up) is not in a
     *                    steady state, and its compiler takes CPU from the pipeline
     */
    record Usage(double cpuPercent, double heapMaxMib, double jitPercent) {
    }
}

package io.vectwin.jobs.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Map;

/**
 * CPU and heap of this JVM over a phase. In the embedded setup the JVM is the whole system —
 * broker, Flink MiniCluster, the load tool — so its CPU share is the machine's load and its
 * threads' shares say who makes it; against an external cluster it is only the tool's.
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
    private final Map<Long, ThreadCpuShares.ThreadTime> startThreads = ThreadCpuShares.snapshot();
    private long maxHeapUsed;

    /** Takes a heap reading (call it now and then; the maximum is kept). */
    void sample() {
        maxHeapUsed = Math.max(maxHeapUsed, memory.getHeapMemoryUsage().getUsed());
    }

    /** CPU time as a share of all cores since the start, by thread, and the largest heap reading. */
    Usage finish() {
        sample();
        Map<Long, ThreadCpuShares.ThreadTime> endThreads = ThreadCpuShares.snapshot();
        long processCpu = os.getProcessCpuTime() - startCpuNanos;
        long wall = System.nanoTime() - startNanos;
        int cores = Runtime.getRuntime().availableProcessors();
        double cpu = wall <= 0 ? 0 : 100.0 * processCpu / ((double) wall * cores);
        double jitPercent = wall <= 0 ? 0 : 100.0 * (jitMillis() - startJitMillis) * 1e6 / wall;
        return new Usage(cpu, maxHeapUsed / MIB, jitPercent,
                ThreadCpuShares.between(startThreads, endThreads, processCpu, wall));
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
     * @param threadCpu   the CPU by thread group, most first ({@link ThreadCpuShares})
     */
    record Usage(double cpuPercent, double heapMaxMib, double jitPercent, List<ThreadCpuShares.Share> threadCpu) {
    }
}

package io.vectwin.jobs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a phase's CPU went, thread by thread. In the embedded setup one JVM holds the broker, the
 * Flink tasks, the load tool and the twin's LSTM: the process CPU % says that the cores are full,
 * this says who fills them, which is the first thing to know when a rate misses its target and
 * the question a profiler answers only after a separate run.
 *
 * <p>Threads are grouped by name, Flink's subtask suffix ({@code " (1/2)#0"}) dropped and every
 * run of digits read as {@code #}, so that parallel instances of an operator, a broker's request
 * handlers or a client's threads add up. The JVM's own threads that the management interface does
 * not list (GC workers, JIT compilers) and threads that ended during the phase are the remainder of
 * the process CPU time over the listed threads'.
 */
public final class ThreadCpuShares {

    /** The name under which the remainder of the process CPU time is reported. */
    public static final String JVM_REMAINDER = "JVM: GC, JIT compilers, threads ended in the phase";

    private static final Pattern FLINK_SUBTASK_SUFFIX = Pattern.compile("\\s\\(\\d+/\\d+\\)(#\\d+)?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * A group of threads and the cores it kept busy.
     *
     * @param threads the group's name ({@link #group})
     * @param cores   CPU time over wall time: 1.0 is one core busy all the phase
     */
    public record Share(String threads, double cores) {
    }

    /** A thread's name and the CPU time it has used since it started. */
    record ThreadTime(String name, long cpuNanos) {
    }

    private ThreadCpuShares() {
    }

    /** CPU time of every live thread, by thread id; empty where the JVM does not measure it. */
    static Map<Long, ThreadTime> snapshot() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return Map.of();
        }
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids, 0);
        Map<Long, ThreadTime> times = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            long cpu = threads.getThreadCpuTime(ids[i]);
            if (infos[i] != null && cpu >= 0) { // a thread that ended since the listing has neither
                times.put(ids[i], new ThreadTime(infos[i].getThreadName(), cpu));
            }
        }
        return times;
    }

    /**
     * The CPU every thread group used between two snapshots, most first, with the remainder of the
     * process CPU time ({@link #JVM_REMAINDER}) as one more group when it is positive. A thread in
     * {@code end} only started during the phase and counts whole; one in {@code start} only ended
     * and falls into the remainder. Empty when {@code end} is (no per-thread times).
     *
     * @param processCpuNanos the process's CPU time over the same span
     * @param wallNanos       the span
     */
    static List<Share> between(Map<Long, ThreadTime> start, Map<Long, ThreadTime> end, long processCpuNanos,
            long wallNanos) {
        if (end.isEmpty() || wallNanos <= 0) {
            return List.of();
        }
        Map<String, Long> byGroup = new LinkedHashMap<>();
        long listed = 0;
        for (Map.Entry<Long, ThreadTime> e : end.entrySet()) {
            ThreadTime before = start.get(e.getKey());
            long used = e.getValue().cpuNanos() - (before == null ? 0 : before.cpuNanos());
            if (used > 0) {
                byGroup.merge(group(e.getValue().name()), used, Long::sum);
                listed += used;
            }
        }
        if (processCpuNanos > listed) {
            byGroup.merge(JVM_REMAINDER, processCpuNanos - listed, Long::sum);
        }
        List<Share> shares = new ArrayList<>();
        byGroup.forEach((name, nanos) -> shares.add(new Share(name, nanos / (double) wallNanos)));
        shares.sort(Comparator.comparingDouble(Share::cores).reversed().thenComparing(Share::threads));
        return List.copyOf(shares);
    }

    /**
     * The group a thread belongs to: its name without Flink's subtask suffix, digits as {@code #}.
     * {@code "data-plane-kafka-request-handler-3"} → {@code "data-plane-kafka-request-handler-#"},
     * {@code "decide -> sink (2/2)#0"} → {@code "decide -> sink"}.
     */
    static String group(String threadName) {
        String withoutSubtask = FLINK_SUBTASK_SUFFIX.matcher(threadName).replaceFirst("");
        return DIGITS.matcher(withoutSubtask).replaceAll("#");
    }

    /**
     * The first {@code most} shares on one line, e.g. {@code 0.39 twin LSTM; 0.29 data-plane-…},
     * names longer than {@code maxName} characters cut with an ellipsis.
     */
    public static String summary(List<Share> shares, int most, int maxName) {
        if (shares.isEmpty()) {
            return "not measured";
        }
        return shares.stream().limit(most)
                .map(s -> String.format(Locale.ROOT, "%.2f %s", s.cores(), shorten(s.threads(), maxName)))
                .collect(Collectors.joining("; "));
    }

    private static String shorten(String name, int maxName) {
        return name.length() <= maxName ? name : name.substring(0, Math.max(1, maxName - 1)).strip() + "…";
    }
}

package io.vectwin.jobs.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What one phase measured: one system at one offered rate. Latencies run from a request's due
 * time to the consumption of its answer; percentiles are NaN when nothing was answered.
 *
 * @param subject           what answered
 * @param offeredPerSecond  requests per second on the schedule
 * @param measured          requests measured (ramp excluded)
 * @param answered          of those, answered
 * @param lost              of those, without an answer by the end of the drain
 * @param duplicates        answers beyond the first
 * @param achievedPerSecond answers per second over the measured span
 * @param outputsPerSecond  records on the answer topic per second over the same span: every
 *                          decision, so above {@code achievedPerSecond} when the policy cuts
 *                          subtasks into segments (eq. 58); the passthrough's copies
 * @param p50Ms             median latency, ms
 * @param p90Ms             90th percentile, ms
 * @param p99Ms             99th percentile, ms
 * @param p999Ms            99.9th percentile, ms
 * @param maxMs             largest latency, ms
 * @param cpuPercent        this JVM's CPU time over the phase as a share of all cores, %
 * @param heapMaxMib        largest heap in use during the phase, MiB
 * @param jitPercent        time the JIT compilers took during the phase, % of one core
 * @param senderMaxLagMs    the load tool's own worst delay in sending a due request, ms
 * @param sendErrors        requests the producer failed to deliver
 * @param threadCpu         this JVM's CPU over the phase by thread group, most first, in cores
 *                          ({@link ThreadCpuShares}); empty where the JVM does not measure it
 */
public record PhaseResult(Subject subject, double offeredPerSecond, long measured, long answered, long lost,
        long duplicates, double achievedPerSecond, double outputsPerSecond, double p50Ms, double p90Ms, double p99Ms, double p999Ms,
        double maxMs, double cpuPercent, double heapMaxMib, double jitPercent, double senderMaxLagMs, long sendErrors,
        List<ThreadCpuShares.Share> threadCpu) {

    public PhaseResult {
        threadCpu = List.copyOf(threadCpu);
    }

    /** The two systems a run measures. */
    public enum Subject {
        /** The twin decision job: request on vec.tasks → decision on vec.decisions. */
        PIPELINE,
        /** A bare consume → produce copy ({@link PassthroughRelay}), the reference. */
        PASSTHROUGH;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static PhaseResult of(Subject subject, double offeredPerSecond, PhaseTally.Counts counts, ProcessUsage.Usage usage,
            Duration senderMaxLag, long sendErrors) {
        Histogram h = counts.latencyMicros();
        boolean any = h.getTotalCount() > 0;
        return new PhaseResult(subject, offeredPerSecond, counts.measured(), counts.answered(), counts.lost(),
                counts.duplicates(), counts.answeredPerSecond(), counts.outputsPerSecond(),
                any ? h.getValueAtPercentile(50) / 1e3 : Double.NaN,
                any ? h.getValueAtPercentile(90) / 1e3 : Double.NaN,
                any ? h.getValueAtPercentile(99) / 1e3 : Double.NaN,
                any ? h.getValueAtPercentile(99.9) / 1e3 : Double.NaN,
                any ? h.getMaxValue() / 1e3 : Double.NaN,
                usage.cpuPercent(), usage.heapMaxMib(), usage.jitPercent(), senderMaxLag.toNanos() / 1e6, sendErrors,
                usage.threadCpu());
    }

    /** Whether the p99 is within {@code thresholdMs} and nothing was lost. */
    public boolean meets(double thresholdMs) {
        return lost == 0 && answered > 0 && p99Ms <= thresholdMs;
    }
}

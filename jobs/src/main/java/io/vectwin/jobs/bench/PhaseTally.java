package io.vectwin.jobs.bench;

import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The answers to one phase of an open-loop load (one offered rate through one system): which
 * requests were answered, and how long after they were due. The collector thread records into
 * it while the driver thread takes interval histograms and, at the end, the counts; hence the
 * locking (uncontended at these rates).
 *
 * <p>The first {@code rampRequests} requests are sent and answered like the others but not
 * measured: they cover the step from the previous rate to this one.
 */
public final class PhaseTally {

    /** Latencies are recorded in microseconds, up to an hour. */
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);
    private static final int SIGNIFICANT_DIGITS = 3;

    private final String phase;
    private final OpenLoopSchedule schedule;
    private final long requests;
    private final long rampRequests;
    private final BitSet answered = new BitSet();
    private final Histogram interval = new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private final Histogram whole = new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private long measuredAnswers;
    private long measuredOutputs;
    private long duplicates;
    private long lastAnswerNanos = Long.MIN_VALUE;

    /**
     * @param phase        the task-id prefix of this phase's requests ({@link BenchTasks#taskId})
     * @param schedule     when each request is due
     * @param requests     how many requests the phase sends, ramp included
     * @param rampRequests how many of the first requests are not measured
     */
    public PhaseTally(String phase, OpenLoopSchedule schedule, long requests, long rampRequests) {
        if (requests < 0 || rampRequests < 0 || rampRequests > requests) {
            throw new IllegalArgumentException("need 0 <= rampRequests <= requests, got " + rampRequests + " of " + requests);
        }
        if (requests > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + " requests per phase, got " + requests);
        }
        this.phase = phase;
        this.schedule = schedule;
        this.requests = requests;
        this.rampRequests = rampRequests;
    }

    public String phase() {
        return phase;
    }

    public OpenLoopSchedule schedule() {
        return schedule;
    }

    /**
     * An answer to request {@code index} arrived at {@code arrivalNanos}. The first answer counts;
     * later ones are duplicates (at-least-once delivery). Indexes outside the phase are ignored.
     */
    public synchronized void record(long index, long arrivalNanos) {
        if (index < 0 || index >= requests) {
            return;
        }
        if (answered.get((int) index)) {
            duplicates++;
            return;
        }
        answered.set((int) index);
        if (index < rampRequests) {
            return;
        }
        long micros = Math.max(0, (arrivalNanos - schedule.dueNanos(index)) / 1_000);
        interval.recordValue(Math.min(micros, HIGHEST_MICROS));
        measuredAnswers++;
        lastAnswerNanos = Math.max(lastAnswerNanos, arrivalNanos);
    }

    /**
     * A record on the answer topic belongs to request {@code index}: every decision the pipeline
     * made for it (one per segment when the policy cuts subtasks), or the passthrough's copy.
     * Counted for measured requests only; indexes outside the phase are ignored.
     */
    public synchronized void recordOutput(long index) {
        if (index >= rampRequests && index < requests) {
            measuredOutputs++;
        }
    }

    /** Requests answered so far, ramp included. */
    public synchronized long answeredInAll() {
        return answered.cardinality();
    }

    /** Whether every request of the phase has been answered. */
    public synchronized boolean complete() {
        return answered.cardinality() >= requests;
    }

    /** Whether the first {@code sent} requests have all been answered (a phase stopped early). */
    public synchronized boolean completeUpTo(long sent) {
        return answered.previousClearBit((int) Math.min(sent, requests) - 1) < 0;
    }

    /**
     * The measured latencies recorded since the last call (µs), which also go into the phase's
     * whole histogram; for the interval log.
     */
    public synchronized Histogram takeInterval() {
        Histogram copy = interval.copy();
        whole.add(interval);
        interval.reset();
        return copy;
    }

    /** The phase's counts and its whole latency histogram (µs) so far, intervals not yet taken included. */
    public synchronized Counts counts() {
        Histogram all = whole.copy();
        all.add(interval);
        long measured = requests - rampRequests;
        long measureStart = measured == 0 ? 0 : schedule.dueNanos(rampRequests);
        return new Counts(measured, measuredAnswers, measured - measuredAnswers, duplicates, measuredOutputs,
                measuredAnswers == 0 ? 0 : lastAnswerNanos - measureStart, all);
    }

    /**
     * @param measured       requests measured (ramp excluded)
     * @param answered       of those, answered at least once
     * @param lost           of those, never answered
     * @param duplicates     answers beyond the first, ramp included
     * @param outputs        records on the answer topic for the measured requests (every decision,
     *                       segments included; duplicates too)
     * @param answeringNanos from the first measured request's due time to the last measured answer
     * @param latencyMicros  latency from due time to answer, µs
     */
    public record Counts(long measured, long answered, long lost, long duplicates, long outputs,
            long answeringNanos, Histogram latencyMicros) {

        /** Answers per second over the measured span. */
        public double answeredPerSecond() {
            return perSecond(answered);
        }

        /** Answer-topic records per second over the measured span: the decisions/s of a segmenting policy. */
        public double outputsPerSecond() {
            return perSecond(outputs);
        }

        private double perSecond(long count) {
            return answeringNanos <= 0 ? 0 : count * 1e9 / answeringNanos;
        }
    }
}

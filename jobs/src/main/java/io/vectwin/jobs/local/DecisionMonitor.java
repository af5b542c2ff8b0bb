package io.vectwin.jobs.local;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import io.vectwin.schemas.serde.SingleObjectDecodingException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Watches the pipeline from outside, as a user of its topics would: reads the task requests,
 * the decisions, the outcomes and the dead letters, and measures decision latency from the
 * request's creation (its {@code createdAtMillis}, wall clock in real-time simulation) to the
 * moment the decision is consumed here. Counts duplicate decisions (same task id and subtask
 * index) and, by comparing with the requests, missing ones.
 */
public final class DecisionMonitor implements AutoCloseable {

    private static final long MAX_LATENCY_MS = 3_600_000L;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final LongSupplier clock;
    private final AvroSingleObjectSerde<TaskRequest> tasks = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
    private final AvroSingleObjectSerde<OffloadingDecision> decisions = AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
    private final AvroSingleObjectSerde<OffloadingOutcome> outcomes = AvroSingleObjectSerde.forSpecific(OffloadingOutcome.class);
    private final AvroSingleObjectSerde<DeadLetterRecord> deadLetters = AvroSingleObjectSerde.forSpecific(DeadLetterRecord.class);

    private final Object lock = new Object();
    private final Set<String> requested = new HashSet<>();
    /** Requested subtasks (task#j) with a decision for at least one of their segments. */
    private final Set<String> decided = new HashSet<>();
    /** Decided segments (task#m#k): a second decision for one is a duplicate. */
    private final Set<String> decidedSegments = new HashSet<>();
    private final Histogram latencyMs = new Histogram(MAX_LATENCY_MS, 3);
    private final Histogram windowLatencyMs = new Histogram(MAX_LATENCY_MS, 3);
    /** Request created → task ingested by the deciding operator (simulator, Kafka, Flink source). */
    private final Histogram toTwinMs = new Histogram(MAX_LATENCY_MS, 3);
    /** Ingested → decided (the policy). */
    private final Histogram decideMs = new Histogram(MAX_LATENCY_MS, 3);
    /** Decided → consumed here (Flink sink, Kafka, this consumer). */
    private final Histogram deliverMs = new Histogram(MAX_LATENCY_MS, 3);
    private long decisionCount;
    private long duplicates;
    private long outcomeCount;
    private long deadlineMet;
    private long deadLetterCount;
    private long undecodable;
    private String lastDeadLetterReason = "";
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    public DecisionMonitor(String bootstrapServers, LongSupplier clock) {
        this.clock = clock;
        this.consumer = new KafkaConsumer<>(KafkaClientProperties.consumer(bootstrapServers, "vectwin-monitor-" + System.nanoTime(),
                Map.of(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)));
        consumer.subscribe(List.of(Topics.TASKS, Topics.DECISIONS, Topics.OUTCOMES, Topics.DEADLETTER));
        this.thread = new Thread(this::loop, "vectwin-decision-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running.get()) {
            Iterable<ConsumerRecord<byte[], byte[]>> records;
            try {
                records = consumer.poll(Duration.ofMillis(20));
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                break; // close() woke us up
            }
            for (ConsumerRecord<byte[], byte[]> r : records) {
                long now = clock.getAsLong();
                try {
                    accept(r, now);
                } catch (SingleObjectDecodingException e) {
                    synchronized (lock) {
                        undecodable++;
                    }
                }
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    private void accept(ConsumerRecord<byte[], byte[]> r, long now) {
        switch (r.topic()) {
            case Topics.TASKS -> {
                TaskRequest t = tasks.decode(r.value());
                synchronized (lock) {
                    t.getSubtasks().forEach(s -> requested.add(t.getTaskId() + "#" + s.getIndex()));
                }
            }
            case Topics.DECISIONS -> {
                OffloadingDecision d = decisions.decode(r.value());
                long latency = Math.max(0, Math.min(MAX_LATENCY_MS, now - d.getRequestCreatedAtMillis()));
                synchronized (lock) {
                    decisionCount++;
                    // a requested subtask counts as decided once any of its segments is (eq. 58's D_{i,j})
                    decided.add(d.getTaskId() + "#" + issuedSubtask(d));
                    if (!decidedSegments.add(d.getTaskId() + "#" + d.getSegmentsPerSubtask() + "#" + d.getSubtaskIndex())) {
                        duplicates++;
                    } else {
                        latencyMs.recordValue(latency);
                        windowLatencyMs.recordValue(latency);
                        toTwinMs.recordValue(clamp(d.getIngestedAtMillis() - d.getRequestCreatedAtMillis()));
                        decideMs.recordValue(clamp(d.getDecidedAtMillis() - d.getIngestedAtMillis()));
                        deliverMs.recordValue(clamp(now - d.getDecidedAtMillis()));
                    }
                }
            }
            case Topics.OUTCOMES -> {
                OffloadingOutcome o = outcomes.decode(r.value());
                synchronized (lock) {
                    outcomeCount++;
                    if (o.getDeadlineMet()) {
                        deadlineMet++;
                    }
                }
            }
            case Topics.DEADLETTER -> {
                DeadLetterRecord d = deadLetters.decode(r.value());
                synchronized (lock) {
                    deadLetterCount++;
                    lastDeadLetterReason = d.getReason();
                }
            }
            default -> {
            }
        }
    }

    /** The requested subtask a decision is for; a malformed one counts as written (it is the simulator's to reject). */
    private static int issuedSubtask(OffloadingDecision d) {
        int m = d.getSegmentsPerSubtask();
        return d.getSubtaskIndex() < 0 || TaskSegmentation.problem(m).isPresent() ? d.getSubtaskIndex()
                : TaskSegmentation.issuedSubtaskIndex(d.getSubtaskIndex(), m);
    }

    /** Totals so far. */
    public PipelineStats stats(String policy) {
        synchronized (lock) {
            long missing = requested.stream().filter(k -> !decided.contains(k)).count();
            return new PipelineStats(policy, requested.size(), decisionCount, duplicates, missing, outcomeCount, deadLetterCount,
                    percentile(latencyMs, 50), percentile(latencyMs, 99), outcomeCount == 0 ? 0.0 : deadlineMet / (double) outcomeCount,
                    undecodable, lastDeadLetterReason);
        }
    }

    /** p50 and p99 of the decisions since the last call (for periodic progress lines). */
    public double[] windowPercentilesMs() {
        synchronized (lock) {
            double[] p = {percentile(windowLatencyMs, 50), percentile(windowLatencyMs, 99)};
            windowLatencyMs.reset();
            return p;
        }
    }

    /** True once every requested subtask has a decision (in-flight requests excluded by the caller stopping the source first). */
    public boolean allDecided() {
        synchronized (lock) {
            return decided.containsAll(requested);
        }
    }

    /**
     * Forgets the latencies recorded so far (counts are kept), so that percentiles describe the
     * steady state after a warm-up (JIT compilation, Kafka fetch sessions, Flink start-up).
     */
    public void resetLatencies() {
        synchronized (lock) {
            latencyMs.reset();
            windowLatencyMs.reset();
            toTwinMs.reset();
            decideMs.reset();
            deliverMs.reset();
        }
    }

    /** Median of each stage of the decision latency so far: to the twin, deciding, delivering (ms). */
    public double[] stageMediansMs() {
        synchronized (lock) {
            return new double[] {percentile(toTwinMs, 50), percentile(decideMs, 50), percentile(deliverMs, 50)};
        }
    }

    private static long clamp(long ms) {
        return Math.max(0, Math.min(MAX_LATENCY_MS, ms));
    }

    private static double percentile(Histogram h, double p) {
        return h.getTotalCount() == 0 ? 0.0 : h.getValueAtPercentile(p);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(5_000);
    }
}

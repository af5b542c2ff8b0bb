package io.vectwin.ingest.sim;

import io.vectwin.ingest.avro.TimeMapping;
import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The physical-world process: a {@link SimulatorCore} wired to Kafka. Per slot it produces the
 * telemetry and task requests, collects decisions from the decision topic, closes the slot and
 * produces the outcomes:
 * <ul>
 *   <li>real time: a slot lasts τ of wall-clock time (decisions are collected until its end even
 *       when all have arrived), and records carry the wall clock. Slot ends are scheduled from the
 *       start of the run, so slots do not drift; if the process falls a whole slot behind it
 *       re-anchors the schedule instead of bursting through slots with no time for decisions;</li>
 *   <li>fast: a slot closes as soon as every subtask has its decision, or after
 *       {@link SimulatorConfig#fastModeMaxWait()}; records carry epoch0 + slot·τ, epoch0 being the
 *       clock's reading when the run starts.</li>
 * </ul>
 *
 * <p>Kafka clients are created and used on the thread of {@link #run()} only; {@link #close()}
 * may be called from any thread: it ends the current slot early (its outcomes are still produced),
 * flushes, and waits for the loop to finish. Undecodable messages on the decision topic are
 * counted and logged with the reason and skipped (the twin, not the simulator, owns the
 * dead-letter topic). Send failures are counted and logged; with {@code acks=all} and idempotence
 * they mean the broker is gone, and the run goes on so that the failure is visible in
 * {@link #sendFailures()} rather than hidden by a crash.
 *
 * <p>The four topics must exist (or the broker must auto-create them): the run starts by fetching
 * the metadata of the topics it writes, and fails if that does not succeed within the producer's
 * {@code max.block.ms}.
 */
public final class KafkaSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSimulator.class);

    /** How long the run waits for its consumer to be assigned the decision topic before slot 0. */
    static final Duration ASSIGNMENT_WAIT = Duration.ofSeconds(10);
    /** How long {@link #close()} waits for the loop to finish its slot and close the clients. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    private static final Duration CLIENT_CLOSE_WAIT = Duration.ofSeconds(5);

    private final SimulatorConfig config;
    private final Clock clock;
    private final AvroSingleObjectSerde<EntityTelemetry> telemetrySerde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);
    private final AvroSingleObjectSerde<io.vectwin.schemas.TaskRequest> taskSerde =
            AvroSingleObjectSerde.forSpecific(io.vectwin.schemas.TaskRequest.class);
    private final AvroSingleObjectSerde<OffloadingDecision> decisionSerde =
            AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
    private final AvroSingleObjectSerde<OffloadingOutcome> outcomeSerde = AvroSingleObjectSerde.forSpecific(OffloadingOutcome.class);

    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicLong sendFailures = new AtomicLong();
    private volatile boolean stopRequested;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread runner;
    private volatile SimulatorCounters counters = SimulatorCounters.ZERO;
    private volatile Throwable failure;

    /** A simulator on the system clock. Connects to nothing until {@link #run()} or {@link #start()}. */
    public KafkaSimulator(SimulatorConfig config) {
        this(config, Clock.systemUTC());
    }

    /**
     * A simulator whose event times come from {@code clock} (real time: every stamp; fast mode:
     * epoch0). A fixed clock makes fast-mode records reproducible bit for bit.
     */
    public KafkaSimulator(SimulatorConfig config, Clock clock) {
        this.config = Require.notNull("config", config);
        this.clock = Require.notNull("clock", clock);
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Runs the loop on a daemon thread named {@code vectwin-simulator}; returns at once. */
    public KafkaSimulator start() {
        Thread t = new Thread(this::runQuietly, "vectwin-simulator");
        t.setDaemon(true);
        runner = t;
        t.start();
        return this;
    }

    /**
     * Runs the loop on the calling thread until {@link SimulatorConfig#durationSlots()} slots are
     * done or {@link #close()} is called. At most once per instance.
     *
     * @throws IllegalStateException if the simulator was already started
     */
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the simulator was already started");
        }
        KafkaProducer<byte[], byte[]> producer = null;
        KafkaConsumer<byte[], byte[]> c = null;
        try {
            producer = new KafkaProducer<>(producerProperties());
            c = new KafkaConsumer<>(consumerProperties());
            consumer = c;
            if (stopRequested) {
                return;
            }
            loop(producer, c);
            producer.flush();
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("simulator stopped by an error", e);
            throw e;
        } finally {
            consumer = null;
            closeQuietly(c);
            closeQuietly(producer);
            finished.countDown();
        }
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException | Error e) {
            // logged and kept in failure(); a daemon thread has nobody to rethrow to
        }
    }

    private void loop(KafkaProducer<byte[], byte[]> producer, KafkaConsumer<byte[], byte[]> c) {
        double tau = config.slotSeconds();
        long tauNanos = Math.round(tau * 1e9);
        SlotClock slotClock = config.realTime() ? SlotClock.wallClock(clock)
                : SlotClock.simulated(new TimeMapping(clock.millis()), tau);
        SimulatorCore core = new SimulatorCore(config, slotClock);
        SimulatorConfig.Topics topics = config.topics();

        // fetch the output topics' metadata now, so that slot 0 does not pay for it and a missing
        // topic fails the run here (after max.block.ms) with Kafka's message naming it
        for (String topic : List.of(topics.telemetry(), topics.tasks(), topics.outcomes())) {
            producer.partitionsFor(topic);
        }
        c.subscribe(List.of(topics.decisions()));
        awaitAssignment(c, core);
        LOG.info("simulator running: V={} U={} B={} seed={} profile={} {} mode, {} slots", config.vehicles(), config.uavs(),
                config.baseStations(), config.seed(), config.profile().cliName(), config.realTime() ? "real-time" : "fast",
                config.isBounded() ? config.durationSlots() : "unbounded");

        long anchorNanos = System.nanoTime();
        long reanchors = 0;
        for (long n = 0; n < config.durationSlots() && !stopRequested; n++) {
            SlotRecords records = core.openSlot();
            for (EntityTelemetry t : records.telemetry()) {
                send(producer, topics.telemetry(), RecordKeys.of(t), t.getEventTimeMillis(), telemetrySerde.encode(t));
            }
            for (io.vectwin.schemas.TaskRequest t : records.tasks()) {
                send(producer, topics.tasks(), RecordKeys.of(t), t.getCreatedAtMillis(), taskSerde.encode(t));
            }

            long deadline;
            if (config.realTime()) {
                deadline = anchorNanos + (n + 1) * tauNanos;
                long now = System.nanoTime();
                if (now >= deadline) {
                    anchorNanos = now - n * tauNanos;
                    deadline = now + tauNanos;
                    // slot 0 runs on a cold JVM (class loading, JIT): being late there says nothing
                    if (n > 0 && reanchors++ % 100 == 0) {
                        LOG.warn("simulator fell a slot behind real time at slot {} ({} times so far); re-anchoring",
                                records.slot(), reanchors);
                    }
                }
            } else {
                deadline = System.nanoTime() + config.fastModeMaxWait().toNanos();
            }
            collectDecisions(c, core, deadline, !config.realTime());

            for (OffloadingOutcome o : core.closeSlot()) {
                send(producer, topics.outcomes(), RecordKeys.of(o), o.getObservedAtMillis(), outcomeSerde.encode(o));
            }
            counters = core.counters();
        }
        counters = core.counters();
        LOG.info("simulator finished: {}", counters);
    }

    /** Offers decisions to the core until {@code deadlineNanos}, a stop, or (fast mode) every subtask is decided. */
    private void collectDecisions(KafkaConsumer<byte[], byte[]> c, SimulatorCore core, long deadlineNanos,
            boolean untilAllDecided) {
        while (!stopRequested) {
            if (untilAllDecided && core.openSubtasks() == 0) {
                return;
            }
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            offerAll(core, poll(c, Duration.ofNanos(remaining)));
        }
    }

    private void awaitAssignment(KafkaConsumer<byte[], byte[]> c, SimulatorCore core) {
        long deadline = System.nanoTime() + ASSIGNMENT_WAIT.toNanos();
        while (!stopRequested && c.assignment().isEmpty() && System.nanoTime() < deadline) {
            offerAll(core, poll(c, Duration.ofMillis(50)));
        }
        if (!stopRequested && c.assignment().isEmpty()) {
            LOG.warn("no partition of {} assigned after {}; running anyway (decisions will be read once assigned)",
                    config.topics().decisions(), ASSIGNMENT_WAIT);
        }
    }

    private ConsumerRecords<byte[], byte[]> poll(KafkaConsumer<byte[], byte[]> c, Duration timeout) {
        try {
            return c.poll(timeout);
        } catch (WakeupException e) {
            // close() woke us up; the caller sees stopRequested
            return ConsumerRecords.empty();
        }
    }

    private void offerAll(SimulatorCore core, ConsumerRecords<byte[], byte[]> records) {
        for (ConsumerRecord<byte[], byte[]> r : records) {
            OffloadingDecision d;
            try {
                d = decisionSerde.decode(r.value());
            } catch (RuntimeException e) {
                core.noteUndecodableDecision();
                LOG.warn("skipping undecodable decision {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
                continue;
            }
            core.offer(d);
        }
    }

    private void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, long timestampMillis, byte[] value) {
        Callback onFailure = (metadata, e) -> {
            if (e != null) {
                long n = sendFailures.incrementAndGet();
                LOG.error("send to {} (key {}) failed ({} failures so far): {}", topic, key, n, e.toString());
            }
        };
        producer.send(new ProducerRecord<>(topic, null, timestampMillis, key.getBytes(StandardCharsets.UTF_8), value),
                onFailure);
    }

    private Properties producerProperties() {
        return KafkaClientProperties.producer(config.bootstrapServers(), config.consumerGroupId() + "-producer");
    }

    private Properties consumerProperties() {
        // the simulator reads each run's decisions once; committing lets a restarted simulator resume
        return KafkaClientProperties.consumer(config.bootstrapServers(), config.consumerGroupId(), Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, config.consumerGroupId() + "-consumer",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true"));
    }

    /** The counters as of the last closed slot. */
    public SimulatorCounters counters() {
        return counters;
    }

    /** Records the producer failed to send. */
    public long sendFailures() {
        return sendFailures.get();
    }

    /** The error that ended the run, if one did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Whether the loop has started and not yet finished. */
    public boolean isRunning() {
        return started.get() && finished.getCount() > 0;
    }

    /**
     * Waits for the run to finish (a bounded duration, a {@link #close()}, or an error).
     *
     * @return true if it finished within {@code timeout}; false if it did not, or was never started
     */
    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        Require.notNull("timeout", timeout);
        if (!started.get() && runner == null) {
            return false;
        }
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops the loop (the open slot is closed and its outcomes produced) and waits for it to release Kafka. */
    @Override
    public void close() {
        stopRequested = true;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        boolean running = started.get() || runner != null;
        if (!running || Thread.currentThread() == runner) {
            return;
        }
        try {
            if (!finished.await(CLOSE_WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.warn("simulator did not stop within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable client) {
        if (client == null) {
            return;
        }
        try {
            if (client instanceof KafkaProducer<?, ?> p) {
                p.close(CLIENT_CLOSE_WAIT);
            } else if (client instanceof KafkaConsumer<?, ?> k) {
                k.close(CloseOptions.timeout(CLIENT_CLOSE_WAIT));
            } else {
                client.close();
            }
        } catch (Exception e) {
            LOG.warn("closing {} failed: {}", client.getClass().getSimpleName(), e.toString());
        }
    }
}

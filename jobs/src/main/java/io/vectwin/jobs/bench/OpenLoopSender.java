package io.vectwin.jobs.bench;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends the requests of a phase on its {@link OpenLoopSchedule}: at every wake-up all requests
 * that are due go out, then the thread parks until the next one is due. It never waits for an
 * answer, so the offered load does not bend to the system under test. The producer is the
 * simulator's ({@link KafkaClientProperties#producer}: idempotent, {@code acks=all},
 * {@code linger.ms=0}), so a request leaves as a vehicle's would.
 */
public final class OpenLoopSender implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final AvroSingleObjectSerde<TaskRequest> serde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
    private final BenchTasks tasks;
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>("");
    /** Wall-clock ns minus nanoTime, so due times map to event times (createdAtMillis). */
    private final long wallMinusNanoTime = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

    public OpenLoopSender(String bootstrap, Map<String, String> clientProperties, BenchTasks tasks) {
        this.producer = new KafkaProducer<>(KafkaClientProperties.producer(bootstrap, "vectwin-bench-load", clientProperties));
        this.tasks = tasks;
    }

    /**
     * Sends requests {@code 0 … count-1} of {@code phase} to {@code topic}, each at its due time,
     * on the calling thread; returns when all are handed to the producer or {@code stop} says so.
     *
     * @return how many requests went out, and the largest delay between a request's due time and
     *         its hand-over to the producer (the tool's own lag: if it approaches the measured
     *         latencies, the tool limits the run)
     */
    public Sent send(String topic, String phase, OpenLoopSchedule schedule, long count, BooleanSupplier stop) {
        long maxLag = 0;
        long i = 0;
        while (i < count && !stop.getAsBoolean()) {
            long now = System.nanoTime();
            long due = schedule.dueNanos(i);
            if (due > now) {
                LockSupport.parkNanos(due - now);
                continue;
            }
            while (i < count && (due = schedule.dueNanos(i)) <= now) {
                TaskRequest request = tasks.request(phase, i, (due + wallMinusNanoTime) / 1_000_000L);
                producer.send(new ProducerRecord<>(topic, request.getVehicleId().toString().getBytes(StandardCharsets.UTF_8),
                        serde.encode(request)), (metadata, error) -> {
                            if (error != null) {
                                sendErrors.incrementAndGet();
                                lastError.set(error.toString());
                            }
                        });
                i++;
                now = System.nanoTime();
                maxLag = Math.max(maxLag, now - due);
            }
        }
        producer.flush();
        return new Sent(i, Duration.ofNanos(maxLag));
    }

    /** What {@link #send} sent: {@code count} requests, the first ones of the phase. */
    public record Sent(long count, Duration maxLag) {
    }

    /** Requests the producer failed to deliver so far. */
    public long sendErrors() {
        return sendErrors.get();
    }

    public String lastError() {
        return lastError.get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}

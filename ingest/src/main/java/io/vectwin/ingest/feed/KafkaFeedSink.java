package io.vectwin.ingest.feed;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces a feed into the twin's topics: telemetry keyed by entity id, task requests keyed by
 * vehicle id (as the simulator does), both stamped with their event time, Avro single-object
 * encoded; rejects go to the dead-letter topic as a {@link DeadLetterRecord} whose
 * {@code sourceTopic} is the feed file, {@code partition} −1 (not a Kafka partition),
 * {@code offset} the line number, {@code rawBytes} the line as read and {@code reason}
 * {@code file:line: reason}; keyed by the feed file. An explicit reject log, if given, gets them too.
 */
public final class KafkaFeedSink implements FeedRecordSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFeedSink.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    /** The topics a feed writes. */
    public record Topics(String telemetry, String tasks, String deadLetters) {
        public Topics {
            Objects.requireNonNull(telemetry, "telemetry");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(deadLetters, "deadLetters");
        }
    }

    private final KafkaProducer<byte[], byte[]> producer;
    private final Topics topics;
    private final String file;
    private final FeedRejectLog alsoRejectsTo;
    private final Clock clock;
    private final AvroSingleObjectSerde<EntityTelemetry> telemetrySerde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);
    private final AvroSingleObjectSerde<TaskRequest> taskSerde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
    private final AvroSingleObjectSerde<DeadLetterRecord> deadLetterSerde =
            AvroSingleObjectSerde.forSpecific(DeadLetterRecord.class);
    private final AtomicLong failures = new AtomicLong();

    /**
     * @param bootstrap       Kafka bootstrap servers
     * @param clientOverrides client settings applied last and unchanged (security: SASL, TLS, ...)
     * @param topics          where to write
     * @param file            the feed file, as named in dead letters
     * @param alsoRejectsTo   a reject log that also receives every reject, or null
     */
    public KafkaFeedSink(String bootstrap, Map<String, ?> clientOverrides, Topics topics, String file,
            FeedRejectLog alsoRejectsTo, Clock clock) {
        this.producer = new KafkaProducer<>(KafkaClientProperties.producer(bootstrap, "vectwin-feed", clientOverrides));
        this.topics = topics;
        this.file = file;
        this.alsoRejectsTo = alsoRejectsTo;
        this.clock = clock;
        try {
            // fail now, naming the topic, rather than on the first record
            for (String topic : List.of(topics.telemetry(), topics.tasks(), topics.deadLetters())) {
                producer.partitionsFor(topic);
            }
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
    }

    @Override
    public void telemetry(EntityTelemetry t) {
        send(topics.telemetry(), t.getEntityId(), t.getEventTimeMillis(), telemetrySerde.encode(t));
    }

    @Override
    public void task(TaskRequest t) {
        send(topics.tasks(), t.getVehicleId(), t.getCreatedAtMillis(), taskSerde.encode(t));
    }

    @Override
    public void reject(FeedReject r) {
        long now = clock.millis();
        DeadLetterRecord d = DeadLetterRecord.newBuilder()
                .setSourceTopic(file)
                .setPartition(-1)
                .setOffset(lineOf(r.location()))
                .setRawBytes(ByteBuffer.wrap(r.rawBytes()))
                .setReason(r.describe())
                .setFailedAtMillis(now)
                .build();
        send(topics.deadLetters(), file, now, deadLetterSerde.encode(d));
        if (alsoRejectsTo != null) {
            alsoRejectsTo.write(r);
        }
    }

    /** The line number at the end of "file:line", or −1. */
    static long lineOf(String location) {
        int colon = location.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Long.parseLong(location.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void send(String topic, String key, long timestampMillis, byte[] value) {
        producer.send(new ProducerRecord<>(topic, null, timestampMillis, key.getBytes(StandardCharsets.UTF_8), value),
                (metadata, e) -> {
                    if (e != null) {
                        long n = failures.incrementAndGet();
                        if (n == 1 || n % 1000 == 0) {
                            LOG.error("send to {} (key {}) failed ({} failures so far): {}", topic, key, n, e.toString());
                        }
                    }
                });
    }

    @Override
    public long failures() {
        return failures.get();
    }

    @Override
    public void flush() {
        producer.flush();
        if (alsoRejectsTo != null) {
            alsoRejectsTo.flush();
        }
    }

    @Override
    public void close() {
        producer.close(CLOSE_WAIT);
    }
}

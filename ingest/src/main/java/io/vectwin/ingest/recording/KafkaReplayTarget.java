package io.vectwin.ingest.recording;

import io.vectwin.model.params.Require;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ReplayTarget} on a Kafka producer. Send failures (the broker gone, a topic missing)
 * are counted and the first one kept, so that the replay's summary shows them instead of a crash
 * losing the count of what did go out.
 */
public final class KafkaReplayTarget implements ReplayTarget, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaReplayTarget.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>("");

    /** @param producerProperties a byte-array producer's settings, e.g. from {@link io.vectwin.ingest.kafka.KafkaClientProperties#producer} */
    public KafkaReplayTarget(Properties producerProperties) {
        this.producer = new KafkaProducer<>(Require.notNull("producerProperties", producerProperties));
    }

    @Override
    public void send(String topic, String key, long timestampMillis, byte[] value) {
        producer.send(new ProducerRecord<>(topic, null, timestampMillis, key.getBytes(StandardCharsets.UTF_8), value),
                (metadata, e) -> {
                    if (e != null) {
                        long n = failures.incrementAndGet();
                        firstFailure.compareAndSet("", topic + ": " + e.getMessage());
                        if (n == 1) {
                            LOG.error("replay: send to {} (key {}) failed: {}", topic, key, e.toString());
                        }
                    }
                });
    }

    @Override
    public void flush() {
        producer.flush();
    }

    /** Records the producer could not deliver. */
    public long failures() {
        return failures.get();
    }

    /** The topic and reason of the first failed send, "" if none. */
    public String firstFailure() {
        return firstFailure.get();
    }

    @Override
    public void close() {
        producer.close(CLOSE_WAIT);
    }
}

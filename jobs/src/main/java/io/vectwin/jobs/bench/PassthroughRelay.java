package io.vectwin.jobs.bench;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.jobs.io.KafkaEndpoints;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The reference the pipeline is compared with: a bare Kafka consume → produce loop that copies
 * every record of one topic to another, unchanged, with no decoding and no processing. It uses
 * the twin job's own client settings — the source's {@code fetch.min.bytes=1},
 * {@code fetch.max.wait.ms}, {@code read_committed}, and the at-least-once sink's
 * {@code acks=all}, idempotence and the job's {@code linger.ms} (see
 * {@code io.vectwin.jobs.io.KafkaEndpoints}, {@code TwinJobConfig.sinkLinger}) — so the
 * difference between the two latencies is what Flink and the twin add, not a difference in how
 * Kafka is asked.
 */
public final class PassthroughRelay implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final String to;
    private final Thread thread;
    private final AtomicLong copied = new AtomicLong();
    private volatile boolean running = true;
    private volatile Throwable failure;

    /**
     * Starts copying {@code from} → {@code to}, from the current end of {@code from}, producing with
     * the twin job's sink {@code linger}.
     */
    public PassthroughRelay(String bootstrap, Map<String, String> clientProperties, String from, String to,
            Duration linger) {
        this.to = to;
        Map<String, Object> consumerSettings = new HashMap<>(Map.of(
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, KafkaEndpoints.SOURCE_FETCH_MAX_WAIT_MS,
                ConsumerConfig.CLIENT_ID_CONFIG, "vectwin-bench-passthrough-in"));
        consumerSettings.putAll(clientProperties);
        this.consumer = new KafkaConsumer<>(KafkaClientProperties.consumer(bootstrap, "vectwin-bench-passthrough",
                consumerSettings));
        Map<String, Object> producerSettings = new HashMap<>(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "vectwin-bench-passthrough-out",
                ProducerConfig.LINGER_MS_CONFIG, Long.toString(linger.toMillis())));
        producerSettings.putAll(clientProperties);
        this.producer = new KafkaProducer<>(KafkaClientProperties.producer(bootstrap, "vectwin-bench-passthrough-out",
                producerSettings));
        List<TopicPartition> partitions = consumer.partitionsFor(from, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(from, p.partition())).toList();
        if (partitions.isEmpty()) {
            close();
            throw new IllegalStateException("topic " + from + " has no partitions at " + bootstrap);
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::loop, "bench-passthrough");
        thread.setDaemon(true);
        thread.start();
    }

    /** Records copied so far. */
    public long copied() {
        return copied.get();
    }

    /** The error that stopped the relay, if any. */
    public Throwable failure() {
        return failure;
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    producer.send(new ProducerRecord<>(to, r.key(), r.value()));
                    copied.incrementAndGet();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        consumer.close(Duration.ofSeconds(2));
        producer.close(Duration.ofSeconds(5));
    }
}

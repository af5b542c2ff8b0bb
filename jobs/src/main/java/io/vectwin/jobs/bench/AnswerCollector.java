package io.vectwin.jobs.bench;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads the answers of the system under test (decisions, or the passthrough's copies) from the
 * end of their topic on a thread of its own, and hands every answer of the tracked phase to its
 * {@link PhaseTally} with the moment it was consumed — the end of the measured latency.
 * Answers to other phases (late stragglers of an earlier phase) are ignored.
 */
public final class AnswerCollector implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Function<byte[], Answer> read;
    private final Thread thread;
    private final AtomicLong undecodable = new AtomicLong();
    private volatile PhaseTally tracked;
    private volatile boolean running = true;
    private volatile Throwable failure;

    /**
     * What one record on the answer topic says.
     *
     * @param taskId         the task it belongs to
     * @param answersRequest whether it is the request's answer, whose arrival ends the latency (a
     *                       decision of segment 0); other records of the task (its other segments'
     *                       decisions) are only counted
     */
    public record Answer(CharSequence taskId, boolean answersRequest) {
    }

    /**
     * Starts reading {@code topic} from its current end.
     *
     * @param read what a record's value says; throws on a value it cannot decode
     */
    public AnswerCollector(String bootstrap, Map<String, String> clientProperties, String topic,
            Function<byte[], Answer> read) {
        this.read = read;
        Map<String, Object> settings = new java.util.HashMap<>(Map.of(
                // answer at once when one is there; the wait bounds only the idle case
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000",
                ConsumerConfig.CLIENT_ID_CONFIG, "vectwin-bench-answers-" + topic));
        settings.putAll(clientProperties);
        this.consumer = new KafkaConsumer<>(KafkaClientProperties.consumer(bootstrap, "vectwin-bench-answers", settings));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("topic " + topic + " has no partitions at " + bootstrap);
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before the first request goes out
        this.thread = new Thread(this::loop, "bench-answers-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** From now on, answers whose task id belongs to {@code tally}'s phase go to it. */
    public void track(PhaseTally tally) {
        this.tracked = tally;
    }

    /** Answers whose value could not be decoded (counted, skipped). */
    public long undecodable() {
        return undecodable.get();
    }

    /** The error that stopped the reading thread, if any. */
    public Throwable failure() {
        return failure;
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                long consumedAt = System.nanoTime();
                PhaseTally tally = tracked;
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    Answer answer;
                    try {
                        answer = read.apply(r.value());
                    } catch (RuntimeException e) {
                        undecodable.incrementAndGet();
                        continue;
                    }
                    if (tally != null) {
                        long index = BenchTasks.indexOf(answer.taskId(), tally.phase());
                        if (index >= 0) {
                            tally.recordOutput(index);
                            if (answer.answersRequest()) {
                                tally.record(index, consumedAt);
                            }
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}

package io.vectwin.ingest.recording;

import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records live traffic: consumes the telemetry and task topics of a Kafka cluster for a while and
 * writes every record with {@code recordedAtMillis} = its Kafka timestamp, in the order consumed.
 * The consumer is assigned every partition of both topics (no group membership, no commits: a
 * recording is an observer and must not move anyone's offsets).
 *
 * <p>A record that does not decode as its topic's type is counted as rejected and logged with its
 * partition, offset and reason; it never stops the recording. {@link #stop()} may be called from
 * any thread and ends the recording after the current poll.
 */
public final class TopicRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(TopicRecorder.class);
    private static final Duration MAX_POLL = Duration.ofMillis(200);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /** Rejections logged one by one before the log goes quiet (the count goes on). */
    private static final int LOGGED_REJECTIONS = 20;

    /** Where in the topics the recording begins. */
    public enum StartAt {
        /** Only what is produced after the recording starts (live traffic). */
        LATEST,
        /** Everything the topics still hold, then what follows. */
        EARLIEST
    }

    /**
     * What a recording took in.
     *
     * @param telemetry      telemetry records written
     * @param tasks          task requests written
     * @param rejected       records that did not decode, not written
     * @param firstRejection "topic-partition@offset: reason" of the first rejected record, "" if none
     */
    public record Result(long telemetry, long tasks, long rejected, String firstRejection) {

        public long recorded() {
            return telemetry + tasks;
        }
    }

    private final Properties consumerProperties;
    private final TopicNames topics;
    private final StartAt startAt;
    private final AvroSingleObjectSerde<EntityTelemetry> telemetrySerde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);
    private final AvroSingleObjectSerde<TaskRequest> taskSerde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
    private volatile boolean stopRequested;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    /**
     * @param consumerProperties a byte-array consumer's settings, e.g. from
     *                           {@link io.vectwin.ingest.kafka.KafkaClientProperties#consumer}
     * @param topics             the topics to record
     * @param startAt            where to begin
     */
    public TopicRecorder(Properties consumerProperties, TopicNames topics, StartAt startAt) {
        this.consumerProperties = Require.notNull("consumerProperties", consumerProperties);
        this.topics = Require.notNull("topics", topics);
        this.startAt = Require.notNull("startAt", startAt);
    }

    /**
     * Records for {@code duration} of wall-clock time (or until {@link #stop()}) into {@code writer}.
     *
     * @throws IllegalStateException if a topic does not exist on the cluster
     */
    public Result record(RecordingWriter writer, Duration duration) {
        Require.notNull("writer", writer);
        Require.notNull("duration", duration);
        long deadline = System.nanoTime() + duration.toNanos();
        long telemetry = 0;
        long tasks = 0;
        long rejected = 0;
        String firstRejection = "";
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProperties)) {
            consumer = c;
            List<TopicPartition> partitions = new ArrayList<>();
            partitions.addAll(partitionsOf(c, topics.telemetry()));
            partitions.addAll(partitionsOf(c, topics.tasks()));
            c.assign(partitions);
            if (startAt == StartAt.EARLIEST) {
                c.seekToBeginning(partitions);
            } else {
                c.seekToEnd(partitions);
            }
            partitions.forEach(c::position); // resolve the start now: what is produced from here on is recorded
            while (!stopRequested) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                Iterable<ConsumerRecord<byte[], byte[]>> records;
                try {
                    records = c.poll(Duration.ofNanos(Math.min(remaining, MAX_POLL.toNanos())));
                } catch (WakeupException e) {
                    break; // stop() woke us up
                }
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    try {
                        if (r.topic().equals(topics.telemetry())) {
                            writer.append(telemetrySerde.decode(r.value()), r.timestamp());
                            telemetry++;
                        } else {
                            writer.append(taskSerde.decode(r.value()), r.timestamp());
                            tasks++;
                        }
                    } catch (RecordingFileException e) {
                        throw e; // the file, not the record, is at fault: stop
                    } catch (RuntimeException e) {
                        rejected++;
                        String where = r.topic() + "-" + r.partition() + "@" + r.offset() + ": " + e.getMessage();
                        if (firstRejection.isEmpty()) {
                            firstRejection = where;
                        }
                        if (rejected <= LOGGED_REJECTIONS) {
                            LOG.warn("not recorded (undecodable): {}", where);
                        }
                    }
                }
            }
            c.close(CloseOptions.timeout(CLOSE_WAIT));
        } finally {
            consumer = null;
        }
        return new Result(telemetry, tasks, rejected, firstRejection);
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> c, String topic) {
        List<PartitionInfo> infos = c.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist on the cluster");
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** Ends the recording after the current poll; safe from any thread. */
    public void stop() {
        stopRequested = true;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }
}

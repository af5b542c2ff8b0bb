package io.vectwin.jobs.io;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.OffloadingDecision;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The job's Kafka sources and sinks, with every client setting spelled out. Sources read raw
 * bytes (decoding happens in the job, so bad bytes reach the dead-letter topic); sinks write Avro
 * single-object encoded records keyed by entity id. Each takes an optional map of client
 * properties applied last and unchanged (a cluster's security settings: SASL, TLS; see
 * {@code vectwin attach --client-config}).
 */
public final class KafkaEndpoints {

    /** Must not exceed the broker's transaction.max.timeout.ms (15 min by default). */
    static final int TRANSACTION_TIMEOUT_MS = 600_000;

    private KafkaEndpoints() {
    }

    /**
     * The twin-model source ({@link io.vectwin.jobs.kafka.Topics#MODELS}): from the latest offset —
     * only models published while the job runs replace the one it started with — and with fetch
     * sizes that take a whole model record.
     */
    public static KafkaSource<RawKafkaRecord> modelSource(TwinJobConfig config, String topic,
            Map<String, String> clientProperties) {
        String max = Integer.toString(io.vectwin.jobs.kafka.Topics.MODEL_MAX_BYTES);
        var builder = KafkaSource.<RawKafkaRecord>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setTopics(topic)
                .setGroupId(config.groupId() + "-models")
                .setClientIdPrefix(config.groupId() + "-" + topic)
                .setStartingOffsets(OffsetsInitializer.latest())
                .setDeserializer(new RawRecordDeserializer())
                .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .setProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, max)
                .setProperty(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, max)
                .setProperty("partition.discovery.interval.ms", "10000")
                .setProperty("commit.offsets.on.checkpoint", "false");
        clientProperties.forEach(builder::setProperty);
        return builder.build();
    }

    /**
     * How long the broker may park a source's fetch while its partitions have nothing new. It adds
     * no latency: with {@code fetch.min.bytes=1} a parked fetch is answered as soon as a record is
     * appended. A short wait only makes every idle source fetch again and again (at 5 ms, 200
     * requests/s per source — broker CPU and garbage on a machine that has none to spare).
     */
    public static final String SOURCE_FETCH_MAX_WAIT_MS = "500";

    /** A raw-bytes source on {@code topic}, from the committed offsets of the job's group or else the earliest. */
    public static KafkaSource<RawKafkaRecord> rawSource(TwinJobConfig config, String topic) {
        return rawSource(config, topic, Map.of());
    }

    /** {@link #rawSource(TwinJobConfig, String)} with {@code clientProperties} applied last. */
    public static KafkaSource<RawKafkaRecord> rawSource(TwinJobConfig config, String topic,
            Map<String, String> clientProperties) {
        var builder = KafkaSource.<RawKafkaRecord>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setTopics(topic)
                .setGroupId(config.groupId())
                .setClientIdPrefix(config.groupId() + "-" + topic)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(
                        org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer())
                .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, SOURCE_FETCH_MAX_WAIT_MS)
                .setProperty(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1")
                .setProperty("partition.discovery.interval.ms", "10000")
                .setProperty("commit.offsets.on.checkpoint", "true");
        clientProperties.forEach(builder::setProperty);
        return builder.build();
    }

    public static KafkaSink<OffloadingDecision> decisionsSink(TwinJobConfig config, String topic) {
        return decisionsSink(config, topic, Map.of());
    }

    public static KafkaSink<OffloadingDecision> decisionsSink(TwinJobConfig config, String topic,
            Map<String, String> clientProperties) {
        return sink(config, topic, OffloadingDecision.class, OffloadingDecision::getVehicleId, "decisions",
                clientProperties);
    }

    public static KafkaSink<DeadLetterRecord> deadLetterSink(TwinJobConfig config, String topic) {
        return deadLetterSink(config, topic, Map.of());
    }

    public static KafkaSink<DeadLetterRecord> deadLetterSink(TwinJobConfig config, String topic,
            Map<String, String> clientProperties) {
        return sink(config, topic, DeadLetterRecord.class, DeadLetterRecord::getSourceTopic, "deadletter",
                clientProperties);
    }

    private static <T extends SpecificRecord> KafkaSink<T> sink(TwinJobConfig config, String topic, Class<T> type,
            SerializableFunction<T, String> key, String name, Map<String, String> clientProperties) {
        var builder = KafkaSink.<T>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setRecordSerializer(new AvroRecordSerializer<>(topic, type, key))
                .setProperty(ProducerConfig.LINGER_MS_CONFIG, Long.toString(config.sinkLinger().toMillis()))
                .setProperty(ProducerConfig.ACKS_CONFIG, "all")
                .setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .setProperty(ProducerConfig.CLIENT_ID_CONFIG, config.groupId() + "-" + name);
        if (config.exactlyOnce()) {
            builder.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                    .setTransactionalIdPrefix(config.groupId() + "-" + name)
                    .setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Integer.toString(TRANSACTION_TIMEOUT_MS));
        } else {
            builder.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE);
        }
        clientProperties.forEach(builder::setProperty);
        return builder.build();
    }
}

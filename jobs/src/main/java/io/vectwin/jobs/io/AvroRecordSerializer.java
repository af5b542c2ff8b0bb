package io.vectwin.jobs.io;

import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.charset.StandardCharsets;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes Avro records to one topic in single-object encoding, keyed by an entity id taken from
 * the record (so every record about an entity lands in the same partition, in order).
 */
public final class AvroRecordSerializer<T extends SpecificRecord> implements KafkaRecordSerializationSchema<T> {

    private final String topic;
    private final Class<T> recordClass;
    private final SerializableFunction<T, String> key;

    private transient AvroSingleObjectSerde<T> serde;

    public AvroRecordSerializer(String topic, Class<T> recordClass, SerializableFunction<T, String> key) {
        this.topic = topic;
        this.recordClass = recordClass;
        this.key = key;
    }

    @Override
    public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
        serde = AvroSingleObjectSerde.forSpecific(recordClass);
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long timestamp) {
        if (serde == null) {
            serde = AvroSingleObjectSerde.forSpecific(recordClass);
        }
        String k = key.apply(element);
        return new ProducerRecord<>(topic, null, timestamp, k == null ? null : k.getBytes(StandardCharsets.UTF_8),
                serde.encode(element));
    }
}

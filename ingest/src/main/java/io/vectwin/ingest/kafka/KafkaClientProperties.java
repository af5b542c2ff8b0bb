package io.vectwin.ingest.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The explicit Kafka client settings of vectwin's simulator and tools. Records are bytes (Avro single-object
 * encoding, see {@code schemas}), keyed by entity id. Every setting that matters is spelled out rather than
 * left to a default that may change between Kafka versions (Kafka 4 changed {@code linger.ms} from 0 to 5).
 * Any key can be overridden with a map.
 */
public final class KafkaClientProperties {

    private KafkaClientProperties() {
    }

    /**
     * An idempotent producer of byte arrays: {@code acks=all}, {@code enable.idempotence=true}, {@code linger.ms=0}
     * (send at once: the twin's latency budget is one 20 ms slot).
     */
    public static Properties producer(String bootstrap, String clientId) {
        return producer(bootstrap, clientId, Map.of());
    }

    /** {@link #producer(String, String)} with {@code overrides} applied last. */
    public static Properties producer(String bootstrap, String clientId, Map<String, ?> overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, requireText(bootstrap, "bootstrap"));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, requireText(clientId, "clientId"));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        putAll(p, overrides);
        return p;
    }

    /**
     * A consumer of byte arrays in group {@code groupId}: {@code isolation.level=read_committed} (only what
     * exactly-once writers committed), {@code auto.offset.reset=earliest}, {@code enable.auto.commit=false}
     * (a tool commits when it has done its work; Flink's source manages offsets itself).
     */
    public static Properties consumer(String bootstrap, String groupId) {
        return consumer(bootstrap, groupId, Map.of());
    }

    /** {@link #consumer(String, String)} with {@code overrides} applied last. */
    public static Properties consumer(String bootstrap, String groupId, Map<String, ?> overrides) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, requireText(bootstrap, "bootstrap"));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, requireText(groupId, "groupId"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        putAll(p, overrides);
        return p;
    }

    private static void putAll(Properties p, Map<String, ?> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        overrides.forEach((key, value) -> {
            Objects.requireNonNull(key, "override key");
            if (value == null) {
                p.remove(key); // back to Kafka's default
            } else {
                p.put(key, value);
            }
        });
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}

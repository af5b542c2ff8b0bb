package io.vectwin.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The client settings, without a broker. */
class KafkaClientPropertiesTest {

    @Test
    void producerSettingsAreExplicit() {
        Properties p = KafkaClientProperties.producer("127.0.0.1:9092", "sim");
        assertThat(p).containsOnly(
                Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"),
                Map.entry(ProducerConfig.CLIENT_ID_CONFIG, "sim"),
                Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                Map.entry(ProducerConfig.LINGER_MS_CONFIG, "0"),
                Map.entry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()),
                Map.entry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    @Test
    void consumerSettingsAreExplicit() {
        Properties p = KafkaClientProperties.consumer("127.0.0.1:9092", "tools");
        assertThat(p).containsOnly(
                Map.entry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"),
                Map.entry(ConsumerConfig.GROUP_ID_CONFIG, "tools"),
                Map.entry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                Map.entry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()),
                Map.entry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }

    @Test
    void overridesWinAndANullOverrideRestoresKafkasDefault() {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        overrides.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        overrides.put(ProducerConfig.CLIENT_ID_CONFIG, null);
        Properties p = KafkaClientProperties.producer("h:1", "sim", overrides);
        assertThat(p.get(ProducerConfig.LINGER_MS_CONFIG)).isEqualTo(5);
        assertThat(p.get(ProducerConfig.COMPRESSION_TYPE_CONFIG)).isEqualTo("lz4");
        assertThat(p).doesNotContainKey(ProducerConfig.CLIENT_ID_CONFIG);

        Properties c = KafkaClientProperties.consumer("h:1", "g",
                Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true"));
        assertThat(c.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG)).isEqualTo("true");
    }

    @Test
    void blankBootstrapOrIdsAreRefused() {
        assertThatThrownBy(() -> KafkaClientProperties.producer(" ", "sim"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KafkaClientProperties.consumer("h:1", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KafkaClientProperties.consumer("h:1", null))
                .isInstanceOf(NullPointerException.class);
    }
}

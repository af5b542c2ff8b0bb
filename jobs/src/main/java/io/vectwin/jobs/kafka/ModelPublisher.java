package io.vectwin.jobs.kafka;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinPredictor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes a twin model file on {@link Topics#MODELS}, where every running twin job picks it up
 * and swaps it in without a restart. The file is checked to load first, so a broken file never
 * reaches the jobs; the record's key is the model's version.
 */
public final class ModelPublisher {

    private ModelPublisher() {
    }

    /**
     * @param clientProperties passed to the producer after vectwin's settings (SASL, TLS)
     * @return the published model's version and where it landed
     */
    public static Published publish(String bootstrap, Map<String, String> clientProperties, String topic,
            byte[] modelFile, String source) throws ExecutionException, InterruptedException {
        TwinPredictor model = TwinModelFile.fromBytes(modelFile, source);
        Map<String, Object> overrides = new java.util.HashMap<>();
        overrides.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MODEL_MAX_BYTES));
        overrides.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(2L * Topics.MODEL_MAX_BYTES));
        overrides.putAll(clientProperties);
        Properties props = KafkaClientProperties.producer(bootstrap, "vectwin-model-publisher", overrides);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            RecordMetadata at = producer.send(new ProducerRecord<>(topic,
                    model.version().getBytes(StandardCharsets.UTF_8), modelFile)).get();
            return new Published(model.version(), at.partition(), at.offset());
        }
    }

    /** Where a model went. */
    public record Published(String version, int partition, long offset) {
    }
}

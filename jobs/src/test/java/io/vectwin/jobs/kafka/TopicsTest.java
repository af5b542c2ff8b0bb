package io.vectwin.jobs.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.jobs.kafka.Topics.TopicLayout;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Topic names and layouts, without a broker. */
class TopicsTest {

    @Test
    void theTopicsOfVectwin() {
        assertThat(Topics.all()).containsExactly(
                "vec.telemetry", "vec.tasks", "vec.decisions", "vec.outcomes", "vec.deadletter", "vec.models");
        assertThat(Topics.all()).containsExactly(
                Topics.TELEMETRY, Topics.TASKS, Topics.DECISIONS, Topics.OUTCOMES, Topics.DEADLETTER, Topics.MODELS);
    }

    @Test
    void theModelTopicTakesRecordsOfAWholeModel() {
        TopicLayout layout = new TopicLayout(3, (short) 3, Map.of("min.insync.replicas", "2"));
        // 64 MiB = 67 108 864 bytes
        assertThat(Topics.configsOf(Topics.MODELS, layout)).containsOnly(Map.entry("min.insync.replicas", "2"),
                Map.entry("max.message.bytes", "67108864"));
        assertThat(Topics.configsOf(Topics.TELEMETRY, layout)).isEqualTo(layout.configs());
    }

    @Test
    void topicLayoutsAreValidatedAndImmutable() {
        Map<String, String> configs = new HashMap<>(Map.of("retention.ms", "60000"));
        TopicLayout layout = new TopicLayout(12, (short) 3, configs);
        configs.put("cleanup.policy", "compact");
        assertThat(layout.configs()).containsOnly(Map.entry("retention.ms", "60000"));
        assertThat(TopicLayout.embedded(4)).isEqualTo(new TopicLayout(4, (short) 1, Map.of()));
        assertThatThrownBy(() -> TopicLayout.embedded(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TopicLayout(1, (short) 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

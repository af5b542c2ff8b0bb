package io.vectwin.jobs.kafka;

import io.vectwin.ingest.kafka.KafkaClientProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.vectwin.jobs.kafka.Topics.TopicLayout;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.coordinator.group.GroupCoordinatorConfig;
import org.apache.kafka.coordinator.share.ShareCoordinatorConfig;
import org.apache.kafka.coordinator.transaction.TransactionLogConfig;
import org.apache.kafka.coordinator.transaction.TransactionStateManagerConfig;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.config.ServerConfigs;
import org.apache.kafka.server.config.ServerLogConfigs;
import org.apache.kafka.storage.internals.log.CleanerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against one real in-process broker for the whole class (starting one takes seconds), plus one more briefly. */
class EmbeddedKafkaBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
            assertThat(broker.logDir()).as("the temporary log dir, after close()").doesNotExist();
        }
    }

    private static Admin admin(String bootstrap, int timeoutMs) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        return Admin.create(config);
    }

    private static Map<String, TopicDescription> describe(String bootstrap, List<String> topics) throws Exception {
        try (Admin admin = admin(bootstrap, 10_000)) {
            return admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
        }
    }

    private static Set<String> topicNames(String bootstrap) throws Exception {
        try (Admin admin = admin(bootstrap, 10_000)) {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void startReturnsARunningBrokerOnLoopbackWithAFormattedLogDir() {
        assertThat(broker.isRunning()).isTrue();
        assertThat(EmbeddedKafkaBroker.ExitGuard.active()).as("Kafka may not halt this JVM").isTrue();
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
        assertThat(broker.controllerPort()).isNotEqualTo(broker.port());
        assertThat(broker.logDir()).isDirectory();
        assertThat(broker.logDir().resolve("meta.properties")).isRegularFile();
        assertThat(broker.clusterId()).isNotBlank();
        assertThat(broker.brokerProperties())
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:" + broker.controllerPort())
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("transaction.max.timeout.ms", "900000");
    }

    @Test
    void createsTheVectwinTopicsWithTheAskedPartitionCount() throws Exception {
        Topics.create(broker.bootstrapServers(), 3, Topics.all());
        // A second time: the topics exist, which is fine.
        Topics.create(broker.bootstrapServers(), 3, Topics.all());

        Map<String, TopicDescription> described = describe(broker.bootstrapServers(), Topics.all());
        assertThat(described).containsOnlyKeys(Topics.all());
        assertThat(described.values()).allSatisfy(d -> {
            assertThat(d.partitions()).hasSize(3);
            assertThat(d.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(1));
        });
    }

    @Test
    void aLayoutCarriesPartitionsAndTopicConfigs() throws Exception {
        String topic = "t.layout";
        Topics.create(broker.bootstrapServers(),
                new TopicLayout(2, (short) 1, Map.of(TopicConfig.RETENTION_MS_CONFIG, "3600000")), List.of(topic));

        assertThat(describe(broker.bootstrapServers(), List.of(topic)).get(topic).partitions()).hasSize(2);
        try (Admin admin = admin(broker.bootstrapServers(), 10_000)) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("3600000");
        }
    }

    @Test
    void recordsKeyedByEntityIdMakeTheRoundTripThroughAnIdempotentProducer() throws Exception {
        String topic = "t.roundtrip";
        Topics.create(broker.bootstrapServers(), 2, List.of(topic));
        List<String> keys = List.of("v-1", "v-2", "u-3", "b-0", "v-1", "v-2", "u-3", "b-0");

        Map<String, Integer> partitionOfKey = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(KafkaClientProperties.producer(broker.bootstrapServers(), "test-producer"))) {
            for (int i = 0; i < keys.size(); i++) {
                RecordMetadata sent = producer.send(
                        new ProducerRecord<>(topic, bytes(keys.get(i)), bytes(keys.get(i) + "#" + i))).get(10,
                        TimeUnit.SECONDS);
                Integer before = partitionOfKey.putIfAbsent(keys.get(i), sent.partition());
                if (before != null) {
                    assertThat(sent.partition()).as("partition of %s", keys.get(i)).isEqualTo(before);
                }
            }
        }

        List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(KafkaClientProperties.consumer(broker.bootstrapServers(), "test-group"))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.size() < keys.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            }
        }

        assertThat(received).hasSize(keys.size());
        Map<String, List<String>> valuesByKey = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : received) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            assertThat(r.partition()).isEqualTo(partitionOfKey.get(key));
            valuesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new String(r.value(), StandardCharsets.UTF_8));
        }
        // Order is kept per key (per partition).
        assertThat(valuesByKey).containsOnly(
                Map.entry("v-1", List.of("v-1#0", "v-1#4")),
                Map.entry("v-2", List.of("v-2#1", "v-2#5")),
                Map.entry("u-3", List.of("u-3#2", "u-3#6")),
                Map.entry("b-0", List.of("b-0#3", "b-0#7")));
    }

    @Test
    void topicsAreNeverCreatedAutomatically() throws Exception {
        String topic = "t.never-created";
        Map<String, Object> shortBlock = Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 500);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                KafkaClientProperties.producer(broker.bootstrapServers(), "test-unknown-topic", shortBlock))) {
            Throwable failure = catchThrowable(
                    () -> producer.send(new ProducerRecord<>(topic, bytes("v-1"), bytes("x"))).get(10, TimeUnit.SECONDS));
            assertThat(failure).as("sending to a topic nobody created").isNotNull();
        }

        assertThat(topicNames(broker.bootstrapServers())).doesNotContain(topic);
        try (Admin admin = admin(broker.bootstrapServers(), 10_000)) {
            ConfigResource node = new ConfigResource(ConfigResource.Type.BROKER,
                    Integer.toString(EmbeddedKafkaBroker.NODE_ID));
            Config config = admin.describeConfigs(List.of(node)).all().get(10, TimeUnit.SECONDS).get(node);
            assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
        }
    }

    @Test
    void aSecondBrokerRunsAlongsideAndCloseStopsItAndDeletesItsTemporaryLogDir() throws Exception {
        EmbeddedKafkaBroker second;
        // Its first controller port is taken (the race free-port picking can lose): start() retries on new ports.
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedKafkaBroker.HOST))) {
            AtomicInteger attempts = new AtomicInteger();
            second = EmbeddedKafkaBroker.builder()
                    .portPicker(() -> {
                        int[] free = EmbeddedKafkaBroker.freeLoopbackPorts(2);
                        return attempts.incrementAndGet() == 1 ? new int[] {free[0], taken.getLocalPort()} : free;
                    })
                    .start();
            assertThat(attempts).hasValue(2);
            assertThat(second.controllerPort()).isNotEqualTo(taken.getLocalPort());
        }
        try {
            assertThat(second.port()).isNotIn(broker.port(), broker.controllerPort());
            assertThat(second.logDir()).isNotEqualTo(broker.logDir());
            Topics.create(second.bootstrapServers(), 1, List.of("t.second"));
            assertThat(topicNames(second.bootstrapServers())).contains("t.second");
            assertThat(topicNames(broker.bootstrapServers())).doesNotContain("t.second");
            try (Admin admin = admin(second.bootstrapServers(), 10_000)) {
                assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS)).isEqualTo(second.clusterId());
            }
        } finally {
            second.close();
        }

        assertThat(second.isRunning()).isFalse();
        assertThat(second.logDir()).doesNotExist();
        try (Admin admin = admin(second.bootstrapServers(), 1_000)) {
            assertThatThrownBy(() -> admin.describeCluster(new DescribeClusterOptions().timeoutMs(1_000))
                    .nodes().get(5, TimeUnit.SECONDS))
                    .as("an admin client of the closed broker")
                    .isInstanceOf(ExecutionException.class);
        }
        assertThatCode(second::close).as("closing twice").doesNotThrowAnyException();
        // The first broker is untouched.
        assertThat(topicNames(broker.bootstrapServers())).doesNotContain("t.second");
    }

    @Test
    void aBrokerRestartedOnItsKeptLogDirHasItsTopicsAndRecords(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("kafka");
        String clusterId;
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dir);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                        KafkaClientProperties.producer(first.bootstrapServers(), "test-restart"))) {
            clusterId = first.clusterId();
            Topics.create(first.bootstrapServers(), 2, List.of("t.kept"));
            producer.send(new ProducerRecord<>("t.kept", bytes("v-9"), bytes("kept"))).get(10, TimeUnit.SECONDS);
        }
        assertThat(dir.resolve("meta.properties")).as("a given log dir is kept by default").isRegularFile();

        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.builder().logDir(dir).deleteLogDirOnClose(true).start()) {
            assertThat(again.clusterId()).isEqualTo(clusterId);
            assertThat(describe(again.bootstrapServers(), List.of("t.kept")).get("t.kept").partitions()).hasSize(2);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                    KafkaClientProperties.consumer(again.bootstrapServers(), "test-restart"))) {
                consumer.subscribe(List.of("t.kept"));
                List<String> values = new ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (values.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(100)).forEach(r -> values.add(new String(r.value(),
                            StandardCharsets.UTF_8)));
                }
                assertThat(values).containsExactly("kept");
            }
        }
        assertThat(dir).as("deleteLogDirOnClose(true)").doesNotExist();
    }

    @Test
    void theKeysThatWireTheBrokerAreRefusedAsExtraProperties() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().property("listeners", "PLAINTEXT://0.0.0.0:9092"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listeners");
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().properties(Map.of("log.dirs", "/tmp/x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> EmbeddedKafkaBroker.builder().property(TopicConfig.RETENTION_MS_CONFIG, "60000"))
                .doesNotThrowAnyException();
    }

    /** The broker keys spelled as literals (their constants are not on the compile class path) are Kafka's. */
    @Test
    void literalBrokerKeysAreKafkasOwnConstants() {
        assertThat(EmbeddedKafkaBroker.Keys.QUORUM_VOTERS).isEqualTo(QuorumConfig.QUORUM_VOTERS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.LOG_DIRS).isEqualTo(ServerLogConfigs.LOG_DIRS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.NUM_PARTITIONS).isEqualTo(ServerLogConfigs.NUM_PARTITIONS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.AUTO_CREATE_TOPICS_ENABLE)
                .isEqualTo(ServerLogConfigs.AUTO_CREATE_TOPICS_ENABLE_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.MIN_IN_SYNC_REPLICAS).isEqualTo(ServerLogConfigs.MIN_IN_SYNC_REPLICAS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.LOG_FLUSH_INTERVAL_MESSAGES)
                .isEqualTo(ServerLogConfigs.LOG_FLUSH_INTERVAL_MESSAGES_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.NUM_RECOVERY_THREADS_PER_DATA_DIR)
                .isEqualTo(ServerLogConfigs.NUM_RECOVERY_THREADS_PER_DATA_DIR_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.NUM_IO_THREADS).isEqualTo(ServerConfigs.NUM_IO_THREADS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.BACKGROUND_THREADS).isEqualTo(ServerConfigs.BACKGROUND_THREADS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.OFFSETS_TOPIC_REPLICATION_FACTOR)
                .isEqualTo(GroupCoordinatorConfig.OFFSETS_TOPIC_REPLICATION_FACTOR_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.OFFSETS_TOPIC_PARTITIONS)
                .isEqualTo(GroupCoordinatorConfig.OFFSETS_TOPIC_PARTITIONS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.GROUP_INITIAL_REBALANCE_DELAY_MS)
                .isEqualTo(GroupCoordinatorConfig.GROUP_INITIAL_REBALANCE_DELAY_MS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.TRANSACTIONS_TOPIC_REPLICATION_FACTOR)
                .isEqualTo(TransactionLogConfig.TRANSACTIONS_TOPIC_REPLICATION_FACTOR_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.TRANSACTIONS_TOPIC_MIN_ISR)
                .isEqualTo(TransactionLogConfig.TRANSACTIONS_TOPIC_MIN_ISR_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.TRANSACTIONS_TOPIC_PARTITIONS)
                .isEqualTo(TransactionLogConfig.TRANSACTIONS_TOPIC_PARTITIONS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.TRANSACTIONS_MAX_TIMEOUT_MS)
                .isEqualTo(TransactionStateManagerConfig.TRANSACTIONS_MAX_TIMEOUT_MS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.SHARE_STATE_TOPIC_REPLICATION_FACTOR)
                .isEqualTo(ShareCoordinatorConfig.STATE_TOPIC_REPLICATION_FACTOR_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.SHARE_STATE_TOPIC_MIN_ISR)
                .isEqualTo(ShareCoordinatorConfig.STATE_TOPIC_MIN_ISR_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.SHARE_STATE_TOPIC_PARTITIONS)
                .isEqualTo(ShareCoordinatorConfig.STATE_TOPIC_NUM_PARTITIONS_CONFIG);
        assertThat(EmbeddedKafkaBroker.Keys.LOG_CLEANER_DEDUPE_BUFFER_SIZE)
                .isEqualTo(CleanerConfig.LOG_CLEANER_DEDUPE_BUFFER_SIZE_PROP);
    }

    @Test
    void freePortsAreDistinct() {
        int[] ports = EmbeddedKafkaBroker.freeLoopbackPorts(3);
        assertThat(ports).doesNotHaveDuplicates();
        for (int port : ports) {
            assertThat(port).isBetween(1, 65_535);
        }
    }

    @Test
    void deletingAMissingDirectoryIsFine() throws Exception {
        var dir = Files.createTempDirectory("vectwin-kafka-test-");
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/c.log"), "x");
        EmbeddedKafkaBroker.deleteRecursively(dir);
        assertThat(dir).doesNotExist();
        assertThatCode(() -> EmbeddedKafkaBroker.deleteRecursively(dir)).doesNotThrowAnyException();
    }
}

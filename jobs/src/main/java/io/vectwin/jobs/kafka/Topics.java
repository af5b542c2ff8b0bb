package io.vectwin.jobs.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka topics of vectwin, and their explicit creation (brokers run with automatic topic creation off).
 * Every record is keyed by entity id ({@code v-17}, {@code u-3}, {@code b-0}).
 */
public final class Topics {

    private static final Logger LOG = LoggerFactory.getLogger(Topics.class);

    /** Entity state reports (vehicles, UAVs, base stations), one per entity and slot. */
    public static final String TELEMETRY = "vec.telemetry";
    /** Task requests of vehicles, split into subtasks. */
    public static final String TASKS = "vec.tasks";
    /** One offloading decision per subtask, from the twin. */
    public static final String DECISIONS = "vec.decisions";
    /** What executing a decision really gave (latency, energy, QoS, deadline met). */
    public static final String OUTCOMES = "vec.outcomes";
    /** Records that could not be processed, with the reason and the original bytes. */
    public static final String DEADLETTER = "vec.deadletter";

    /**
     * Twin LSTM model files (the bytes train-lstm writes), published to swap the job's model without a
     * restart. A model at the paper's size is about 1.4 MB, over Kafka's 1 MB default, hence
     * {@link #MODEL_MAX_BYTES} for this topic and its clients.
     */
    public static final String MODELS = "vec.models";

    /** Largest model record: 64 MiB, room for networks far larger than the paper's. */
    public static final int MODEL_MAX_BYTES = 64 * 1024 * 1024;

    private static final List<String> ALL = List.of(TELEMETRY, TASKS, DECISIONS, OUTCOMES, DEADLETTER, MODELS);

    /** How long {@code create} waits for the topics to exist, by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private Topics() {
    }

    /** All topic names of vectwin, in data-flow order. */
    public static List<String> all() {
        return ALL;
    }

    /**
     * How topics are laid out on a cluster: partitions, replication factor and topic-level configuration
     * (e.g. {@code retention.ms}). {@link #embedded(int)} for the single in-process broker; a real cluster
     * would use e.g. {@code new TopicLayout(12, (short) 3, Map.of("min.insync.replicas", "2"))}.
     */
    public record TopicLayout(int partitions, short replicationFactor, Map<String, String> configs) {

        public TopicLayout {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
            }
            if (replicationFactor < 1) {
                throw new IllegalArgumentException("replicationFactor must be at least 1: " + replicationFactor);
            }
            configs = Map.copyOf(Objects.requireNonNull(configs, "configs"));
        }

        /** {@code partitions} partitions, one replica, broker-default configuration. */
        public static TopicLayout embedded(int partitions) {
            return new TopicLayout(partitions, (short) 1, Map.of());
        }
    }

    /** The layout's topic configs plus what a topic needs itself (the model topic's record size). */
    static Map<String, String> configsOf(String topic, TopicLayout layout) {
        if (!MODELS.equals(topic)) {
            return layout.configs();
        }
        Map<String, String> configs = new java.util.HashMap<>(layout.configs());
        configs.putIfAbsent("max.message.bytes", Integer.toString(MODEL_MAX_BYTES));
        return configs;
    }

    /** Creates the named topics with {@code partitions} partitions and one replica each (the embedded case). */
    public static void create(String bootstrap, int partitions, Collection<String> names) {
        create(bootstrap, TopicLayout.embedded(partitions), names, DEFAULT_TIMEOUT);
    }

    /** Creates all topics of vectwin ({@link #all()}) with {@code layout}. */
    public static void create(String bootstrap, TopicLayout layout) {
        create(bootstrap, layout, ALL, DEFAULT_TIMEOUT);
    }

    /** Creates the named topics with {@code layout}. */
    public static void create(String bootstrap, TopicLayout layout, Collection<String> names) {
        create(bootstrap, layout, names, DEFAULT_TIMEOUT);
    }

    /**
     * Creates the named topics with {@code layout} and waits until the broker serves every one of them (each
     * partition has a leader). A topic that exists already is left as it is (a warning is logged if its
     * partition count differs from the layout's).
     *
     * @throws IllegalStateException if a topic cannot be created or does not appear within {@code timeout}
     */
    public static void create(String bootstrap, TopicLayout layout, Collection<String> names, Duration timeout) {
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(layout, "layout");
        Set<String> unique = new LinkedHashSet<>(names);
        if (unique.isEmpty()) {
            return;
        }
        for (String name : unique) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("topic names must not be blank: " + names);
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(adminConfig(bootstrap, timeout))) {
            List<NewTopic> newTopics = new ArrayList<>();
            for (String name : unique) {
                newTopics.add(new NewTopic(name, layout.partitions(), layout.replicationFactor())
                        .configs(configsOf(name, layout)));
            }
            Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics).values();
            for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
                try {
                    result.getValue().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicExistsException) {
                        LOG.debug("topic {} exists already", result.getKey());
                    } else {
                        throw new IllegalStateException("cannot create topic " + result.getKey() + " on " + bootstrap
                                + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            awaitServed(admin, unique, layout, deadline, bootstrap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + unique, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topics " + unique + " not created on " + bootstrap + " within "
                    + timeout, e);
        }
    }

    /**
     * Creation is acknowledged once the controller has committed it; the broker serves the topic a moment later.
     * Waiting here lets callers produce at once.
     */
    private static void awaitServed(Admin admin, Set<String> names, TopicLayout layout, long deadline,
            String bootstrap) throws InterruptedException, TimeoutException {
        Exception last = null;
        while (true) {
            long remaining = remainingMillis(deadline);
            try {
                Map<String, TopicDescription> described =
                        admin.describeTopics(names).allTopicNames().get(remaining, TimeUnit.MILLISECONDS);
                boolean served = described.size() == names.size() && described.values().stream()
                        .allMatch(d -> !d.partitions().isEmpty()
                                && d.partitions().stream().map(TopicPartitionInfo::leader).allMatch(
                                        l -> l != null && !l.isEmpty()));
                if (served) {
                    for (TopicDescription d : described.values()) {
                        if (d.partitions().size() != layout.partitions()) {
                            LOG.warn("topic {} on {} has {} partitions, not {} (it existed already)", d.name(),
                                    bootstrap, d.partitions().size(), layout.partitions());
                        }
                    }
                    return;
                }
            } catch (ExecutionException e) {
                last = e; // UnknownTopicOrPartitionException until the broker's metadata has caught up
            }
            if (remainingMillis(deadline) <= 20) {
                TimeoutException timeout = new TimeoutException("topics not served by the broker yet: " + names);
                if (last != null) {
                    timeout.initCause(last);
                }
                throw timeout;
            }
            Thread.sleep(20);
        }
    }

    private static Map<String, Object> adminConfig(String bootstrap, Duration timeout) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "vectwin-topics");
        int apiTimeoutMs = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        // Kafka refuses a default.api.timeout.ms below request.timeout.ms (30 s by default).
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, apiTimeoutMs));
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, apiTimeoutMs);
        return config;
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }
}

package io.vectwin.jobs.config;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.Require;
import java.io.Serializable;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything {@link io.vectwin.jobs.TwinDecisionJob} needs, as one immutable, serialisable value:
 * Flink ships it to every operator, which builds its libraries (policy, parameters) from it in
 * {@code open()}. Defaults favour low decision latency on a small machine.
 *
 * @param bootstrapServers     Kafka bootstrap servers
 * @param groupId              consumer group of the job's Kafka sources
 * @param profile              parameter profile of the model (paper | physical)
 * @param vehicles             V, for the parameter set (twins are created for whatever ids arrive)
 * @param uavs                 U
 * @param baseStations         B
 * @param policy               offloading policy name (greedy | random)
 * @param seed                 seed of randomised policies
 * @param exactlyOnce          transactional Kafka sink (needs checkpoints) instead of at-least-once
 * @param checkpointInterval   periodic checkpoint interval
 * @param bufferTimeout        Flink's network buffer timeout ({@code execution.buffer-timeout}); small for latency
 * @param sinkLinger           the Kafka sinks' {@code linger.ms}: how long a decision may wait for others to share
 *                             its produce request ({@link #DEFAULT_SINK_LINGER})
 * @param maxOutOfOrderness    bounded out-of-orderness of the event-time watermarks
 * @param vehicleTtl           how long a vehicle twin outlives its last telemetry (vehicles that leave)
 * @param historyLength        telemetry records kept per entity in its history ring (for the LSTM)
 * @param twinWait             how long a task may wait for its vehicle's first telemetry before it is dead-lettered
 * @param outcomeWait          how long a decision's prediction is kept for its outcome (twin accuracy); an outcome
 *                             later than that counts as one without decision. Bounded well below
 *                             {@code vehicleTtl}: under load, every pending prediction is live heap that each
 *                             young GC scans and copies, so a world that reports no outcomes (a load test,
 *                             a feed without outcomes) must not make the job hold a minute of decisions
 * @param parallelism          operator parallelism
 * @param modelFile            model file of a trained policy (the quantum policy's JSON parameters); "" when the
 *                             policy needs none
 * @param decisionAlignment    when a task is decided, and on which state (see {@link DecisionAlignment})
 */
public record TwinJobConfig(
        String bootstrapServers,
        String groupId,
        Profile profile,
        int vehicles,
        int uavs,
        int baseStations,
        String policy,
        long seed,
        boolean exactlyOnce,
        Duration checkpointInterval,
        Duration bufferTimeout,
        Duration sinkLinger,
        Duration maxOutOfOrderness,
        Duration vehicleTtl,
        int historyLength,
        Duration twinWait,
        Duration outcomeWait,
        int parallelism,
        String modelFile,
        DecisionAlignment decisionAlignment,
        TwinSettings twin) implements Serializable {

    /**
     * What state the deciding operator sees — the paper's ablations (Sec. VI, Fig. 4–5).
     * <ul>
     *   <li>{@link #PREDICTED}: the twin with its LSTM — every entity's state predicted one horizon
     *       ahead by the model of {@link TwinSettings#lstmModelFile()} (hot-swappable on
     *       {@code vec.models}); entities whose history is still shorter than the model's window
     *       pass as reported;</li>
     *   <li>{@link #MIRRORED}: the twin without LSTM ({@code --lstm off}) — the states as last
     *       reported, nothing predicted;</li>
     *   <li>{@link #OFF}: no digital twin ({@code --twin off}) — the vehicle knows its own report,
     *       but nodes are known only by their fixed data (position, maximum CPU): their live load
     *       (available CPU, queue, backlog) never reaches the decision.</li>
     * </ul>
     */
    public enum TwinView { PREDICTED, MIRRORED, OFF }

    /**
     * The twin's settings.
     *
     * @param enabled        false = {@link TwinView#OFF}
     * @param lstmModelFile  the twin LSTM model (train-lstm's output); empty = LSTM off
     * @param batchSize      predictions per LSTM batch: a batch is run when this many wait...
     * @param maxBatchDelay  ... or when the oldest has waited this long, whichever comes first
     */
    public record TwinSettings(boolean enabled, String lstmModelFile, int batchSize, Duration maxBatchDelay)
            implements Serializable {

        public TwinSettings {
            lstmModelFile = lstmModelFile == null ? "" : lstmModelFile.trim();
            Require.positive("twin.batchSize", batchSize);
            positive("twin.maxBatchDelay", maxBatchDelay);
        }

        /** Twin on, no LSTM, batches of 64 or 1 ms. */
        public static TwinSettings mirrored() {
            return new TwinSettings(true, "", 64, Duration.ofMillis(1));
        }

        public TwinView view() {
            if (!enabled) {
                return TwinView.OFF;
            }
            return lstmModelFile.isEmpty() ? TwinView.MIRRORED : TwinView.PREDICTED;
        }

        public TwinSettings withEnabled(boolean on) {
            return new TwinSettings(on, lstmModelFile, batchSize, maxBatchDelay);
        }

        public TwinSettings withLstmModelFile(String file) {
            return new TwinSettings(enabled, file, batchSize, maxBatchDelay);
        }
    }

    /**
     * When the job decides a task, and on which twin state.
     * <ul>
     *   <li>{@link #ARRIVAL} (default): at once when the task arrives, on whatever vehicle and node
     *       telemetry has arrived by then — the lowest latency, but which state that is depends on
     *       thread and network timing, so two runs over the same input may decide differently;</li>
     *   <li>{@link #EVENT_TIME}: once the event-time watermark passes the task's creation time, on the
     *       vehicle and node twins as of that time (the latest telemetry with an event time at or before
     *       it) — the same input gives the same decisions, at the price of the watermark's delay
     *       (the out-of-orderness bound). Replays use it.</li>
     * </ul>
     */
    public enum DecisionAlignment {
        ARRIVAL("arrival"),
        EVENT_TIME("event-time");

        private final String configName;

        DecisionAlignment(String configName) {
            this.configName = configName;
        }

        /** The name in configuration files and on the command line. */
        public String configName() {
            return configName;
        }

        /** {@code arrival} or {@code event-time} (case and surrounding spaces ignored). */
        public static DecisionAlignment parse(String name) {
            Require.notNull("decision alignment", name);
            for (DecisionAlignment a : values()) {
                if (a.configName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown decision alignment '" + name + "' (known: arrival, event-time)");
        }
    }

    /**
     * 5 s: outcomes report on subtasks whose deadline ϱ is 10 ms (Table II); one that takes 500
     * deadlines to come back is not waited for.
     */
    public static final Duration DEFAULT_OUTCOME_WAIT = Duration.ofSeconds(5);

    /**
     * 1 ms. With {@code linger.ms=0} every decision leaves in a produce request of its own as soon
     * as the sink's sender thread is free; at thousands of decisions per second that is thousands
     * of requests for the broker, whose network and request threads then take the largest share of
     * a small machine's CPU (see the CPU by thread lines of benchmarks/RESULTS.md) and queue
     * everything behind them. Waiting up to 1 ms lets the decisions of a millisecond share one
     * request: on the 2-core benchmark machine at 5 000 decisions/s the p99 fell by about half
     * and the p50 as well, at the price of up to 1 ms for a decision that finds no company (a
     * tenth of ϱ). 0 restores one request per decision.
     */
    public static final Duration DEFAULT_SINK_LINGER = Duration.ofMillis(1);

    public TwinJobConfig {
        Require.notNull("bootstrapServers", bootstrapServers);
        Require.notNull("groupId", groupId);
        Require.notNull("profile", profile);
        Require.nonNegative("vehicles", vehicles);
        Require.nonNegative("uavs", uavs);
        Require.nonNegative("baseStations", baseStations);
        Require.notNull("policy", policy);
        policy = policy.trim().toLowerCase(Locale.ROOT);
        positive("checkpointInterval", checkpointInterval);
        nonNegative("bufferTimeout", bufferTimeout);
        nonNegative("sinkLinger", sinkLinger);
        Require.notNull("maxOutOfOrderness", maxOutOfOrderness);
        positive("vehicleTtl", vehicleTtl);
        Require.positive("historyLength", historyLength);
        positive("twinWait", twinWait);
        positive("outcomeWait", outcomeWait);
        Require.positive("parallelism", parallelism);
        modelFile = modelFile == null ? "" : modelFile.trim();
        Require.notNull("decisionAlignment", decisionAlignment);
        Require.notNull("twin", twin);
    }

    private static void nonNegative(String name, Duration d) {
        Require.notNull(name, d);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + d);
        }
    }

    private static void positive(String name, Duration d) {
        Require.notNull(name, d);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be > 0, got " + d);
        }
    }

    /** Low-latency defaults for a job on {@code bootstrapServers}, physical profile, greedy policy. */
    public static TwinJobConfig defaults(String bootstrapServers) {
        return new TwinJobConfig(bootstrapServers, "vectwin-twin", Profile.PHYSICAL, 20, 10, 4, "greedy", 1L, false,
                Duration.ofSeconds(10), Duration.ofMillis(1), DEFAULT_SINK_LINGER, Duration.ofMillis(200),
                Duration.ofSeconds(60), 32,
                Duration.ofSeconds(5), DEFAULT_OUTCOME_WAIT, 1, "", DecisionAlignment.ARRIVAL, TwinSettings.mirrored());
    }

    /** The model's parameters for this job. */
    public NetworkParameters networkParameters() {
        NetworkParameters base = NetworkParameters.forProfile(profile);
        return base.withGeometry(base.geometry().withCounts(vehicles, uavs, baseStations));
    }

    public TwinJobConfig withPolicy(String name) {
        return toBuilder().policy(name).build();
    }

    public TwinJobConfig withCounts(int v, int u, int b) {
        return toBuilder().counts(v, u, b).build();
    }

    public TwinJobConfig withProfile(Profile p) {
        return toBuilder().profile(p).build();
    }

    public TwinJobConfig withCheckpointInterval(Duration interval) {
        return toBuilder().checkpointInterval(interval).build();
    }

    public TwinJobConfig withBootstrapServers(String servers) {
        return toBuilder().bootstrapServers(servers).build();
    }

    public TwinJobConfig withTwinWait(Duration wait) {
        return toBuilder().twinWait(wait).build();
    }

    public TwinJobConfig withModelFile(String file) {
        return toBuilder().modelFile(file).build();
    }

    public TwinJobConfig withExactlyOnce(boolean on) {
        return toBuilder().exactlyOnce(on).build();
    }

    public TwinJobConfig withDecisionAlignment(DecisionAlignment alignment) {
        return toBuilder().decisionAlignment(alignment).build();
    }

    public TwinJobConfig withTwin(TwinSettings settings) {
        return toBuilder().twin(settings).build();
    }

    /** The model file, if the config names one. */
    public Optional<Path> model() {
        return modelFile.isEmpty() ? Optional.empty() : Optional.of(Path.of(modelFile));
    }

    /** A builder holding this config's values: the one place that lists every field for a copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of a config; {@link #build()} validates as the constructor does. */
    public static final class Builder {
        private String bootstrapServers;
        private String groupId;
        private Profile profile;
        private int vehicles;
        private int uavs;
        private int baseStations;
        private String policy;
        private long seed;
        private boolean exactlyOnce;
        private Duration checkpointInterval;
        private Duration bufferTimeout;
        private Duration sinkLinger;
        private Duration maxOutOfOrderness;
        private Duration vehicleTtl;
        private int historyLength;
        private Duration twinWait;
        private Duration outcomeWait;
        private int parallelism;
        private String modelFile;
        private DecisionAlignment decisionAlignment;
        private TwinSettings twin;

        private Builder(TwinJobConfig c) {
            bootstrapServers = c.bootstrapServers;
            groupId = c.groupId;
            profile = c.profile;
            vehicles = c.vehicles;
            uavs = c.uavs;
            baseStations = c.baseStations;
            policy = c.policy;
            seed = c.seed;
            exactlyOnce = c.exactlyOnce;
            checkpointInterval = c.checkpointInterval;
            bufferTimeout = c.bufferTimeout;
            sinkLinger = c.sinkLinger;
            maxOutOfOrderness = c.maxOutOfOrderness;
            vehicleTtl = c.vehicleTtl;
            historyLength = c.historyLength;
            twinWait = c.twinWait;
            outcomeWait = c.outcomeWait;
            parallelism = c.parallelism;
            modelFile = c.modelFile;
            decisionAlignment = c.decisionAlignment;
            twin = c.twin;
        }

        public Builder bootstrapServers(String v) {
            bootstrapServers = v;
            return this;
        }

        public Builder groupId(String v) {
            groupId = v;
            return this;
        }

        public Builder profile(Profile v) {
            profile = v;
            return this;
        }

        public Builder counts(int v, int u, int b) {
            vehicles = v;
            uavs = u;
            baseStations = b;
            return this;
        }

        public Builder policy(String v) {
            policy = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder exactlyOnce(boolean v) {
            exactlyOnce = v;
            return this;
        }

        public Builder checkpointInterval(Duration v) {
            checkpointInterval = v;
            return this;
        }

        public Builder bufferTimeout(Duration v) {
            bufferTimeout = v;
            return this;
        }

        public Builder sinkLinger(Duration v) {
            sinkLinger = v;
            return this;
        }

        public Builder maxOutOfOrderness(Duration v) {
            maxOutOfOrderness = v;
            return this;
        }

        public Builder vehicleTtl(Duration v) {
            vehicleTtl = v;
            return this;
        }

        public Builder historyLength(int v) {
            historyLength = v;
            return this;
        }

        public Builder twinWait(Duration v) {
            twinWait = v;
            return this;
        }

        public Builder outcomeWait(Duration v) {
            outcomeWait = v;
            return this;
        }

        public Builder parallelism(int v) {
            parallelism = v;
            return this;
        }

        public Builder modelFile(String v) {
            modelFile = v;
            return this;
        }

        public Builder decisionAlignment(DecisionAlignment v) {
            decisionAlignment = v;
            return this;
        }

        public Builder twin(TwinSettings v) {
            twin = v;
            return this;
        }

        public TwinSettings twin() {
            return twin;
        }

        public TwinJobConfig build() {
            return new TwinJobConfig(bootstrapServers, groupId, profile, vehicles, uavs, baseStations, policy, seed,
                    exactlyOnce, checkpointInterval, bufferTimeout, sinkLinger, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, outcomeWait,
                    parallelism, modelFile, decisionAlignment, twin);
        }
    }
}

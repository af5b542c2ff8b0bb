package io.vectwin.jobs.config;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.Require;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;

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
 * @param maxOutOfOrderness    bounded out-of-orderness of the event-time watermarks
 * @param vehicleTtl           how long a vehicle twin outlives its last telemetry (vehicles that leave)
 * @param historyLength        telemetry records kept per entity in its history ring (for the LSTM)
 * @param twinWait             how long a task may wait for its vehicle's first telemetry before it is dead-lettered
 * @param parallelism          operator parallelism
 * @param modelFile            model file of a trained policy (the quantum policy's JSON parameters); "" when the
 *                             policy needs none
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
        Duration maxOutOfOrderness,
        Duration vehicleTtl,
        int historyLength,
        Duration twinWait,
        int parallelism,
        String modelFile) implements Serializable {

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
        Require.notNull("bufferTimeout", bufferTimeout);
        if (bufferTimeout.isNegative()) {
            throw new IllegalArgumentException("bufferTimeout must be >= 0, got " + bufferTimeout);
        }
        Require.notNull("maxOutOfOrderness", maxOutOfOrderness);
        positive("vehicleTtl", vehicleTtl);
        Require.positive("historyLength", historyLength);
        positive("twinWait", twinWait);
        Require.positive("parallelism", parallelism);
        modelFile = modelFile == null ? "" : modelFile.trim();
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
                Duration.ofSeconds(10), Duration.ofMillis(1), Duration.ofMillis(200), Duration.ofSeconds(60), 32,
                Duration.ofSeconds(5), 1, "");
    }

    /** The model's parameters for this job. */
    public NetworkParameters networkParameters() {
        NetworkParameters base = NetworkParameters.forProfile(profile);
        return base.withGeometry(base.geometry().withCounts(vehicles, uavs, baseStations));
    }

    public TwinJobConfig withPolicy(String name) {
        return new TwinJobConfig(bootstrapServers, groupId, profile, vehicles, uavs, baseStations, name, seed, exactlyOnce,
                checkpointInterval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, parallelism, modelFile);
    }

    public TwinJobConfig withCounts(int v, int u, int b) {
        return new TwinJobConfig(bootstrapServers, groupId, profile, v, u, b, policy, seed, exactlyOnce,
                checkpointInterval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, parallelism, modelFile);
    }

    public TwinJobConfig withProfile(Profile p) {
        return new TwinJobConfig(bootstrapServers, groupId, p, vehicles, uavs, baseStations, policy, seed, exactlyOnce,
                checkpointInterval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, parallelism, modelFile);
    }

    public TwinJobConfig withCheckpointInterval(Duration interval) {
        return new TwinJobConfig(bootstrapServers, groupId, profile, vehicles, uavs, baseStations, policy, seed, exactlyOnce,
                interval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, parallelism, modelFile);
    }

    public TwinJobConfig withBootstrapServers(String servers) {
        return new TwinJobConfig(servers, groupId, profile, vehicles, uavs, baseStations, policy, seed, exactlyOnce,
                checkpointInterval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, parallelism, modelFile);
    }

    public TwinJobConfig withTwinWait(Duration wait) {
        return new TwinJobConfig(bootstrapServers, groupId, profile, vehicles, uavs, baseStations, policy, seed, exactlyOnce,
                checkpointInterval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, wait, parallelism, modelFile);
    }

    public TwinJobConfig withModelFile(String file) {
        return new TwinJobConfig(bootstrapServers, groupId, profile, vehicles, uavs, baseStations, policy, seed, exactlyOnce,
                checkpointInterval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, parallelism, file);
    }

    /** The model file, if the config names one. */
    public java.util.Optional<java.nio.file.Path> model() {
        return modelFile.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(modelFile));
    }

    public TwinJobConfig withExactlyOnce(boolean on) {
        return new TwinJobConfig(bootstrapServers, groupId, profile, vehicles, uavs, baseStations, policy, seed, on,
                checkpointInterval, bufferTimeout, maxOutOfOrderness, vehicleTtl, historyLength, twinWait, parallelism, modelFile);
    }
}

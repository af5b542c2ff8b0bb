package io.vectwin.ingest.sim;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.TaskParameters;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the physical-world simulator needs: the scenario (profile, V, U, B, seed, task
 * rate), how long and how fast to run, and where Kafka is. Immutable; start from
 * {@link #defaults()} and override with the {@code with…} methods. Invalid values fail with an
 * {@link IllegalArgumentException} naming the field.
 *
 * @param profile                  parameter profile; default {@code physical}
 * @param vehicles                 V ≥ 1; default 20
 * @param uavs                     U ≥ 0; default 10
 * @param baseStations             B ≥ 0, U + B ≥ 1; default 4
 * @param seed                     seed of the environment's random stream; default 1
 * @param tasksPerVehiclePerSecond task arrival rate per vehicle (1/s, ≥ 0); default 15. A vehicle issues at most one
 *                                 task per slot, so the per-slot probability is min(1, rate·τ): rates above 1/τ = 50/s
 *                                 saturate
 * @param durationSlots            how many slots to run, ≥ 1, or {@link #UNTIL_CLOSED}; default until closed
 * @param realTime                 true: one slot per τ of wall-clock time, records stamped with the wall clock;
 *                                 false: as fast as decisions come back, stamped with epoch0 + slot·τ; default true
 * @param fastModeMaxWait          fast mode: the longest a slot stays open waiting for decisions; default 200 ms
 * @param bootstrapServers         Kafka bootstrap servers; default {@code localhost:9092}
 * @param topics                   topic names; default {@link Topics#defaults()}
 * @param consumerGroupId          group id of the decision consumer; default {@code vectwin-simulator}
 */
public record SimulatorConfig(
        Profile profile,
        int vehicles,
        int uavs,
        int baseStations,
        long seed,
        double tasksPerVehiclePerSecond,
        long durationSlots,
        boolean realTime,
        Duration fastModeMaxWait,
        String bootstrapServers,
        Topics topics,
        String consumerGroupId) {

    /** {@link #durationSlots} of a run that lasts until {@code close()}. */
    public static final long UNTIL_CLOSED = Long.MAX_VALUE;

    /** The four topics the simulator talks to; all distinct, so it never reads what it writes. */
    public record Topics(String telemetry, String tasks, String decisions, String outcomes) {

        public Topics {
            requireNonBlank("topics.telemetry", telemetry);
            requireNonBlank("topics.tasks", tasks);
            requireNonBlank("topics.decisions", decisions);
            requireNonBlank("topics.outcomes", outcomes);
            Set<String> distinct = new HashSet<>(List.of(telemetry, tasks, decisions, outcomes));
            if (distinct.size() != 4) {
                throw new IllegalArgumentException("topics must be four distinct names, got telemetry=" + telemetry
                        + ", tasks=" + tasks + ", decisions=" + decisions + ", outcomes=" + outcomes);
            }
        }

        /** vec.telemetry, vec.tasks, vec.decisions, vec.outcomes (DESIGN.md). */
        public static Topics defaults() {
            return new Topics("vec.telemetry", "vec.tasks", "vec.decisions", "vec.outcomes");
        }
    }

    public SimulatorConfig {
        Require.notNull("profile", profile);
        Require.positive("vehicles", vehicles);
        Require.nonNegative("uavs", uavs);
        Require.nonNegative("baseStations", baseStations);
        if (uavs + baseStations == 0) {
            throw new IllegalArgumentException("uavs + baseStations must be >= 1: vehicles need a node to offload to");
        }
        Require.nonNegative("tasksPerVehiclePerSecond", tasksPerVehiclePerSecond);
        if (durationSlots < 1) {
            throw new IllegalArgumentException("durationSlots must be >= 1 (or UNTIL_CLOSED), got " + durationSlots);
        }
        Require.notNull("fastModeMaxWait", fastModeMaxWait);
        if (fastModeMaxWait.isNegative() || fastModeMaxWait.isZero()) {
            throw new IllegalArgumentException("fastModeMaxWait must be > 0, got " + fastModeMaxWait);
        }
        requireNonBlank("bootstrapServers", bootstrapServers);
        Require.notNull("topics", topics);
        requireNonBlank("consumerGroupId", consumerGroupId);
    }

    /** Physical profile, V = 20, U = 10, B = 4, seed 1, 15 tasks/vehicle/s, real time, until closed. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(Profile.PHYSICAL, 20, 10, 4, 1L, 15.0, UNTIL_CLOSED, true, Duration.ofMillis(200),
                "localhost:9092", Topics.defaults(), "vectwin-simulator");
    }

    /** τ of the profile (20 ms in both). */
    public double slotSeconds() {
        return NetworkParameters.forProfile(profile).geometry().slotSeconds();
    }

    /**
     * The probability that a vehicle issues a task in a slot: a Bernoulli trial per slot with
     * p = rate·τ approximates a Poisson stream of {@code rate} tasks per second while p is small;
     * it is capped at 1 because {@code TaskGenerator} issues at most one task per vehicle per slot.
     */
    public double arrivalProbabilityPerSlot() {
        return Math.min(1.0, tasksPerVehiclePerSecond * slotSeconds());
    }

    /** The profile's parameters with this config's V, U, B and task rate. */
    public NetworkParameters networkParameters() {
        NetworkParameters base = NetworkParameters.forProfile(profile);
        TaskParameters t = base.tasks();
        TaskParameters tasks = new TaskParameters(arrivalProbabilityPerSlot(), t.minTaskBits(), t.maxTaskBits(),
                t.minSubtasks(), t.maxSubtasks(), t.maxSubtaskBits(), t.cyclesPerBit(), t.deadlineSeconds(),
                t.priorityWeights());
        return base.withGeometry(base.geometry().withCounts(vehicles, uavs, baseStations)).withTasks(tasks);
    }

    /** Whether the run stops by itself after {@link #durationSlots}. */
    public boolean isBounded() {
        return durationSlots != UNTIL_CLOSED;
    }

    public SimulatorConfig withProfile(Profile p) {
        return new SimulatorConfig(p, vehicles, uavs, baseStations, seed, tasksPerVehiclePerSecond, durationSlots, realTime,
                fastModeMaxWait, bootstrapServers, topics, consumerGroupId);
    }

    public SimulatorConfig withCounts(int v, int u, int b) {
        return new SimulatorConfig(profile, v, u, b, seed, tasksPerVehiclePerSecond, durationSlots, realTime,
                fastModeMaxWait, bootstrapServers, topics, consumerGroupId);
    }

    public SimulatorConfig withSeed(long s) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, s, tasksPerVehiclePerSecond, durationSlots,
                realTime, fastModeMaxWait, bootstrapServers, topics, consumerGroupId);
    }

    public SimulatorConfig withTasksPerVehiclePerSecond(double rate) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, seed, rate, durationSlots, realTime,
                fastModeMaxWait, bootstrapServers, topics, consumerGroupId);
    }

    public SimulatorConfig withDurationSlots(long slots) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, seed, tasksPerVehiclePerSecond, slots, realTime,
                fastModeMaxWait, bootstrapServers, topics, consumerGroupId);
    }

    /**
     * Runs for {@code seconds} of simulated time: ⌈seconds/τ⌉ slots, so at least the requested
     * time is simulated (a tolerance of 10⁻⁹ slot keeps an exact multiple of τ from gaining a slot to binary rounding).
     */
    public SimulatorConfig withDurationSeconds(double seconds) {
        Require.positive("durationSeconds", seconds);
        double slots = Math.ceil(seconds / slotSeconds() - 1e-9);
        if (slots >= UNTIL_CLOSED) {
            throw new IllegalArgumentException("durationSeconds " + seconds + " is too long; use UNTIL_CLOSED");
        }
        return withDurationSlots(Math.max(1L, (long) slots));
    }

    public SimulatorConfig withRealTime(boolean rt) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, seed, tasksPerVehiclePerSecond, durationSlots, rt,
                fastModeMaxWait, bootstrapServers, topics, consumerGroupId);
    }

    public SimulatorConfig withFastModeMaxWait(Duration wait) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, seed, tasksPerVehiclePerSecond, durationSlots,
                realTime, wait, bootstrapServers, topics, consumerGroupId);
    }

    public SimulatorConfig withBootstrapServers(String servers) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, seed, tasksPerVehiclePerSecond, durationSlots,
                realTime, fastModeMaxWait, servers, topics, consumerGroupId);
    }

    public SimulatorConfig withTopics(Topics t) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, seed, tasksPerVehiclePerSecond, durationSlots,
                realTime, fastModeMaxWait, bootstrapServers, t, consumerGroupId);
    }

    public SimulatorConfig withConsumerGroupId(String groupId) {
        return new SimulatorConfig(profile, vehicles, uavs, baseStations, seed, tasksPerVehiclePerSecond, durationSlots,
                realTime, fastModeMaxWait, bootstrapServers, topics, groupId);
    }

    private static void requireNonBlank(String name, String value) {
        Require.notNull(name, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}

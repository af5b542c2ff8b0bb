package io.vectwin.ingest.feed;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.TaskParameters;

/**
 * The task requests a real feed does not carry, generated for the vehicles it reports: the
 * simulator's task model (network-model's {@code TaskGenerator}: sizes, subtask counts,
 * complexity, priorities and deadline of the profile), at {@code tasksPerVehiclePerSecond}, for
 * every vehicle reported within the last {@code activeWindowSeconds}.
 *
 * @param profile                  parameter profile whose task sizes and complexity are used
 * @param tasksPerVehiclePerSecond arrival rate per active vehicle (1/s, ≥ 0; 0 = no tasks), with the
 *                                 simulator's meaning: probability min(1, rate·τ) per slot τ
 * @param activeWindowSeconds      how long after its last report a vehicle still issues tasks (s, > 0);
 *                                 longer than the feed's reporting interval, so a vehicle stays active
 *                                 between reports, and short enough that one that left stops
 * @param seed                     seed of the generator's random stream
 */
public record FeedTaskModel(Profile profile, double tasksPerVehiclePerSecond, double activeWindowSeconds, long seed) {

    public FeedTaskModel {
        Require.notNull("profile", profile);
        Require.nonNegative("tasksPerVehiclePerSecond", tasksPerVehiclePerSecond);
        Require.positive("activeWindowSeconds", activeWindowSeconds);
    }

    /** Physical profile, the simulator's default rate, 2 s window (twice a 1 Hz feed's interval), seed 1. */
    public static FeedTaskModel defaults() {
        return new FeedTaskModel(Profile.PHYSICAL, SimulatorConfig.defaults().tasksPerVehiclePerSecond(), 2.0, 1L);
    }

    public FeedTaskModel withProfile(Profile p) {
        return new FeedTaskModel(p, tasksPerVehiclePerSecond, activeWindowSeconds, seed);
    }

    public FeedTaskModel withRate(double rate) {
        return new FeedTaskModel(profile, rate, activeWindowSeconds, seed);
    }

    public FeedTaskModel withActiveWindowSeconds(double seconds) {
        return new FeedTaskModel(profile, tasksPerVehiclePerSecond, seconds, seed);
    }

    public FeedTaskModel withSeed(long s) {
        return new FeedTaskModel(profile, tasksPerVehiclePerSecond, activeWindowSeconds, s);
    }

    /** The profile's task parameters at this rate, exactly as the simulator derives them. */
    public TaskParameters taskParameters() {
        return SimulatorConfig.defaults().withProfile(profile).withTasksPerVehiclePerSecond(tasksPerVehiclePerSecond)
                .networkParameters().tasks();
    }

    /** τ of the profile. */
    public double slotSeconds() {
        return NetworkParameters.forProfile(profile).geometry().slotSeconds();
    }
}

package io.vectwin.jobs.cli;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.model.params.Profile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The scenario options every command that runs the simulator shares (a picocli mixin): how
 * long, how many entities, which profile, how many tasks, which seed.
 */
public final class ScenarioOptions {

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", converter = NonNegativeNumber.class,
            description = "How long the simulator runs (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--vehicles", paramLabel = "V", defaultValue = "20", converter = PositiveInteger.class,
            description = "Vehicles (default: ${DEFAULT-VALUE}).")
    int vehicles;

    @Option(names = "--uavs", paramLabel = "U", defaultValue = "10", description = "UAVs (default: ${DEFAULT-VALUE}).")
    int uavs;

    @Option(names = "--base-stations", paramLabel = "B", defaultValue = "4", description = "Base stations (default: ${DEFAULT-VALUE}).")
    int baseStations;

    @Option(names = "--profile", paramLabel = "paper|physical", defaultValue = "physical", converter = ProfileConverter.class,
            description = "Parameter profile (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--rate", paramLabel = "TASKS/S", defaultValue = "15", converter = NonNegativeNumber.class,
            description = "Task requests per vehicle per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulator and the policy (default: ${DEFAULT-VALUE}).")
    long seed;

    /**
     * {@code base} with these options applied. A combination the simulator refuses is reported as
     * a bad argument naming the option that set the field at fault.
     */
    SimulatorConfig apply(SimulatorConfig base, CommandSpec spec) {
        try {
            return base.withProfile(profile).withCounts(vehicles, uavs, baseStations).withSeed(seed)
                    .withTasksPerVehiclePerSecond(rate).withDurationSeconds(seconds);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            String option = m.startsWith("uavs") ? "--uavs" : m.startsWith("baseStations") ? "--base-stations"
                    : m.startsWith("tasksPerVehicle") ? "--rate" : m.startsWith("vehicles") ? "--vehicles" : "--seconds";
            throw new InvalidArgumentException(spec, option, "", m);
        }
    }
}

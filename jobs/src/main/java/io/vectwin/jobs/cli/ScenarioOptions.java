package io.vectwin.jobs.cli;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The scenario options every command that runs the simulator shares (a picocli mixin): how
 * long, how many entities, which profile, how many tasks, which seed.
 */
public final class ScenarioOptions {

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", converter = NonNegativeNumber.class,
            description = "How long the simulator runs (default: ${DEFAULT-VALUE}).")
    double seconds;

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
            return base.withProfile(fleet.profile).withCounts(fleet.vehicles, fleet.uavs, fleet.baseStations).withSeed(seed)
                    .withTasksPerVehiclePerSecond(rate).withDurationSeconds(seconds);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            String option = m.startsWith("tasksPerVehicle") ? "--rate"
                    : m.startsWith("uavs") || m.startsWith("baseStations") || m.startsWith("vehicles")
                            ? FleetOptions.optionAtFault(e) : "--seconds";
            throw new InvalidArgumentException(spec, option, "", m);
        }
    }
}

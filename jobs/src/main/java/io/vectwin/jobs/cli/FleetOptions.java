package io.vectwin.jobs.cli;

import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The network a command simulates (a picocli mixin): how many vehicles, UAVs and base stations,
 * and which parameter profile. Shared by the commands that run the simulator ({@link ScenarioOptions})
 * and by training.
 */
public final class FleetOptions {

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

    /** The profile's parameters with these counts; a count the geometry refuses is a bad argument naming its option. */
    NetworkParameters parameters(CommandSpec spec) {
        NetworkParameters p = NetworkParameters.forProfile(profile);
        try {
            return p.withGeometry(p.geometry().withCounts(vehicles, uavs, baseStations));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, optionAtFault(e), "", String.valueOf(e.getMessage()));
        }
    }

    /** The count option a refusal message is about ("uavs ...", "baseStations ...", "vehicles ..."). */
    static String optionAtFault(IllegalArgumentException e) {
        String m = String.valueOf(e.getMessage());
        return m.startsWith("uavs") ? "--uavs" : m.startsWith("baseStations") ? "--base-stations" : "--vehicles";
    }
}

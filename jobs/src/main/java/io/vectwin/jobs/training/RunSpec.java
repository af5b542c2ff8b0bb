package io.vectwin.jobs.training;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.nio.file.Path;

/**
 * One training run of a campaign: an algorithm on a scenario with a seed, into its own directory.
 *
 * @param scenario a short name of the scenario (its directory), e.g. "v20-u10-b4"
 */
public record RunSpec(String scenario, NetworkParameters params, TrainingAlgorithm algorithm, long seed, Path directory) {

    /** "v20-u10-b4": the scenario's counts, as directory names use them. */
    public static String scenarioName(NetworkParameters p) {
        return "v" + p.geometry().vehicles() + "-u" + p.geometry().uavs() + "-b" + p.geometry().baseStations();
    }

    /** ROOT/scenario/algorithm/seed-K. */
    public static RunSpec under(Path root, NetworkParameters params, TrainingAlgorithm algorithm, long seed) {
        String scenario = scenarioName(params);
        return new RunSpec(scenario, params, algorithm, seed,
                root.resolve(scenario).resolve(algorithm.cliName()).resolve("seed-" + seed));
    }
}

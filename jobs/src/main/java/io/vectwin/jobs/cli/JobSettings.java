package io.vectwin.jobs.cli;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.config.TwinJobConfigFile;
import io.vectwin.quantum.QuantumPolicies;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The last steps every command that runs the twin job takes on its settings. */
final class JobSettings {

    private JobSettings() {
    }

    /**
     * {@code job} overridden by the {@code --job-config} file (if any), with its policy built once
     * so that a bad name or policy model file is a one-line error before anything starts.
     */
    static TwinJobConfig finish(TwinJobConfig job, Path jobConfig, CommandSpec spec) {
        TwinJobConfig result = job;
        if (jobConfig != null) {
            try {
                result = TwinJobConfigFile.apply(result, jobConfig);
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException(spec, "--job-config", jobConfig.toString(), e.getMessage());
            }
        }
        try {
            QuantumPolicies.create(result.policy(), result.networkParameters(), result.seed(), result.model());
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            throw new InvalidArgumentException(spec, message.startsWith("unknown policy") ? "--policy" : "--model",
                    result.policy(), message);
        }
        return result;
    }
}

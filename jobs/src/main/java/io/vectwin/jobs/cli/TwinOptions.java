package io.vectwin.jobs.cli;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinModelFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The twin switches every command that runs the job shares — the paper's ablations: the twin
 * with its LSTM (default when a model is given), without LSTM ({@code --lstm off}), or no twin
 * at all ({@code --twin off}); see {@link TwinJobConfig.TwinView}.
 */
public final class TwinOptions {

    @Option(names = "--twin", paramLabel = "on|off", arity = "1", defaultValue = "on", converter = OnOff.class,
            description = "Decide on the digital twin's states (default: ${DEFAULT-VALUE}); off: nodes known only by"
                    + " position and maximum CPU.")
    boolean twin = true;

    @Option(names = "--lstm", paramLabel = "on|off", arity = "1", defaultValue = "on", converter = OnOff.class,
            description = "Predict the twin's states with the LSTM of --lstm-model (default: ${DEFAULT-VALUE});"
                    + " off: decide on the states as last reported.")
    boolean lstm = true;

    @Option(names = "--lstm-model", paramLabel = "MODEL.zip",
            description = "Twin LSTM model (train-lstm's output); new ones can be published on vec.models while"
                    + " the job runs.")
    Path lstmModel;

    /** {@code job} with these switches; the model file is read once here so a bad one is a one-line error. */
    TwinJobConfig apply(TwinJobConfig job, CommandSpec spec) {
        TwinJobConfig.TwinSettings settings = job.twin().withEnabled(twin);
        if (lstmModel != null && lstm) {
            try {
                TwinModelFile.load(lstmModel);
            } catch (TwinModelFileException e) {
                throw new InvalidArgumentException(spec, "--lstm-model", lstmModel.toString(), e.getMessage());
            }
            settings = settings.withLstmModelFile(lstmModel.toString());
        } else if (!lstm) {
            settings = settings.withLstmModelFile("");
        }
        return job.withTwin(settings);
    }

    /** "on"/"off" (also true/false, yes/no). */
    public static final class OnOff implements picocli.CommandLine.ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not on or off");
            };
        }
    }
}

package io.vectwin.jobs.cli;

import io.vectwin.ingest.recording.RecordingFileException;
import io.vectwin.ingest.recording.RecordingReader;
import io.vectwin.lstm.model.CellActivation;
import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.training.EpochReport;
import io.vectwin.lstm.training.TrainingListener;
import io.vectwin.lstm.training.TrainingOptions;
import io.vectwin.lstm.training.TwinLstmTraining;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.model.params.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin train-lstm}: trains the twin's LSTM (Sec. V-A/B, Algorithm 1) on recordings and
 * saves it with its normalisation and metadata. Progress goes to stderr (a bar on a terminal,
 * one line per epoch always); the summary to stdout.
 */
@Command(
        name = "train-lstm",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Trains the twin's LSTM state predictor (Sec. V-A/B, Algorithm 1: Adam on the loss of eq. 74) on"
                    + " recordings made with 'vectwin record', split by entity into training and validation,"
                    + " with early stopping and a learning rate halved when the validation loss stalls.",
        },
        footer = {
            "",
            "Example:",
            "  vectwin record --out traffic.avro --seconds 120 --vehicles 20 --seed 7",
            "  vectwin train-lstm --data traffic.avro --epochs 30 --out twin-lstm.zip",
            "",
            "Exit codes: 0 success, 1 failure while training, 2 bad arguments or unreadable data.",
        })
public final class TrainLstmCommand implements Callable<Integer> {

    static final String DATA = "--data";

    @Spec
    CommandSpec spec;

    @Option(names = DATA, required = true, arity = "1..*", paramLabel = "FILE.avro",
            description = "Recording(s) to train on; each file is its own scenario.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "MODEL.zip", description = "Model file to write.")
    Path out;

    @Option(names = "--epochs", defaultValue = "30", converter = ArgumentConverters.PositiveInteger.class,
            description = "Most epochs to run, N of Alg. 1 (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--profile", paramLabel = "paper|physical", converter = ProfileConverter.class,
            description = "Parameter profile for the channel features (default: the recording's, else physical).")
    Profile profile;

    @Option(names = "--window", defaultValue = "10", converter = ArgumentConverters.PositiveInteger.class,
            description = "Reports per input window W (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--horizon", defaultValue = "1", converter = ArgumentConverters.PositiveInteger.class,
            description = "Predict k slots ahead (default: ${DEFAULT-VALUE}, the next slot).")
    int horizon;

    @Option(names = "--layers", defaultValue = "3", converter = ArgumentConverters.PositiveInteger.class,
            description = "LSTM layers (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--units", defaultValue = "128", converter = ArgumentConverters.PositiveInteger.class,
            description = "Units per layer (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--dropout", defaultValue = "0.3", converter = NonNegativeNumber.class,
            description = "Dropout rate between layers (default: ${DEFAULT-VALUE}).")
    double dropout;

    @Option(names = "--learning-rate", defaultValue = "0.001", converter = NonNegativeNumber.class,
            description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--batch", defaultValue = "64", converter = ArgumentConverters.PositiveInteger.class,
            description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--cell-activation", defaultValue = "tanh", paramLabel = "tanh|relu",
            description = "Cell input/output activation: tanh as in eq. 69-73, relu as Sec. VI's text (default: ${DEFAULT-VALUE}).")
    String cellActivation;

    @Option(names = "--no-peepholes", description = "Drop the gates' view of the cell state (W_IC, W_FC, W_OC of eq. 69-72).")
    boolean noPeepholes;

    @Option(names = "--variance-weight", defaultValue = "0.001", converter = ArgumentConverters.FiniteNumber.class,
            description = "eta_w of eq. 74 (default: ${DEFAULT-VALUE}).")
    double varianceWeight;

    @Option(names = "--stride", defaultValue = "1", converter = ArgumentConverters.PositiveInteger.class,
            description = "Keep one training window in this many (default: ${DEFAULT-VALUE}).")
    int stride;

    @Option(names = "--validation-fraction", defaultValue = "0.2", converter = NonNegativeNumber.class,
            description = "Share of each entity kind held out (default: ${DEFAULT-VALUE}).")
    double validationFraction;

    @Option(names = "--patience", defaultValue = "5", converter = ArgumentConverters.PositiveInteger.class,
            description = "Stop after this many epochs without a better validation loss (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of initialisation, dropout, split and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--history", paramLabel = "FILE.csv", description = "Also write one CSV row per epoch.")
    Path history;

    @Override
    public Integer call() {
        LstmConfig config = config();
        Profile chosen = profile != null ? profile : RecordingProfiles.of(spec, DATA, data);
        TrainingOptions options = new TrainingOptions(epochs, patience, Math.max(1, patience / 2), 0.5,
                Math.min(1e-5, learningRate), stride);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ProgressLine bar = ProgressLine.forConsole(err);
        List<EpochReport> epochsSeen = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onBatch(int epoch, int done, int total, double loss) {
                bar.update(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs), done, total,
                        String.format(Locale.ROOT, "loss %.4g", loss));
            }

            @Override
            public void onEpoch(EpochReport r) {
                epochsSeen.add(r);
                bar.finish(String.format(Locale.ROOT, "epoch %d/%d  train %.5g  validation %.5g%s  lr %.3g  %.1f s",
                        r.epoch(), epochs, r.trainLoss(), r.validationLoss(), r.best() ? " (best)" : "",
                        r.learningRate(), r.seconds()));
            }
        };
        TwinLstmTraining.Outcome outcome;
        try {
            outcome = new TwinLstmTraining(config, options, validationFraction).run(data, chosen, out, listener);
        } catch (RecordingFileException e) {
            throw new InvalidArgumentException(spec, DATA, e.getMessage(), e.getMessage());
        }
        writeHistory(epochsSeen);
        stdout.printf(Locale.ROOT, "model %s version %s: %d epochs, best validation loss %.5g%n", out,
                outcome.model().version(), outcome.training().epochs().size(), outcome.training().bestValidationLoss());
        stdout.printf(Locale.ROOT, "trained on %d windows of %d entities, validated on %d windows of %d held-out entities (%s profile)%n",
                outcome.trainWindows(), outcome.split().train().size(), outcome.validationWindows(),
                outcome.split().validation().size(), chosen.cliName());
        stdout.flush();
        return VectwinCli.EXIT_OK;
    }

    private LstmConfig config() {
        if (!(dropout < 1.0)) {
            throw new InvalidArgumentException(spec, "--dropout", Double.toString(dropout), "must be below 1");
        }
        if (!(validationFraction > 0.0 && validationFraction < 1.0)) {
            throw new InvalidArgumentException(spec, "--validation-fraction", Double.toString(validationFraction),
                    "must be between 0 and 1");
        }
        CellActivation activation;
        try {
            activation = CellActivation.parse(cellActivation);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, "--cell-activation", cellActivation, e.getMessage());
        }
        LstmConfig paper = LstmConfig.paper();
        return new LstmConfig(window, horizon, layers, units, dropout, learningRate, paper.beta1(), paper.beta2(),
                paper.epsilon(), batch, activation, !noPeepholes, varianceWeight, seed);
    }

    private void writeHistory(List<EpochReport> reports) {
        if (history == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("epoch,train_loss,validation_loss,learning_rate,best,seconds");
        for (EpochReport r : reports) {
            lines.add(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%.3f", r.epoch(), r.trainLoss(), r.validationLoss(),
                    r.learningRate(), r.best(), r.seconds()));
        }
        try {
            Files.write(history, lines);
        } catch (IOException e) {
            throw new IllegalStateException(history + ": cannot write the history: " + e.getMessage(), e);
        }
    }

    /** Reads the profile a recording was made with from its header (used by eval-lstm too). */
    static final class RecordingProfiles {
        private RecordingProfiles() {
        }

        static Profile of(CommandSpec spec, String option, List<Path> files) {
            try (RecordingReader reader = RecordingReader.open(files.get(0))) {
                String name = reader.metadata().get("profile");
                return name == null ? Profile.PHYSICAL : Profile.parse(name);
            } catch (RecordingFileException e) {
                throw new InvalidArgumentException(spec, option, files.get(0).toString(), e.getMessage());
            }
        }
    }
}

package io.vectwin.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vectwin.ingest.recording.RecordingFileException;
import io.vectwin.lstm.evaluation.ConstantVelocityForecaster;
import io.vectwin.lstm.evaluation.ForecastComparison;
import io.vectwin.lstm.evaluation.ForecastError;
import io.vectwin.lstm.evaluation.LastValueForecaster;
import io.vectwin.lstm.evaluation.LstmForecaster;
import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinModelFileException;
import io.vectwin.lstm.model.TwinPredictor;
import io.vectwin.lstm.training.TwinLstmTraining;
import io.vectwin.model.params.Profile;
import java.io.IOException;
import java.io.PrintWriter;
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
 * {@code vectwin eval-lstm}: how well a trained twin LSTM forecasts, beside the two baselines it
 * must beat — nothing changes (last value) and dead reckoning (constant velocity) — as RMSE per
 * feature group on entities the model has not seen.
 */
@Command(
        name = "eval-lstm",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scores a twin LSTM model against the last-value and constant-velocity baselines: RMSE of position (m,"
                    + " 3D), velocity (m/s, 3D), available CPU (Hz) and backlog (cycles), overall and per entity kind.",
            "On the model's own training files it evaluates the held-out entities of its split; on other files,"
                    + " every entity.",
        },
        footer = {
            "",
            "Example:",
            "  vectwin eval-lstm --model twin-lstm.zip --data traffic.avro --json eval.json",
            "",
            "Exit codes: 0 success, 1 failure while evaluating, 2 bad arguments or unreadable files.",
        })
public final class EvalLstmCommand implements Callable<Integer> {

    static final String MODEL = "--model";
    static final String DATA = "--data";

    @Spec
    CommandSpec spec;

    @Option(names = MODEL, required = true, paramLabel = "MODEL.zip", description = "Model written by train-lstm.")
    Path model;

    @Option(names = DATA, required = true, arity = "1..*", paramLabel = "FILE.avro", description = "Recording(s) to evaluate on.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the report as JSON.")
    Path json;

    @Option(names = "--profile", paramLabel = "paper|physical", converter = ArgumentConverters.ProfileConverter.class,
            description = "Parameter profile for the channel features (default: the model's).")
    Profile profile;

    @Override
    public Integer call() throws IOException {
        TwinPredictor predictor;
        try {
            predictor = TwinModelFile.load(model);
        } catch (TwinModelFileException e) {
            throw new InvalidArgumentException(spec, MODEL, model.toString(), e.getMessage());
        }
        Profile chosen = profile != null ? profile : Profile.parse(predictor.metadata().profile());
        WindowDataset windows;
        try {
            windows = TwinLstmTraining.evaluationWindows(predictor, data, chosen);
        } catch (RecordingFileException | IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, DATA, data.toString(), e.getMessage());
        }
        if (windows.size() == 0) {
            throw new InvalidArgumentException(spec, DATA, data.toString(), "no window of "
                    + predictor.window() + " + " + predictor.metadata().config().horizon()
                    + " consecutive reports in the evaluated entities");
        }
        ForecastComparison comparison = ForecastComparison.run(List.of(new LstmForecaster(predictor),
                new LastValueForecaster(), new ConstantVelocityForecaster()), windows);
        boolean heldOut = TwinLstmTraining.evaluatesHeldOut(predictor, data);
        print(comparison, predictor, windows, heldOut);
        if (json != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = comparison.toJson(mapper);
            root.put("model", model.toString());
            root.put("model_version", predictor.version());
            root.put("window", predictor.window());
            root.put("horizon_slots", predictor.metadata().config().horizon());
            root.put("evaluated_on", heldOut ? "held-out entities of the training files" : "all entities of new files");
            mapper.writeValue(json.toFile(), root);
        }
        return VectwinCli.EXIT_OK;
    }

    private void print(ForecastComparison c, TwinPredictor predictor, WindowDataset windows, boolean heldOut) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "model %s (version %s), %d windows, %s%n", model, predictor.version(), windows.size(),
                heldOut ? "held-out entities" : "all entities of new data");
        TextTable table = new TextTable(List.of(TextTable.Column.text("forecaster"),
                TextTable.Column.number("position m"), TextTable.Column.number("velocity m/s"),
                TextTable.Column.number("cpu Hz"), TextTable.Column.number("backlog cycles")));
        for (String name : List.of("lstm", "last_value", "constant_velocity")) {
            ForecastError e = c.overall(name);
            table.addRow(List.of(name, fmt(e.positionM()), fmt(e.velocityMps()), fmt(e.cpuHz()), fmt(e.backlogCycles())));
        }
        OutputFormat.TABLE.write(table, out);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}

package io.vectwin.lstm.training;

import io.vectwin.lstm.features.EntitySequences;
import io.vectwin.lstm.features.RecordedTelemetry;
import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.model.ModelMetadata;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinPredictor;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The whole of {@code vectwin train-lstm} without the command line: recordings → feature
 * sequences → split by entity → windows → Algorithm 1 → model file.
 *
 * @param validationFraction share of each entity kind held out for validation
 * @param options            epochs, early stopping, schedule, stride
 */
public record TwinLstmTraining(LstmConfig config, TrainingOptions options, double validationFraction) {

    /** What a run produced. */
    public record Outcome(TwinPredictor model, LstmTrainer.Result training, EntitySplit split, int trainWindows,
            int validationWindows) {
    }

    public Outcome run(List<Path> recordings, Profile profile, Path out, TrainingListener listener) {
        EntitySequences sequences = RecordedTelemetry.load(recordings, NetworkParameters.forProfile(profile));
        EntitySplit split = EntitySplit.byEntity(sequences.entities(), validationFraction, config.seed());
        if (split.validation().isEmpty()) {
            throw new IllegalArgumentException("the data holds " + sequences.entities().size()
                    + " entities; a split by entity needs at least two of one kind");
        }
        WindowDataset train = WindowDataset.cut(sequences.restrictTo(split.train()), config.window(), config.horizon(),
                options.stride());
        WindowDataset validation = WindowDataset.cut(sequences.restrictTo(split.validation()), config.window(),
                config.horizon(), 1);
        LstmTrainer.Result result = new LstmTrainer(config, options, listener).train(train, validation);
        ModelMetadata metadata = new ModelMetadata(TwinModelFile.FORMAT_VERSION, "", TwinFeature.inputNames(),
                TwinFeature.outputNames(), config, profile.cliName(),
                fileNames(recordings), split.train(), split.validation(),
                result.epochs().size(), result.bestValidationLoss(), Instant.now().toString());
        TwinPredictor model = TwinModelFile.save(out, result.network(), result.normalisation(), metadata);
        return new Outcome(model, result, split, train.size(), validation.size());
    }

    /**
     * The windows to evaluate {@code model} on: the held-out entities when {@code recordings} are
     * the files it was trained on, every entity when none of them is (new data is unseen data).
     *
     * @throws IllegalArgumentException when the files overlap the training files only in part
     */
    public static WindowDataset evaluationWindows(TwinPredictor model, List<Path> recordings, Profile profile) {
        List<String> names = fileNames(recordings);
        List<String> trainedOn = model.metadata().trainedOn();
        boolean same = names.equals(trainedOn);
        boolean disjoint = names.stream().noneMatch(trainedOn::contains);
        if (!same && !disjoint) {
            throw new IllegalArgumentException("the data files overlap the model's training files " + trainedOn
                    + " only in part: give exactly those files (to evaluate on the held-out entities) or only new ones");
        }
        EntitySequences sequences = RecordedTelemetry.load(recordings, NetworkParameters.forProfile(profile));
        if (same) {
            sequences = sequences.restrictTo(model.metadata().validationEntities());
        }
        LstmConfig c = model.metadata().config();
        return WindowDataset.cut(sequences, c.window(), c.horizon(), 1);
    }

    /** Whether {@link #evaluationWindows} would use the held-out split (true) or every entity (false). */
    public static boolean evaluatesHeldOut(TwinPredictor model, List<Path> recordings) {
        return fileNames(recordings).equals(model.metadata().trainedOn());
    }

    private static List<String> fileNames(List<Path> recordings) {
        return recordings.stream().map(p -> p.getFileName().toString()).toList();
    }
}

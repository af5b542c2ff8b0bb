package io.vectwin.jobs.training;

import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.twin.LstmTwinView;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.twin.NoTwinView;
import io.vectwin.model.twin.ReportedTwinView;
import io.vectwin.model.twin.TwinView;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.nio.file.Path;

/** The twin an algorithm decides on ({@link TrainingAlgorithm#twin()}), a fresh one per training or evaluation thread. */
public final class TwinViews {

    private TwinViews() {
    }

    /**
     * @param lstmModel the twin's LSTM; required for {@link TrainingAlgorithm.TwinKind#LSTM}, ignored otherwise
     * @throws io.vectwin.lstm.model.TwinModelFileException if the model cannot be read
     */
    public static TwinView forAlgorithm(TrainingAlgorithm algorithm, Path lstmModel, NetworkParameters params) {
        return switch (algorithm.twin()) {
            case REPORTED -> new ReportedTwinView();
            case NONE -> new NoTwinView();
            case LSTM -> {
                if (lstmModel == null) {
                    throw new IllegalArgumentException(algorithm.cliName() + " decides on the LSTM twin and needs a model");
                }
                yield new LstmTwinView(TwinModelFile.load(lstmModel), params);
            }
        };
    }
}

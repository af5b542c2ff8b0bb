package io.vectwin.jobs.twin;

import io.vectwin.lstm.features.Normalisation;
import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.model.ModelMetadata;
import io.vectwin.lstm.model.TwinLstmNetwork;
import io.vectwin.lstm.model.TwinModelFile;
import java.util.Arrays;
import java.util.List;

/** Small untrained twin models for the job's tests: what they predict does not matter, that they run does. */
public final class TwinModels {

    private TwinModels() {
    }

    /** The bytes of a model file: 1 × 4 LSTM, window {@code window}, weights seeded by {@code seed}. */
    public static byte[] tiny(int window, long seed) {
        LstmConfig config = LstmConfig.paper().withShape(1, 4).withWindow(window, 1).withTraining(1e-3, 8, 0.0, seed);
        int f = TwinFeature.inputs().size();
        int o = TwinFeature.outputs().size();
        double[] ones = new double[f];
        Arrays.fill(ones, 1.0);
        double[] outOnes = new double[o];
        Arrays.fill(outOnes, 1.0);
        Normalisation identity = new Normalisation(new double[f], ones, new double[o], outOnes);
        ModelMetadata metadata = new ModelMetadata(TwinModelFile.FORMAT_VERSION, "", TwinFeature.inputNames(),
                TwinFeature.outputNames(), config, "physical", List.of("test"), List.of(), List.of(), 0, 0.0, "test");
        return TwinModelFile.toBytes(TwinLstmNetwork.create(config), identity, metadata);
    }

    /** The version a model file's bytes carry. */
    public static String version(byte[] model) {
        return TwinModelFile.fromBytes(model, "test").version();
    }
}

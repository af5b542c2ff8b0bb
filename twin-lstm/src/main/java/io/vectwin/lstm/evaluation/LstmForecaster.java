package io.vectwin.lstm.evaluation;

import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.lstm.model.TwinPredictor;

/** The trained twin LSTM as a {@link StateForecaster}. */
public final class LstmForecaster implements StateForecaster {

    private static final int BATCH = 256;

    private final TwinPredictor predictor;

    public LstmForecaster(TwinPredictor predictor) {
        this.predictor = predictor;
    }

    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public double[][] forecast(WindowDataset data) {
        return predictor.predict(data, BATCH);
    }
}

package io.vectwin.lstm.evaluation;

import io.vectwin.lstm.features.WindowDataset;

/**
 * Anything that forecasts, for each window of a dataset, the predicted features k slots later
 * (rows in {@code TwinFeature.outputs()} order, SI units): the LSTM and the baselines it has to
 * beat are compared through this one interface.
 */
public interface StateForecaster {

    String name();

    double[][] forecast(WindowDataset data);
}

package io.vectwin.lstm.evaluation;

import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;

/** Baseline: nothing changes — the twin without prediction ("no LSTM" in the paper's ablation). */
public final class LastValueForecaster implements StateForecaster {

    @Override
    public String name() {
        return "last_value";
    }

    @Override
    public double[][] forecast(WindowDataset data) {
        int o = TwinFeature.outputs().size();
        double[][] out = new double[data.size()][o];
        for (int s = 0; s < data.size(); s++) {
            for (int j = 0; j < o; j++) {
                out[s][j] = data.current(s, TwinFeature.outputs().get(j).inputIndex());
            }
        }
        return out;
    }
}

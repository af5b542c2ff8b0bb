package io.vectwin.lstm.evaluation;

import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;

/**
 * Baseline: dead reckoning. The position moves on with the last reported velocity for the
 * horizon's wall time, p(t + kτ) = p(t) + v(t)·kτ — eq. (8)–(10) with V, θ and φ frozen — and
 * every other feature keeps its last value. Between waypoints this is what the mobility model does,
 * so it is the baseline a learned predictor has to beat, and the hardest one.
 */
public final class ConstantVelocityForecaster implements StateForecaster {

    private final LastValueForecaster lastValue = new LastValueForecaster();

    @Override
    public String name() {
        return "constant_velocity";
    }

    @Override
    public double[][] forecast(WindowDataset data) {
        double[][] out = lastValue.forecast(data);
        TwinFeature[][] pairs = {
            {TwinFeature.POSITION_X, TwinFeature.VELOCITY_X},
            {TwinFeature.POSITION_Y, TwinFeature.VELOCITY_Y},
            {TwinFeature.POSITION_Z, TwinFeature.VELOCITY_Z},
        };
        for (int s = 0; s < data.size(); s++) {
            double dt = data.horizonSeconds(s);
            for (TwinFeature[] pair : pairs) {
                out[s][pair[0].outputIndex()] += data.current(s, pair[1].inputIndex()) * dt;
            }
        }
        return out;
    }
}

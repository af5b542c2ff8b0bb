package io.vectwin.lstm.evaluation;

import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;
import java.util.function.IntPredicate;

/**
 * Root-mean-square errors of a forecast per feature group, in SI units. Position and velocity
 * are 3-vectors: their RMSE is √(mean ‖x̂ − x‖²), the Euclidean miss in metres (m/s), not an
 * average over axes.
 *
 * @param positionM     3D position RMSE
 * @param velocityMps   3D velocity RMSE
 * @param cpuHz         available CPU frequency RMSE
 * @param backlogCycles queued-work RMSE
 * @param samples       windows evaluated
 */
public record ForecastError(double positionM, double velocityMps, double cpuHz, double backlogCycles, int samples) {

    /** RMSEs of {@code forecast} against the truth in {@code data}, over the samples {@code include} accepts. */
    public static ForecastError of(double[][] forecast, WindowDataset data, IntPredicate include) {
        if (forecast.length != data.size()) {
            throw new IllegalArgumentException("forecast has " + forecast.length + " rows for " + data.size() + " samples");
        }
        double pos = 0;
        double vel = 0;
        double cpu = 0;
        double backlog = 0;
        int n = 0;
        for (int s = 0; s < data.size(); s++) {
            if (!include.test(s)) {
                continue;
            }
            n++;
            pos += squaredMiss(forecast[s], data, s, TwinFeature.POSITION_X, TwinFeature.POSITION_Y, TwinFeature.POSITION_Z);
            vel += squaredMiss(forecast[s], data, s, TwinFeature.VELOCITY_X, TwinFeature.VELOCITY_Y, TwinFeature.VELOCITY_Z);
            cpu += squaredMiss(forecast[s], data, s, TwinFeature.AVAILABLE_CPU);
            backlog += squaredMiss(forecast[s], data, s, TwinFeature.BACKLOG);
        }
        if (n == 0) {
            return new ForecastError(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new ForecastError(Math.sqrt(pos / n), Math.sqrt(vel / n), Math.sqrt(cpu / n), Math.sqrt(backlog / n), n);
    }

    private static double squaredMiss(double[] predicted, WindowDataset data, int s, TwinFeature... features) {
        double sum = 0;
        for (TwinFeature f : features) {
            double d = predicted[f.outputIndex()] - data.target(s, f.outputIndex());
            sum += d * d;
        }
        return sum;
    }
}

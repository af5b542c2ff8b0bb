package io.vectwin.jobs.twin;

import java.util.Optional;

/**
 * How well one vehicle's twin predicts what really happens: outcomes seen, deadlines met, and
 * the latency estimate error (actual − predicted) over the outcomes whose decision it saw and
 * whose latency was finite. A Flink POJO so it can live in keyed state; {@link #update} is the
 * one place its arithmetic is done.
 */
public class TwinAccuracy {

    public String vehicleId;
    public long outcomes;
    public long deadlineMet;
    public long scored;
    public double sumError;
    public double sumAbsError;
    /** Error of the latest scored outcome; NaN when the latest outcome could not be scored. */
    public double lastError = Double.NaN;

    public TwinAccuracy() {
    }

    /** {@code previous} (or a fresh record) updated with one outcome. */
    public static TwinAccuracy update(TwinAccuracy previous, String vehicleId, boolean met, Double predictedS, double actualS) {
        TwinAccuracy a = new TwinAccuracy();
        a.vehicleId = vehicleId;
        if (previous != null) {
            a.outcomes = previous.outcomes;
            a.deadlineMet = previous.deadlineMet;
            a.scored = previous.scored;
            a.sumError = previous.sumError;
            a.sumAbsError = previous.sumAbsError;
        }
        a.outcomes++;
        if (met) {
            a.deadlineMet++;
        }
        if (predictedS != null && Double.isFinite(predictedS) && Double.isFinite(actualS)) {
            double error = actualS - predictedS;
            a.scored++;
            a.sumError += error;
            a.sumAbsError += Math.abs(error);
            a.lastError = error;
        } else {
            a.lastError = Double.NaN;
        }
        return a;
    }

    public double deadlineHitRate() {
        return outcomes == 0 ? 0.0 : deadlineMet / (double) outcomes;
    }

    /** Mean of actual − predicted latency (bias of the twin), seconds; 0 before any scored outcome. */
    public double meanErrorSeconds() {
        return scored == 0 ? 0.0 : sumError / scored;
    }

    public double meanAbsErrorSeconds() {
        return scored == 0 ? 0.0 : sumAbsError / scored;
    }

    public Optional<Double> lastError() {
        return Double.isNaN(lastError) ? Optional.empty() : Optional.of(lastError);
    }
}

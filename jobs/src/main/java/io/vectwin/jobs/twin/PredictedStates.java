package io.vectwin.jobs.twin;

import io.vectwin.schemas.EntityTelemetry;

/**
 * What the twin hands the decision instead of a report when there is no twin: a node as known from
 * its fixed data only. (The LSTM twin's forecast replaces a report through
 * {@link io.vectwin.lstm.twin.PredictedTelemetry}.)
 */
public final class PredictedStates {

    private PredictedStates() {
    }

    /**
     * Without a digital twin ({@code --twin off}) a node is known only by what does not change:
     * where it is and its maximum CPU. Its live load — free CPU, queue, backlog — is replaced by
     * the idle values, as a decentralised agent without the twin's synchronised view would assume.
     * Vehicles pass unchanged (a vehicle knows its own state).
     */
    public static EntityTelemetry withoutTwin(EntityTelemetry report) {
        if (report.getKind() == io.vectwin.schemas.EntityKind.VEHICLE) {
            return report;
        }
        return EntityTelemetry.newBuilder(report)
                .setAvailableCpuHz(report.getMaxCpuHz())
                .setQueueLength(0)
                .setBacklogCycles(0.0)
                .build();
    }
}

package io.vectwin.lstm.twin;

import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.schemas.EntityTelemetry;

/**
 * What the LSTM twin hands a decision instead of a report: the same record with the forecast in
 * place of the reported state (Sec. V-A/B: decide on the predicted state). Shared by the Flink
 * job's prediction stage and the training environment's {@link LstmTwinView}.
 */
public final class PredictedTelemetry {

    private PredictedTelemetry() {
    }

    /**
     * {@code report} with position, velocity, available CPU and backlog replaced by
     * {@code predicted} (in {@link TwinFeature#outputs()} order) and {@code predictedBy} set.
     * Speed and heading come back from the velocity components (V = ‖(v_x, v_y)‖,
     * θ = atan2(v_y, v_x) in [0, 2π), eq. (8)–(9)); the predicted climb rate enters through the
     * height only — eq. (10) splits it into Ṽ_z and sin φ, which one rate cannot be split back
     * into, so Ṽ_z and φ stay as reported. A forecast outside what can be — negative CPU or
     * backlog, more CPU than the entity has, a height below ground — is clamped to the nearest
     * possible value.
     */
    public static EntityTelemetry apply(EntityTelemetry report, double[] predicted, String modelVersion) {
        double vx = predicted[TwinFeature.VELOCITY_X.outputIndex()];
        double vy = predicted[TwinFeature.VELOCITY_Y.outputIndex()];
        double heading = Math.atan2(vy, vx);
        if (heading < 0) {
            heading += 2 * Math.PI;
        }
        double cpu = predicted[TwinFeature.AVAILABLE_CPU.outputIndex()];
        double maxCpu = report.getMaxCpuHz();
        return EntityTelemetry.newBuilder(report)
                .setX(predicted[TwinFeature.POSITION_X.outputIndex()])
                .setY(predicted[TwinFeature.POSITION_Y.outputIndex()])
                .setZ(Math.max(0.0, predicted[TwinFeature.POSITION_Z.outputIndex()]))
                .setHorizontalSpeed(Math.hypot(vx, vy))
                .setHeading(heading)
                .setAvailableCpuHz(Math.min(Math.max(0.0, cpu), maxCpu > 0 ? maxCpu : Double.MAX_VALUE))
                .setBacklogCycles(Math.max(0.0, predicted[TwinFeature.BACKLOG.outputIndex()]))
                .setPredictedBy(modelVersion)
                .build();
    }

}

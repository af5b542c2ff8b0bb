package io.vectwin.ingest;

import io.vectwin.schemas.OffloadingDecision;
import java.util.List;

/** Builds OffloadingDecisions for tests, with the prediction fields filled with harmless values. */
public final class TestDecisions {

    private TestDecisions() {
    }

    public static OffloadingDecision decision(String taskId, int index, String vehicleId, String firstHop,
            List<String> forwarding, String processingNode) {
        return OffloadingDecision.newBuilder()
                .setTaskId(taskId)
                .setSubtaskIndex(index)
                .setVehicleId(vehicleId)
                .setFirstHop(firstHop)
                .setForwardingPath(forwarding)
                .setProcessingNode(processingNode)
                .setTransmitPowerWatts(0.2)
                .setPredictedLatencySeconds(0.005)
                .setPredictedEnergyJoules(0.001)
                .setPredictedQos(80.0)
                .setPolicyName("test")
                .setModelVersion("0")
                .setRequestCreatedAtMillis(0L)
                .setIngestedAtMillis(0L)
                .setDecidedAtMillis(0L)
                .build();
    }

    /** A decision that processes the subtask where it lands, at {@code node}. */
    public static OffloadingDecision direct(String taskId, int index, String vehicleId, String node) {
        return decision(taskId, index, vehicleId, node, List.of(), node);
    }
}

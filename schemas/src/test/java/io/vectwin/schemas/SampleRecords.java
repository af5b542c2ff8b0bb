package io.vectwin.schemas;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;

/**
 * Realistic instances of every message record, shared by the tests: one vehicle in a
 * 20 ms slot, a two-subtask task with the paper's 10 ms deadline, decisions with and without
 * forwarding, outcomes with and without a closed link.
 */
public final class SampleRecords {

    /** 2026-01-01T00:00:00Z, the scenario's start. */
    public static final long START_MILLIS = 1_767_225_600_000L;

    private SampleRecords() {
    }

    public static EntityTelemetry vehicleTelemetry() {
        return EntityTelemetry.newBuilder()
                .setEntityId("v-17")
                .setKind(EntityKind.VEHICLE)
                .setSequenceNumber(4_211L)
                .setEventTimeMillis(START_MILLIS + 84_220L)
                .setX(-312.75)
                .setY(88.5)
                .setZ(1.5)
                .setHorizontalSpeed(13.9)
                .setVerticalSpeed(0.0)
                .setHeading(4.71238898)
                .setSlope(-0.0349)
                .setAvailableCpuHz(0.0)
                .setMaxCpuHz(0.0)
                .setQueueLength(0)
                .build();
    }

    public static TaskRequest taskRequest() {
        return TaskRequest.newBuilder()
                .setTaskId("v-17/t-42")
                .setVehicleId("v-17")
                .setCreatedAtMillis(START_MILLIS + 84_221L)
                .setDeadlineSeconds(0.010)
                .setSubtasks(List.of(
                        subtask(0, 330.0 / 8, 800_000L, 0.7, 0.4, 0.6),
                        subtask(1, 330.0 / 8, 240_000L, 0.2, 0.9, 0.3)))
                .build();
    }

    /** Processed by the first hop itself: empty forwarding path. */
    public static OffloadingDecision directDecision() {
        return decision(List.of(), "b-0");
    }

    /** Relayed by a UAV to another UAV that processes it. */
    public static OffloadingDecision forwardedDecision() {
        return decision(List.of("u-4"), "u-4");
    }

    public static OffloadingOutcome deadlineMetOutcome() {
        return outcome(0.0041, true, null);
    }

    /** The link never closed: infinite latency, missed deadline, a failure reason. */
    public static OffloadingOutcome closedLinkOutcome() {
        return outcome(Double.POSITIVE_INFINITY, false, "link v-17->b-0 did not close (SNR -95 dB)");
    }

    public static DeadLetterRecord deadLetter() {
        return DeadLetterRecord.newBuilder()
                .setSourceTopic("vec.telemetry")
                .setPartition(3)
                .setOffset(1_048_576L)
                .setRawBytes(ByteBuffer.wrap(new byte[] {0x00, (byte) 0xFF, 0x7B, 0x22, (byte) 0xC3}))
                .setReason("BAD_MAGIC: cannot decode io.vectwin.schemas.EntityTelemetry: message starts with 0x00 0xFF")
                .setFailedAtMillis(START_MILLIS + 84_230L)
                .build();
    }

    /** One or more samples of every message type, covering each special value once. */
    public static Stream<SpecificRecord> all() {
        return Stream.of(vehicleTelemetry(), taskRequest(), directDecision(), forwardedDecision(),
                deadlineMetOutcome(), closedLinkOutcome(), deadLetter());
    }

    private static Subtask subtask(int index, double cyclesPerBit, long dataBits, double chi,
                                   double complexityWeight, double dataSizeWeight) {
        return Subtask.newBuilder()
                .setIndex(index)
                .setCyclesPerBit(cyclesPerBit)
                .setDataBits(dataBits)
                .setIntrinsicPriority(chi)
                .setComplexityWeight(complexityWeight)
                .setDataSizeWeight(dataSizeWeight)
                .build();
    }

    private static OffloadingDecision decision(List<String> forwardingPath, String processingNode) {
        return OffloadingDecision.newBuilder()
                .setTaskId("v-17/t-42")
                .setSubtaskIndex(1)
                .setVehicleId("v-17")
                .setFirstHop(forwardingPath.isEmpty() ? processingNode : "u-3")
                .setForwardingPath(forwardingPath)
                .setProcessingNode(processingNode)
                .setTransmitPowerWatts(0.1995)
                .setPredictedLatencySeconds(0.0062)
                .setPredictedEnergyJoules(0.0017)
                .setPredictedQos(87.25)
                .setPolicyName("quantum")
                .setModelVersion("qdrl-2026-01-01T00:00Z-e300")
                .setRequestCreatedAtMillis(START_MILLIS + 84_221L)
                .setIngestedAtMillis(START_MILLIS + 84_222L)
                .setDecidedAtMillis(START_MILLIS + 84_224L)
                .build();
    }

    private static OffloadingOutcome outcome(double latencySeconds, boolean deadlineMet, String failureReason) {
        return OffloadingOutcome.newBuilder()
                .setTaskId("v-17/t-42")
                .setSubtaskIndex(1)
                .setVehicleId("v-17")
                .setProcessingNode("b-0")
                .setActualLatencySeconds(latencySeconds)
                .setActualEnergyJoules(0.0019)
                .setActualQos(deadlineMet ? 84.5 : 0.0)
                .setDeadlineMet(deadlineMet)
                .setFailureReason(failureReason)
                .setObservedAtMillis(START_MILLIS + 84_240L)
                .build();
    }
}

package io.vectwin.jobs.twin;

import static io.vectwin.jobs.twin.TelemetryHistoryTest.telemetry;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.config.TwinJobConfig.DecisionAlignment;
import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.Subtask;
import io.vectwin.schemas.TaskRequest;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * The deciding operator on Flink's test harness, with a task that arrives after telemetry newer
 * than itself (as thread timing can make it): on arrival it is decided on the newest state, as of
 * event time on the state of its own time. Event time = 1000 + 20·seq in these records.
 */
class DecisionFunctionAlignmentTest {

    private static final long TASK_TIME = 1_000;

    private static TaskRequest taskAt(long createdAt, String vehicle) {
        Subtask s = Subtask.newBuilder().setIndex(0).setCyclesPerBit(41.25).setDataBits(400_000).setIntrinsicPriority(0.5)
                .setComplexityWeight(0.5).setDataSizeWeight(0.5).build();
        return TaskRequest.newBuilder().setTaskId(vehicle + "/t0").setVehicleId(vehicle).setCreatedAtMillis(createdAt)
                .setDeadlineSeconds(0.010).setSubtasks(List.of(s)).build();
    }

    private static KeyedBroadcastOperatorTestHarness<String, VehicleEvent, EntityTelemetry, OffloadingDecision> harness(
            DecisionAlignment alignment) throws Exception {
        TwinJobConfig config = TwinJobConfig.defaults("h:1").withCounts(1, 1, 1).withDecisionAlignment(alignment)
                .withTwinWait(Duration.ofSeconds(5));
        var h = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new DecisionFunction(config),
                VehicleEvent::vehicleId, Types.STRING, DecisionFunction.NODE_TWINS, DecisionFunction.VEHICLE_TWINS);
        h.setProcessingTime(0);
        return h;
    }

    /**
     * The vehicle at x = 100; the BS at x = 900 all along; the UAV right above the vehicle at the
     * task's time (seq 0) and 5 km away two slots later (seq 2), when the task arrives.
     */
    private static void feedTelemetryThenTheTask(KeyedBroadcastOperatorTestHarness<String, VehicleEvent, EntityTelemetry,
            OffloadingDecision> h, String vehicle) throws Exception {
        for (long seq = 0; seq <= 2; seq++) {
            long t = 1_000 + 20 * seq;
            h.processBroadcastElement(telemetry("b-0", EntityKind.BASE_STATION, seq, 900), t);
            h.processBroadcastElement(telemetry("u-0", EntityKind.UAV, seq, seq == 0 ? 100 : 5_000), t);
            h.processElement(VehicleEvent.of(telemetry(vehicle, EntityKind.VEHICLE, seq, 100)), t);
        }
        h.processElement(VehicleEvent.of(taskAt(TASK_TIME, vehicle)), TASK_TIME);
    }

    @Test
    void onArrivalTheTaskIsDecidedAtOnceOnTheNewestState() throws Exception {
        try (var h = harness(DecisionAlignment.ARRIVAL)) {
            feedTelemetryThenTheTask(h, "v-1");

            List<OffloadingDecision> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).getFirstHop()).isEqualTo("b-0");
        }
    }

    @Test
    void asOfEventTimeTheTaskWaitsForTheWatermarkAndIsDecidedOnTheStateOfItsOwnTime() throws Exception {
        try (var h = harness(DecisionAlignment.EVENT_TIME)) {
            feedTelemetryThenTheTask(h, "v-1");
            h.processWatermark(TASK_TIME - 1);
            h.processBroadcastWatermark(TASK_TIME - 1);
            assertThat(h.extractOutputValues()).isEmpty();

            h.processWatermark(TASK_TIME);
            h.processBroadcastWatermark(TASK_TIME);

            List<OffloadingDecision> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).getFirstHop()).isEqualTo("u-0");
            assertThat(out.get(0).getRequestCreatedAtMillis()).isEqualTo(TASK_TIME);
        }
    }

    @Test
    void withoutWatermarkTheTaskIsDecidedAfterTheTwinWaitOnTheStateOfItsTime() throws Exception {
        try (var h = harness(DecisionAlignment.EVENT_TIME)) {
            feedTelemetryThenTheTask(h, "v-1");
            h.setProcessingTime(4_999);
            assertThat(h.extractOutputValues()).isEmpty();

            h.setProcessingTime(5_000);

            assertThat(h.extractOutputValues()).extracting(OffloadingDecision::getFirstHop).containsExactly("u-0");
        }
    }

    @Test
    void aTaskOfAVehicleWithoutTelemetryIsDeadLetteredAfterTwoTwinWaitsWithTheReason() throws Exception {
        try (var h = harness(DecisionAlignment.EVENT_TIME)) {
            h.processBroadcastElement(telemetry("b-0", EntityKind.BASE_STATION, 0, 900), 1_000);
            h.processElement(VehicleEvent.of(taskAt(TASK_TIME, "v-9")), TASK_TIME);
            h.processWatermark(2_000);
            h.processBroadcastWatermark(2_000);
            assertThat(h.getSideOutput(DeadLetters.TAG)).isNullOrEmpty(); // its telemetry may still be on the way

            h.setProcessingTime(9_999);
            assertThat(h.getSideOutput(DeadLetters.TAG)).isNullOrEmpty();

            h.setProcessingTime(10_000); // two twin waits: its telemetry is not coming

            assertThat(h.extractOutputValues()).isEmpty();
            List<DeadLetterRecord> dead = h.getSideOutput(DeadLetters.TAG).stream().map(StreamRecord::getValue).toList();
            assertThat(dead).singleElement().satisfies(d -> assertThat(d.getReason()).contains("no telemetry for vehicle v-9"));
        }
    }

    /** The watermark passed the task, but the vehicle's telemetry of that time lags behind (its input was idle). */
    @Test
    void aPassedTaskWaitsForItsVehiclesTelemetryOfThatTime() throws Exception {
        try (var h = harness(DecisionAlignment.EVENT_TIME)) {
            h.processBroadcastElement(telemetry("b-0", EntityKind.BASE_STATION, 0, 900), 1_000);
            h.processBroadcastElement(telemetry("u-0", EntityKind.UAV, 0, 100), 1_000);
            h.processElement(VehicleEvent.of(taskAt(TASK_TIME, "v-1")), TASK_TIME);
            h.processWatermark(1_500);
            h.processBroadcastWatermark(1_500);
            assertThat(h.extractOutputValues()).isEmpty();

            h.processElement(VehicleEvent.of(telemetry("v-1", EntityKind.VEHICLE, 0, 100)), 1_000);

            assertThat(h.extractOutputValues()).extracting(OffloadingDecision::getFirstHop).containsExactly("u-0");
        }
    }
}

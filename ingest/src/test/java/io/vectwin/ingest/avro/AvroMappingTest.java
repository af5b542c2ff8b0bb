package io.vectwin.ingest.avro;

import static io.vectwin.ingest.TestDecisions.decision;
import static io.vectwin.ingest.TestDecisions.direct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.SubtaskAssignment;
import io.vectwin.model.env.SubtaskOutcome;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.QosParameters;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvroMappingTest {

    private static final QosParameters QOS = QosParameters.tableII();
    private static final TimeMapping TIME = new TimeMapping(1_700_000_000_000L);

    private static EntityState uav() {
        MotionState motion = new MotionState(new Position(-120.5, 310.25, 44.0), 17.5, 17.5, 1.25, -0.08,
                new Position(900, 900, 60));
        return new EntityState(EntityId.uav(3), motion, 1.0e10, 6.5e9, 2.0e8, 4);
    }

    @Test
    void telemetryCarriesEveryReportedField() {
        EntityTelemetry t = AvroMapping.toTelemetry(uav(), 7L, 1_700_000_000_140L);

        assertThat(t.getEntityId()).isEqualTo("u-3");
        assertThat(t.getKind()).isEqualTo(io.vectwin.schemas.EntityKind.UAV);
        assertThat(t.getSequenceNumber()).isEqualTo(7L);
        assertThat(t.getEventTimeMillis()).isEqualTo(1_700_000_000_140L);
        assertThat(List.of(t.getX(), t.getY(), t.getZ())).containsExactly(-120.5, 310.25, 44.0);
        assertThat(List.of(t.getHorizontalSpeed(), t.getVerticalSpeed(), t.getHeading(), t.getSlope()))
                .containsExactly(17.5, 17.5, 1.25, -0.08);
        assertThat(t.getAvailableCpuHz()).isEqualTo(6.5e9);
        assertThat(t.getMaxCpuHz()).isEqualTo(1.0e10);
        assertThat(t.getQueueLength()).isEqualTo(4);
    }

    @Test
    void entityStateSurvivesTelemetryRoundTripExceptWhatIsNotReported() {
        EntityState original = uav();

        EntityState back = AvroMapping.toEntityState(AvroMapping.toTelemetry(original, 0L, 0L));

        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.motion().position()).isEqualTo(original.motion().position());
        assertThat(back.motion().horizontalSpeed()).isEqualTo(original.motion().horizontalSpeed());
        assertThat(back.motion().verticalSpeed()).isEqualTo(original.motion().verticalSpeed());
        assertThat(back.motion().heading()).isEqualTo(original.motion().heading());
        assertThat(back.motion().slope()).isEqualTo(original.motion().slope());
        assertThat(back.maxCpuHz()).isEqualTo(original.maxCpuHz());
        assertThat(back.availableCpuHz()).isEqualTo(original.availableCpuHz());
        assertThat(back.queueLength()).isEqualTo(original.queueLength());
        assertThat(back.backlogCycles()).isEqualTo(original.backlogCycles());
        // not on the wire: the waypoint becomes the position
        assertThat(back.motion().waypoint()).isEqualTo(original.motion().position());
    }

    @Test
    void everyEntityOfARealEnvironmentSurvivesTheRoundTripThroughBytes() {
        VecEnvironment env = new VecEnvironment(NetworkParameters.physical()
                .withGeometry(NetworkParameters.physical().geometry().withCounts(4, 2, 2)), 5L);
        AvroSingleObjectSerde<EntityTelemetry> serde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);
        List<EntityState> all = new java.util.ArrayList<>(env.observation().vehicles());
        all.addAll(env.observation().uavs());
        all.addAll(env.observation().baseStations());

        for (EntityState s : all) {
            EntityState back = AvroMapping.toEntityState(serde.decode(serde.encode(AvroMapping.toTelemetry(s, 1L, 2L))));
            assertThat(back.id()).isEqualTo(s.id());
            assertThat(back.motion().position()).isEqualTo(s.motion().position());
            assertThat(back.motion().velocity()).containsExactly(s.motion().velocity());
            assertThat(back.availableCpuHz()).isEqualTo(s.availableCpuHz());
        }
    }

    @Test
    void telemetryWhoseKindContradictsItsIdIsRefused() {
        EntityTelemetry t = AvroMapping.toTelemetry(uav(), 0L, 0L);
        t.setKind(io.vectwin.schemas.EntityKind.BASE_STATION);

        assertThatThrownBy(() -> AvroMapping.toEntityState(t))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("telemetry.kind BASE_STATION")
                .hasMessageContaining("u-3");
    }

    @Test
    void kindsMapOneToOne() {
        for (EntityKind k : EntityKind.values()) {
            assertThat(AvroMapping.toModelKind(AvroMapping.toAvroKind(k))).isEqualTo(k);
        }
    }

    private static TaskRequest task() {
        return new TaskRequest("v-2/t75", EntityId.vehicle(2), 1.5, 0.010, List.of(
                new Subtask(0, 41.25, 800_000, 0.3, 0.6, 0.9),
                new Subtask(1, 41.25, 123_456, 0.25, 0.5, 0.75)));
    }

    @Test
    void taskRequestMapsToAvroWithItsSubtasks() {
        io.vectwin.schemas.TaskRequest avro = AvroMapping.toAvroTask(task(), TIME.toEpochMillis(1.5));

        assertThat(avro.getTaskId()).isEqualTo("v-2/t75");
        assertThat(avro.getVehicleId()).isEqualTo("v-2");
        // 1.7e12 ms + 1.5 s · 1000 ms/s
        assertThat(avro.getCreatedAtMillis()).isEqualTo(1_700_000_001_500L);
        assertThat(avro.getDeadlineSeconds()).isEqualTo(0.010);
        assertThat(avro.getSubtasks()).hasSize(2);
        io.vectwin.schemas.Subtask s1 = avro.getSubtasks().get(1);
        assertThat(s1.getIndex()).isEqualTo(1);
        assertThat(s1.getDataBits()).isEqualTo(123_456L);
        assertThat(s1.getCyclesPerBit()).isEqualTo(41.25);
        assertThat(List.of(s1.getIntrinsicPriority(), s1.getComplexityWeight(), s1.getDataSizeWeight()))
                .containsExactly(0.25, 0.5, 0.75);
    }

    @Test
    void taskRequestSurvivesTheRoundTripThroughAvroAndBytes() {
        AvroSingleObjectSerde<io.vectwin.schemas.TaskRequest> serde =
                AvroSingleObjectSerde.forSpecific(io.vectwin.schemas.TaskRequest.class);
        TaskRequest original = task();

        TaskRequest back = AvroMapping.toModelTask(
                serde.decode(serde.encode(AvroMapping.toAvroTask(original, TIME.toEpochMillis(original.createdAtSeconds())))),
                TIME);

        assertThat(back).isEqualTo(original);
    }

    @Test
    void generatedTasksSurviveTheRoundTrip() {
        NetworkParameters p = NetworkParameters.physical();
        VecEnvironment env = new VecEnvironment(p.withGeometry(p.geometry().withCounts(10, 2, 2)), 9L);
        List<TaskRequest> pending = env.observation().pendingTasks();
        assertThat(pending).isNotEmpty();

        for (TaskRequest t : pending) {
            assertThat(AvroMapping.toModelTask(AvroMapping.toAvroTask(t, TIME.toEpochMillis(t.createdAtSeconds())), TIME))
                    .isEqualTo(t);
        }
    }

    @Test
    void taskCreatedBeforeTheEpisodeIsRefusedNamingTheField() {
        io.vectwin.schemas.TaskRequest avro = AvroMapping.toAvroTask(task(), TIME.epochMillisAtZero() - 20);

        assertThatThrownBy(() -> AvroMapping.toModelTask(avro, TIME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("task.createdAtSeconds");
    }

    @Test
    void timeMappingIsEpochPlusMilliseconds() {
        // slot 3 at τ = 20 ms: 3 · 20 = 60 ms after epoch0
        assertThat(TIME.toEpochMillis(3 * 0.020)).isEqualTo(1_700_000_000_060L);
        assertThat(TIME.toSimulatedSeconds(1_700_000_000_060L)).isEqualTo(0.060);
        assertThatThrownBy(() -> TIME.toEpochMillis(Double.NaN)).hasMessageContaining("simulatedSeconds");
    }

    @Test
    void directDecisionBecomesASingleNodePath() {
        DecisionConversion c = AvroMapping.toAssignment(direct("v-1/t0", 2, "v-1", "b-0"));

        assertThat(c).isEqualTo(new DecisionConversion.Accepted(
                new SubtaskAssignment("v-1/t0", 2, OffloadPath.direct(EntityId.baseStation(0)), 0.2), 0.0, 1));
    }

    @Test
    void theProcessingFrequencyTravelsWithTheAssignmentAndMustBeFiniteAndNonNegative() {
        OffloadingDecision d = direct("v-1/t0", 2, "v-1", "b-0");
        d.setProcessingCpuHz(2.5e9);
        assertThat(((DecisionConversion.Accepted) AvroMapping.toAssignment(d)).processingCpuHz()).isEqualTo(2.5e9);
        for (double bad : new double[] {-1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            d.setProcessingCpuHz(bad);
            assertThat(reason(AvroMapping.toAssignment(d))).contains("processingCpuHz").contains("v-1/t0#2");
        }
    }

    @Test
    void theSegmentCountTravelsWithTheAssignmentAndMustLieBetween1And64() {
        OffloadingDecision d = direct("v-1/t0", 5, "v-1", "b-0");
        assertThat(((DecisionConversion.Accepted) AvroMapping.toAssignment(d)).segmentsPerSubtask()).isEqualTo(1);
        d.setSegmentsPerSubtask(4);
        assertThat(((DecisionConversion.Accepted) AvroMapping.toAssignment(d)).segmentsPerSubtask()).isEqualTo(4);
        for (int bad : new int[] {0, -2, 65}) {
            d.setSegmentsPerSubtask(bad);
            assertThat(reason(AvroMapping.toAssignment(d))).isEqualTo(
                    "decision for v-1/t0#5: segmentsPerSubtask must lie in [1, 64], got " + bad);
        }
    }

    @Test
    void forwardedDecisionBecomesFirstHopFollowedByTheForwardingPath() {
        DecisionConversion c = AvroMapping.toAssignment(decision("v-1/t0", 0, "v-1", "b-0", List.of("u-1", "u-2"), "u-2"));

        assertThat(c).isInstanceOf(DecisionConversion.Accepted.class);
        assertThat(((DecisionConversion.Accepted) c).assignment().path()).isEqualTo(OffloadPath.parse("b-0>u-1>u-2"));
    }

    @Test
    void processingNodeOtherThanThePathsLastIsRejectedWithTheReason() {
        DecisionConversion c = AvroMapping.toAssignment(decision("v-1/t0", 0, "v-1", "b-0", List.of("u-1", "u-2"), "u-1"));

        assertThat(reason(c)).contains("processingNode u-1").contains("b-0>u-1>u-2").contains("v-1/t0#0");
    }

    @Test
    void malformedDecisionsAreRejectedWithTheReasonNotThrown() {
        assertThat(reason(AvroMapping.toAssignment(direct("v-1/t0", 0, "v-1", "x-9")))).contains("firstHop x-9");
        assertThat(reason(AvroMapping.toAssignment(decision("v-1/t0", 0, "v-1", "b-0", List.of("b-1"), "b-1"))))
                .contains("BS->BS");
        assertThat(reason(AvroMapping.toAssignment(decision("v-1/t0", 0, "v-1", "b-0", List.of("v-3"), "v-3"))))
                .contains("v-3");
        assertThat(reason(AvroMapping.toAssignment(direct("v-1/t0", 0, "u-1", "b-0")))).contains("vehicleId u-1");
        assertThat(reason(AvroMapping.toAssignment(direct("v-1/t0", -1, "v-1", "b-0")))).contains("subtaskIndex");
        assertThat(reason(AvroMapping.toAssignment(direct(" ", 0, "v-1", "b-0")))).contains("taskId");
        OffloadingDecision noPower = direct("v-1/t0", 0, "v-1", "b-0");
        noPower.setTransmitPowerWatts(Double.NaN);
        assertThat(reason(AvroMapping.toAssignment(noPower))).contains("transmitPowerWatts");
        assertThat(reason(AvroMapping.toAssignment(null))).contains("null");
    }

    private static String reason(DecisionConversion c) {
        assertThat(c).isInstanceOf(DecisionConversion.Rejected.class);
        return ((DecisionConversion.Rejected) c).reason();
    }

    @Test
    void executedSubtaskOutcomeMapsLatencyEnergyAndNormalisedQos() {
        SubtaskOutcome o = new SubtaskOutcome("v-4/t9", 1, EntityId.vehicle(4), Optional.of(OffloadPath.parse("b-0>u-1")),
                0.004, 0.002, 0.5, 100.0, 0.7, true, Optional.empty());

        OffloadingOutcome a = AvroMapping.toOutcome(o, QOS, 1_700_000_000_200L);

        assertThat(a.getTaskId()).isEqualTo("v-4/t9");
        assertThat(a.getSubtaskIndex()).isEqualTo(1);
        assertThat(a.getVehicleId()).isEqualTo("v-4");
        assertThat(a.getProcessingNode()).isEqualTo("u-1");
        assertThat(a.getActualLatencySeconds()).isEqualTo(0.004);
        // vehicle 0.002 J + nodes 0.5 J
        assertThat(a.getActualEnergyJoules()).isCloseTo(0.502, within(1e-15));
        // eq. (93): 100·(100 − 60)/(700 − 60) + 60 = 6.25 + 60, Q_max = 0.7 / 1 ms = 700
        assertThat(a.getActualQos()).isCloseTo(66.25, within(1e-12));
        assertThat(a.getDeadlineMet()).isTrue();
        assertThat(a.getFailureReason()).isNull();
        assertThat(a.getObservedAtMillis()).isEqualTo(1_700_000_000_200L);
    }

    @Test
    void undecidedSubtaskOutcomeHasInfiniteLatencyAndNoProcessingNode() {
        SubtaskOutcome o = new SubtaskOutcome("v-4/t9", 0, EntityId.vehicle(4), Optional.empty(), Double.POSITIVE_INFINITY,
                0.0, 0.0, 0.0, 0.7, false, Optional.of("no decision before the deadline"));

        OffloadingOutcome a = AvroMapping.toOutcome(o, QOS, 0L);

        assertThat(a.getProcessingNode()).isEqualTo(AvroMapping.NO_PROCESSING_NODE);
        assertThat(a.getActualLatencySeconds()).isEqualTo(Double.POSITIVE_INFINITY);
        // eq. (93) of raw Q = 0: 100·(0 − 60)/640 + 60 = −9.375 + 60
        assertThat(a.getActualQos()).isCloseTo(50.625, within(1e-12));
        assertThat(a.getDeadlineMet()).isFalse();
        assertThat(a.getFailureReason()).isEqualTo("no decision before the deadline");
    }

    @Test
    void failedOutcomeOfADecisionCopiesItsIdentityAndSaysWhy() {
        OffloadingOutcome a = AvroMapping.failedOutcome(direct("v-1/t3", 2, "v-1", "b-7"), "unknown node b-7", QOS, 42L);

        assertThat(a.getTaskId()).isEqualTo("v-1/t3");
        assertThat(a.getSubtaskIndex()).isEqualTo(2);
        assertThat(a.getVehicleId()).isEqualTo("v-1");
        assertThat(a.getProcessingNode()).isEqualTo("b-7");
        assertThat(a.getActualLatencySeconds()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(a.getActualEnergyJoules()).isZero();
        assertThat(a.getActualQos()).isCloseTo(50.625, within(1e-12));
        assertThat(a.getDeadlineMet()).isFalse();
        assertThat(a.getFailureReason()).isEqualTo("unknown node b-7");
        assertThat(a.getObservedAtMillis()).isEqualTo(42L);
    }
}

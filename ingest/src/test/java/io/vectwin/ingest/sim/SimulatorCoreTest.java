package io.vectwin.ingest.sim;

import static io.vectwin.ingest.TestDecisions.decision;
import static io.vectwin.ingest.TestDecisions.direct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.ingest.avro.TimeMapping;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatorCoreTest {

    private static final long EPOCH0 = 1_700_000_000_000L;
    /** V = 3, U = 2, B = 2; 50 tasks/vehicle/s · 0.02 s = 1, so every vehicle issues a task every slot. */
    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withCounts(3, 2, 2)
            .withTasksPerVehiclePerSecond(50.0).withSeed(42L);

    private static SimulatorCore core(SimulatorConfig config) {
        return new SimulatorCore(config, SlotClock.simulated(new TimeMapping(EPOCH0), config.slotSeconds()));
    }

    private static SimulatorCore core() {
        return core(CONFIG);
    }

    /** One decision per subtask of the slot, each processed where it lands, at {@code node}. */
    private static List<OffloadingDecision> allDirectTo(SlotRecords slot, String node) {
        List<OffloadingDecision> out = new ArrayList<>();
        for (io.vectwin.schemas.TaskRequest t : slot.tasks()) {
            for (io.vectwin.schemas.Subtask s : t.getSubtasks()) {
                out.add(direct(t.getTaskId(), s.getIndex(), t.getVehicleId(), node));
            }
        }
        return out;
    }

    private static Set<String> subtaskKeys(SlotRecords slot) {
        return slot.tasks().stream()
                .flatMap(t -> t.getSubtasks().stream().map(s -> t.getTaskId() + "#" + s.getIndex()))
                .collect(Collectors.toSet());
    }

    private static String key(OffloadingOutcome o) {
        return o.getTaskId() + "#" + o.getSubtaskIndex();
    }

    @Test
    void openSlotReportsEveryEntityOnceWithItsKeyAndTheSlotsEventTime() {
        SimulatorCore core = core();

        SlotRecords slot0 = core.openSlot();

        assertThat(slot0.slot()).isZero();
        assertThat(slot0.eventTimeMillis()).isEqualTo(EPOCH0);
        assertThat(slot0.telemetry()).extracting(RecordKeys::of)
                .containsExactly("v-0", "v-1", "v-2", "u-0", "u-1", "b-0", "b-1");
        assertThat(slot0.telemetry()).extracting(EntityTelemetry::getKind).containsExactly(
                io.vectwin.schemas.EntityKind.VEHICLE, io.vectwin.schemas.EntityKind.VEHICLE,
                io.vectwin.schemas.EntityKind.VEHICLE, io.vectwin.schemas.EntityKind.UAV, io.vectwin.schemas.EntityKind.UAV,
                io.vectwin.schemas.EntityKind.BASE_STATION, io.vectwin.schemas.EntityKind.BASE_STATION);
        assertThat(slot0.telemetry()).allSatisfy(t -> {
            assertThat(t.getSequenceNumber()).isZero();
            assertThat(t.getEventTimeMillis()).isEqualTo(EPOCH0);
        });
        // arrival probability 1: one task per vehicle, keyed by its vehicle
        assertThat(slot0.tasks()).extracting(RecordKeys::of).containsExactly("v-0", "v-1", "v-2");
        assertThat(slot0.tasks()).allSatisfy(t -> assertThat(t.getCreatedAtMillis()).isEqualTo(EPOCH0));
        assertThat(slot0.subtaskCount()).isEqualTo(subtaskKeys(slot0).size()).isPositive();
    }

    @Test
    void sequenceNumbersAndEventTimeAdvanceBySlot() {
        SimulatorCore core = core();
        for (int slotIndex = 0; slotIndex < 4; slotIndex++) {
            int n = slotIndex;
            SlotRecords slot = core.openSlot();
            // fast-mode event time: epoch0 + n · 20 ms
            assertThat(slot.eventTimeMillis()).isEqualTo(EPOCH0 + 20L * n);
            assertThat(slot.telemetry()).allSatisfy(t -> assertThat(t.getSequenceNumber()).isEqualTo(n));
            List<OffloadingOutcome> outcomes = core.closeSlot();
            assertThat(outcomes).allSatisfy(o -> assertThat(o.getObservedAtMillis()).isEqualTo(EPOCH0 + 20L * (n + 1)));
        }
        assertThat(core.counters().slots()).isEqualTo(4);
        assertThat(core.counters().telemetryRecords()).isEqualTo(4 * 7);
    }

    @Test
    void everyDecidedSubtaskGetsExactlyOneOutcome() {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();
        List<OffloadingDecision> decisions = allDirectTo(slot, "b-0");
        assertThat(core.openSubtasks()).isEqualTo(decisions.size());

        for (OffloadingDecision d : decisions) {
            core.offer(d);
        }
        assertThat(core.openSubtasks()).isZero();
        List<OffloadingOutcome> outcomes = core.closeSlot();

        assertThat(outcomes).extracting(SimulatorCoreTest::key).containsExactlyInAnyOrderElementsOf(subtaskKeys(slot));
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.getProcessingNode()).isEqualTo("b-0");
            assertThat(o.getFailureReason()).satisfiesAnyOf(
                    r -> assertThat(r).isNull(),
                    r -> assertThat(r).doesNotContain("no decision"));
            assertThat(o.getVehicleId()).isEqualTo(o.getTaskId().substring(0, o.getTaskId().indexOf('/')));
        });
        SimulatorCounters c = core.counters();
        assertThat(c.acceptedDecisions()).isEqualTo(decisions.size());
        assertThat(c.outcomes()).isEqualTo(decisions.size());
        assertThat(c.deadlineMet()).isEqualTo(outcomes.stream().filter(OffloadingOutcome::getDeadlineMet).count());
        assertThat(c.subtasksRequested()).isEqualTo(decisions.size());
    }

    @Test
    void aTaskCutIntoSegmentsGetsOneOutcomePerSegmentAndAConflictingCutIsRejected() {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();
        io.vectwin.schemas.TaskRequest cut = slot.tasks().get(0);
        int n = cut.getSubtasks().size();
        int expected = slot.subtaskCount() + n; // the first task's subtasks in halves
        assertThat(core.openSubtasks()).isEqualTo(slot.subtaskCount());
        core.offer(segment(cut, 0, 2));
        assertThat(core.openSubtasks()).isEqualTo(expected - 1);
        for (int k = 1; k < 2 * n; k++) {
            core.offer(segment(cut, k, 2));
        }
        // a decision that cuts the task into quarters after halves: rejected, its segment index 2n does not exist
        core.offer(segment(cut, 2 * n, 4));
        for (OffloadingDecision d : allDirectTo(slot, "b-0")) {
            if (!d.getTaskId().equals(cut.getTaskId())) {
                core.offer(d);
            }
        }
        assertThat(core.openSubtasks()).isZero();

        List<OffloadingOutcome> outcomes = core.closeSlot();

        List<OffloadingOutcome> ofCut = outcomes.stream().filter(o -> o.getTaskId().equals(cut.getTaskId())).toList();
        assertThat(ofCut).hasSize(2 * n + 1);
        assertThat(ofCut.subList(0, 2 * n)).allSatisfy(o -> {
            assertThat(o.getProcessingNode()).isEqualTo("b-0");
            assertThat(o.getSegmentsPerSubtask()).isEqualTo(2);
        })
                .extracting(OffloadingOutcome::getSubtaskIndex)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 2 * n).boxed().toList());
        assertThat(ofCut.get(2 * n).getSegmentsPerSubtask()).isEqualTo(4); // as the rejected decision said
        assertThat(ofCut.get(2 * n).getFailureReason()).contains("cuts every subtask into 4 segment(s), but earlier"
                + " decisions of the task cut them into 2");
        assertThat(outcomes).hasSize(expected + 1);
        assertThat(core.counters().rejectedDecisions()).isEqualTo(1);
    }

    private static OffloadingDecision segment(io.vectwin.schemas.TaskRequest task, int index, int segments) {
        OffloadingDecision d = direct(task.getTaskId(), index, task.getVehicleId(), "b-0");
        d.setSegmentsPerSubtask(segments);
        return d;
    }

    /** Latency per subtask of slot 0 when every subtask goes to b-0 asking it for {@code cpuHz}. */
    private static java.util.Map<String, Double> slotZeroLatencies(double cpuHz) {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();
        for (OffloadingDecision d : allDirectTo(slot, "b-0")) {
            d.setProcessingCpuHz(cpuHz);
            core.offer(d);
        }
        return core.closeSlot().stream().collect(Collectors.toMap(SimulatorCoreTest::key,
                OffloadingOutcome::getActualLatencySeconds));
    }

    @Test
    void theProcessingNodeRunsAtTheFrequencyItsDecisionsAskForCappedByWhatItHas() {
        java.util.Map<String, Double> available = slotZeroLatencies(0.0);
        assertThat(slotZeroLatencies(1e12)).as("asked for more than it has").isEqualTo(available);
        java.util.Map<String, Double> slow = slotZeroLatencies(1e8);
        assertThat(slow.keySet()).isEqualTo(available.keySet());
        long finite = available.values().stream().filter(Double::isFinite).count();
        assertThat(finite).as("subtasks whose link closed").isPositive();
        slow.forEach((k, latency) -> {
            if (Double.isFinite(available.get(k))) {
                assertThat(latency).as(k).isGreaterThan(available.get(k));
            } else {
                assertThat(latency).as(k + ": its link did not close either way").isInfinite();
            }
        });
    }

    @Test
    void duplicateDecisionIsCountedAndIgnored() {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();
        List<OffloadingDecision> decisions = allDirectTo(slot, "b-0");
        OffloadingDecision first = decisions.get(0);
        OffloadingDecision second = direct(first.getTaskId(), first.getSubtaskIndex(), first.getVehicleId(), "u-1");

        decisions.forEach(core::offer);
        core.offer(second);
        List<OffloadingOutcome> outcomes = core.closeSlot();

        assertThat(outcomes).hasSize(decisions.size());
        assertThat(outcomes).filteredOn(o -> key(o).equals(first.getTaskId() + "#" + first.getSubtaskIndex()))
                .singleElement().extracting(OffloadingOutcome::getProcessingNode).isEqualTo("b-0");
        assertThat(core.counters().duplicateDecisions()).isEqualTo(1);
        assertThat(core.counters().decisionsReceived()).isEqualTo(decisions.size() + 1);
    }

    @Test
    void decisionThroughAnUnknownNodeGetsAFailedOutcomeNamingTheNode() {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();
        List<OffloadingDecision> decisions = allDirectTo(slot, "b-0");
        OffloadingDecision first = decisions.get(0);
        decisions.set(0, direct(first.getTaskId(), first.getSubtaskIndex(), first.getVehicleId(), "b-9"));

        decisions.forEach(core::offer);
        assertThat(core.openSubtasks()).isZero();
        List<OffloadingOutcome> outcomes = core.closeSlot();

        // still exactly one outcome per subtask: the rejection replaces "no decision"
        assertThat(outcomes).extracting(SimulatorCoreTest::key).containsExactlyInAnyOrderElementsOf(subtaskKeys(slot));
        OffloadingOutcome failed = outcomes.stream()
                .filter(o -> key(o).equals(first.getTaskId() + "#" + first.getSubtaskIndex())).findFirst().orElseThrow();
        assertThat(failed.getFailureReason()).contains("b-9").startsWith("decision rejected");
        assertThat(failed.getDeadlineMet()).isFalse();
        assertThat(failed.getActualLatencySeconds()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(failed.getProcessingNode()).isEqualTo("b-9");
        assertThat(core.counters().rejectedDecisions()).isEqualTo(1);
        assertThat(core.counters().acceptedDecisions()).isEqualTo(decisions.size() - 1);
    }

    @Test
    void undecidedSubtasksExpireWithNoDecisionBeforeTheDeadline() {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();

        List<OffloadingOutcome> outcomes = core.closeSlot();

        assertThat(outcomes).extracting(SimulatorCoreTest::key).containsExactlyInAnyOrderElementsOf(subtaskKeys(slot));
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.getFailureReason()).isEqualTo("no decision before the deadline");
            assertThat(o.getActualLatencySeconds()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(o.getDeadlineMet()).isFalse();
        });
    }

    @Test
    void decisionForAnExpiredSubtaskIsLateAndGetsItsOwnOutcome() {
        SimulatorCore core = core();
        SlotRecords slot0 = core.openSlot();
        core.closeSlot();
        SlotRecords slot1 = core.openSlot();
        OffloadingDecision late = allDirectTo(slot0, "b-0").get(0);

        core.offer(late);
        core.offer(late);
        List<OffloadingOutcome> outcomes = core.closeSlot();

        assertThat(outcomes).hasSize(slot1.subtaskCount() + 1);
        OffloadingOutcome lateOutcome = outcomes.get(outcomes.size() - 1);
        assertThat(key(lateOutcome)).isEqualTo(late.getTaskId() + "#" + late.getSubtaskIndex());
        assertThat(lateOutcome.getFailureReason()).startsWith("late decision").contains("slot 0");
        assertThat(lateOutcome.getDeadlineMet()).isFalse();
        assertThat(core.counters().lateDecisions()).isEqualTo(1);
        assertThat(core.counters().duplicateDecisions()).isEqualTo(1);
        assertThat(core.counters().rejectedDecisions()).isZero();
    }

    @Test
    void decisionForASubtaskThatNeverExistedIsRejectedAsUnknown() {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();

        core.offer(direct("v-0/t999", 0, "v-0", "b-0"));
        List<OffloadingOutcome> outcomes = core.closeSlot();

        assertThat(outcomes).hasSize(slot.subtaskCount() + 1);
        assertThat(outcomes.get(outcomes.size() - 1).getFailureReason()).contains("unknown subtask v-0/t999#0");
        assertThat(core.counters().rejectedDecisions()).isEqualTo(1);
        assertThat(core.counters().lateDecisions()).isZero();
    }

    @Test
    void decisionNamingAnotherVehicleOrAnotherProcessingNodeIsRejected() {
        SimulatorCore core = core();
        SlotRecords slot = core.openSlot();
        List<OffloadingDecision> decisions = allDirectTo(slot, "b-0");
        OffloadingDecision a = decisions.get(0);
        OffloadingDecision b = decisions.get(decisions.size() - 1);
        String otherVehicle = a.getVehicleId().equals("v-0") ? "v-1" : "v-0";

        core.offer(direct(a.getTaskId(), a.getSubtaskIndex(), otherVehicle, "b-0"));
        core.offer(decision(b.getTaskId(), b.getSubtaskIndex(), b.getVehicleId(), "b-0", List.of("u-1"), "b-0"));
        List<OffloadingOutcome> outcomes = core.closeSlot();

        assertThat(outcomes).hasSize(slot.subtaskCount());
        assertThat(outcomes).filteredOn(o -> key(o).equals(a.getTaskId() + "#" + a.getSubtaskIndex())).singleElement()
                .extracting(OffloadingOutcome::getFailureReason).asString()
                .contains("names vehicle " + otherVehicle).contains("issued by " + a.getVehicleId());
        assertThat(outcomes).filteredOn(o -> key(o).equals(b.getTaskId() + "#" + b.getSubtaskIndex())).singleElement()
                .extracting(OffloadingOutcome::getFailureReason).asString()
                .contains("processingNode b-0 is not the last node of its path b-0>u-1");
        assertThat(core.counters().rejectedDecisions()).isEqualTo(2);
    }

    @Test
    void everyDecisionIsCountedExactlyOnce() {
        SimulatorCore core = core();
        SlotRecords slot0 = core.openSlot();
        List<OffloadingDecision> d0 = allDirectTo(slot0, "u-0");
        core.offer(d0.get(0));
        core.offer(d0.get(0));
        core.offer(direct("nope", 0, "v-0", "b-0"));
        core.closeSlot();
        core.openSlot();
        d0.forEach(core::offer);
        core.noteUndecodableDecision();
        core.closeSlot();

        SimulatorCounters c = core.counters();
        assertThat(c.decisionsReceived())
                .isEqualTo(c.acceptedDecisions() + c.duplicateDecisions() + c.rejectedDecisions() + c.lateDecisions());
        // d0[0] accepted, duplicated twice (once in slot 0, once in slot 1); "nope" rejected; the rest of d0 late
        assertThat(c.acceptedDecisions()).isEqualTo(1);
        assertThat(c.duplicateDecisions()).isEqualTo(2);
        assertThat(c.rejectedDecisions()).isEqualTo(1);
        assertThat(c.lateDecisions()).isEqualTo(d0.size() - 1);
        assertThat(c.undecodableDecisions()).isEqualTo(1);
    }

    @Test
    void sameSeedGivesTheSameRecordsAndOutcomes() {
        assertThat(trace(core(CONFIG))).isEqualTo(trace(core(CONFIG)));
        assertThat(trace(core(CONFIG.withSeed(43L)))).isNotEqualTo(trace(core(CONFIG)));
    }

    private static List<Object> trace(SimulatorCore core) {
        List<Object> trace = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            SlotRecords slot = core.openSlot();
            trace.add(slot);
            allDirectTo(slot, n % 2 == 0 ? "b-1" : "u-0").forEach(core::offer);
            trace.add(core.closeSlot());
        }
        return trace;
    }

    @Test
    void slotsMustBeOpenedAndClosedInTurn() {
        SimulatorCore core = core();
        assertThatThrownBy(core::closeSlot).isInstanceOf(IllegalStateException.class).hasMessageContaining("no slot is open");
        core.openSlot();
        assertThat(core.isSlotOpen()).isTrue();
        assertThatThrownBy(core::openSlot).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("slot 0 is already open");
        core.closeSlot();
        assertThat(core.slot()).isEqualTo(1);
    }

    @Test
    void decidedAndExpiredSubtasksAreForgottenAfterTheMemoryHorizon() {
        SimulatorConfig sparse = CONFIG.withCounts(1, 1, 0);
        SimulatorCore core = core(sparse);
        SlotRecords slot0 = core.openSlot();
        core.closeSlot();
        for (int n = 1; n < SimulatorCore.MEMORY_SLOTS + 1; n++) {
            core.openSlot();
            core.closeSlot();
        }
        core.openSlot();

        core.offer(allDirectTo(slot0, "u-0").get(0));

        // slot 0 ended 1500 slots ago: no longer remembered as expired, so the decision is for an unknown subtask
        assertThat(core.counters().lateDecisions()).isZero();
        assertThat(core.counters().rejectedDecisions()).isEqualTo(1);
    }
}

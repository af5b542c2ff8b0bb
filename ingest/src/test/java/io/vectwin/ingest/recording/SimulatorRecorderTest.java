package io.vectwin.ingest.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.TestDecisions;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.ingest.sim.SimulatorCounters;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.RecordedEvent;
import io.vectwin.schemas.TaskRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorRecorderTest {

    private static final long EPOCH = 1_700_000_000_000L;
    /** V = 20, U = 1, B = 1, 10 slots; 50 tasks/vehicle/s · 0.02 s = 1 task per vehicle and slot: more work than one node does in a slot. */
    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withCounts(20, 1, 1).withSeed(5)
            .withTasksPerVehiclePerSecond(50).withDurationSlots(10);

    @TempDir
    Path dir;

    /** Every subtask processed by the first node in the list: enough to load a node. */
    private static final SimulatorRecorder.TaskDecider FIRST_NODE = (vehicle, nodes, task) -> {
        List<OffloadingDecision> out = new ArrayList<>();
        task.getSubtasks().forEach(s -> out.add(TestDecisions.direct(task.getTaskId(), s.getIndex(), task.getVehicleId(),
                nodes.get(0).getEntityId())));
        return out;
    };

    private List<RecordedEvent> record(String name, SimulatorRecorder.TaskDecider decider) {
        Path file = dir.resolve(name);
        SimulatorRecorder recorder = new SimulatorRecorder(CONFIG, EPOCH, decider);
        try (RecordingWriter w = RecordingWriter.create(file, recorder.metadata())) {
            SimulatorCounters c = recorder.record(w);
            assertThat(c.slots()).isEqualTo(10);
            assertThat(w.count()).isEqualTo(c.telemetryRecords() + c.taskRequests());
        }
        List<RecordedEvent> events = new ArrayList<>();
        try (RecordingReader r = RecordingReader.open(file)) {
            r.forEach(events::add);
            assertThat(r.metadata()).containsEntry("source", "simulator").containsEntry("seed", "5")
                    .containsEntry("vehicles", "20").containsEntry("profile", "physical");
        }
        return events;
    }

    @Test
    void everySlotHasEveryEntitysTelemetryAndTheTasksAtTheSlotsEventTime() {
        List<RecordedEvent> events = record("sim.avro", FIRST_NODE);

        for (int slot = 0; slot < 10; slot++) {
            long t = EPOCH + 20L * slot;
            List<RecordedEvent> inSlot = events.stream().filter(e -> e.getRecordedAtMillis() == t).toList();
            assertThat(inSlot.stream().filter(e -> e.getPayload() instanceof EntityTelemetry)).hasSize(22);
            assertThat(inSlot.stream().filter(e -> e.getPayload() instanceof TaskRequest)).hasSize(20);
            assertThat(inSlot).allSatisfy(e -> assertThat(e.getPayload() instanceof EntityTelemetry et
                    ? et.getEventTimeMillis() : ((TaskRequest) e.getPayload()).getCreatedAtMillis()).isEqualTo(t));
        }
        assertThat(events).hasSize(10 * 42);
    }

    @Test
    void theSameSeedAndEpochGiveTheSameRecording() {
        assertThat(record("a.avro", FIRST_NODE)).isEqualTo(record("b.avro", FIRST_NODE));
    }

    @Test
    void decidedTasksLoadTheNodesWhileUndecidedOnesLeaveThemIdle() {
        assertThat(maxNodeQueue(record("decided.avro", FIRST_NODE))).isPositive();
        assertThat(maxNodeQueue(record("undecided.avro", SimulatorRecorder.TaskDecider.UNDECIDED))).isZero();
    }

    private static int maxNodeQueue(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::getPayload)
                .filter(p -> p instanceof EntityTelemetry t && t.getKind() != EntityKind.VEHICLE)
                .mapToInt(p -> ((EntityTelemetry) p).getQueueLength()).max().orElse(0);
    }
}

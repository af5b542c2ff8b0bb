package io.vectwin.ingest.recording;

import io.vectwin.ingest.avro.TimeMapping;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.ingest.sim.SimulatorCore;
import io.vectwin.ingest.sim.SimulatorCounters;
import io.vectwin.ingest.sim.SlotClock;
import io.vectwin.ingest.sim.SlotRecords;
import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.TaskRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records the simulator's traffic without Kafka: drives a {@link SimulatorCore} slot by slot in
 * simulated time (no sleeping) for {@link SimulatorConfig#durationSlots()} slots and writes every
 * slot's telemetry and task requests, each with {@code recordedAtMillis} = the slot's event time.
 *
 * <p>The physical world only moves when decisions are executed: undecided subtasks expire and
 * never load a node, so node CPU and queues would stay idle. Each task is therefore decided by a
 * {@link TaskDecider} — the job's own decider, given by the caller — on the slot's telemetry, the
 * twin's view at the task's event time, exactly what the job's event-time–aligned mode sees.
 * {@link TaskDecider#UNDECIDED} leaves every subtask undecided (mobility and task arrivals only).
 */
public final class SimulatorRecorder {

    /** Decides one task on the telemetry of its slot, as the twin job would. */
    @FunctionalInterface
    public interface TaskDecider {

        /** Leaves every subtask undecided: nodes never receive work. */
        TaskDecider UNDECIDED = (vehicle, nodes, task) -> List.of();

        /**
         * @param vehicle the issuing vehicle's telemetry of the task's slot
         * @param nodes   every BS and UAV telemetry record of that slot
         * @param task    the request
         * @return one decision per subtask, or none to leave the task undecided
         */
        List<OffloadingDecision> decide(EntityTelemetry vehicle, List<EntityTelemetry> nodes, TaskRequest task);
    }

    private final SimulatorConfig config;
    private final long epochMillis;
    private final TaskDecider decider;

    /**
     * @param config      scenario and {@link SimulatorConfig#durationSlots() duration}; Kafka settings are ignored
     * @param epochMillis event time of slot 0 (ms since the epoch); a fixed value makes the file reproducible
     * @param decider     how each task is decided
     */
    public SimulatorRecorder(SimulatorConfig config, long epochMillis, TaskDecider decider) {
        this.config = Require.notNull("config", config);
        if (!config.isBounded()) {
            throw new IllegalArgumentException("a recording needs a bounded duration (durationSlots)");
        }
        this.epochMillis = epochMillis;
        this.decider = Require.notNull("decider", decider);
    }

    /** The header metadata that describes this scenario (callers add e.g. the vectwin version). */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", "simulator");
        m.put("profile", config.profile().cliName());
        m.put("vehicles", Integer.toString(config.vehicles()));
        m.put("uavs", Integer.toString(config.uavs()));
        m.put("base-stations", Integer.toString(config.baseStations()));
        m.put("seed", Long.toString(config.seed()));
        m.put("tasks-per-vehicle-per-second", String.format(Locale.ROOT, "%s", config.tasksPerVehiclePerSecond()));
        m.put("slot-seconds", String.format(Locale.ROOT, "%s", config.slotSeconds()));
        m.put("slots", Long.toString(config.durationSlots()));
        m.put("epoch-millis", Long.toString(epochMillis));
        return m;
    }

    /** Runs every slot into {@code writer}; returns the simulator's counters. */
    public SimulatorCounters record(RecordingWriter writer) {
        Require.notNull("writer", writer);
        SimulatorCore core = new SimulatorCore(config,
                SlotClock.simulated(new TimeMapping(epochMillis), config.slotSeconds()));
        for (long n = 0; n < config.durationSlots(); n++) {
            SlotRecords slot = core.openSlot();
            for (EntityTelemetry t : slot.telemetry()) {
                writer.append(t, slot.eventTimeMillis());
            }
            for (TaskRequest t : slot.tasks()) {
                writer.append(t, slot.eventTimeMillis());
            }
            decide(slot).forEach(core::offer);
            core.closeSlot();
        }
        return core.counters();
    }

    private List<OffloadingDecision> decide(SlotRecords slot) {
        if (slot.tasks().isEmpty() || decider == TaskDecider.UNDECIDED) {
            return List.of();
        }
        Map<String, EntityTelemetry> vehicles = new HashMap<>();
        List<EntityTelemetry> nodes = new ArrayList<>();
        for (EntityTelemetry t : slot.telemetry()) {
            if (t.getKind() == EntityKind.VEHICLE) {
                vehicles.put(t.getEntityId(), t);
            } else {
                nodes.add(t);
            }
        }
        List<OffloadingDecision> out = new ArrayList<>();
        for (TaskRequest task : slot.tasks()) {
            EntityTelemetry vehicle = vehicles.get(task.getVehicleId());
            if (vehicle != null) { // the simulator reports every vehicle every slot; kept safe for the contract
                out.addAll(decider.decide(vehicle, nodes, task));
            }
        }
        return out;
    }
}

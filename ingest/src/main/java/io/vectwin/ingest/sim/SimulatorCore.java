package io.vectwin.ingest.sim;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.ingest.avro.DecisionConversion;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.JointAction;
import io.vectwin.model.env.NodeCpuRequests;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.StepResult;
import io.vectwin.model.env.SubtaskAssignment;
import io.vectwin.model.env.SubtaskOutcome;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.QosParameters;
import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The physical world without Kafka: a {@link VecEnvironment} driven one slot at a time, speaking
 * the Avro records of the topics. A slot's life:
 * <ol>
 *   <li>{@link #openSlot()}: the telemetry of every entity and the task requests the vehicles
 *       issued, stamped with the slot's event time;</li>
 *   <li>{@link #offer} for each decision that arrives, as it arrives: de-duplicated (the first
 *       decision for a subtask wins), checked, and buffered for the slot's joint action;</li>
 *   <li>{@link #closeSlot()}: the environment executes the buffered decisions on the true channel
 *       and advances by τ; every subtask's outcome, and every decision that could not be
 *       executed, becomes an {@code OffloadingOutcome}.</li>
 * </ol>
 *
 * <p>No decision is dropped silently and none throws: a decision for an unknown subtask, through
 * an unknown node, naming the wrong vehicle, or malformed, is rejected with a failed outcome whose
 * {@code failureReason} says why. A decision for a subtask of the slot being decided replaces that
 * subtask's "no decision" outcome, so such a subtask still has exactly one outcome. A decision
 * for a subtask whose slot already ended undecided is <em>late</em>: that subtask has already had
 * its "no decision before the deadline" outcome, and the late decision gets one more, saying it
 * came late. Duplicates get no outcome (the first decision already has one) and are only counted.
 *
 * <p>A vehicle may cut its task's subtasks into segments (eq. 58's D_{i,j},
 * {@code OffloadingDecision.segmentsPerSubtask}); the task's first well-formed decision fixes how
 * many, its decisions and outcomes then address segments, and a later decision that cuts the task
 * differently is rejected.
 *
 * <p>Which subtasks were decided or expired is remembered for {@link #MEMORY_SLOTS} slots; a
 * decision older than that is rejected as being for an unknown subtask rather than counted as a
 * duplicate or late.
 *
 * <p>Deterministic: all randomness is the environment's, seeded at construction, so the same
 * seed, clock and decisions give the same records. Not thread-safe.
 */
public final class SimulatorCore {

    /** How long decided and expired subtasks are remembered: 1500 slots, 30 s at τ = 20 ms. */
    public static final int MEMORY_SLOTS = 1500;

    private record SubtaskRef(String taskId, int index) {
        @Override
        public String toString() {
            return taskId + "#" + index;
        }
    }

    private record Failure(OffloadingDecision decision, String reason) {
    }

    private final VecEnvironment env;
    private final SlotClock clock;
    private final QosParameters qos;

    private boolean open;
    private long reportsPerEntity;
    private Map<String, TaskRequest> currentTasks = Map.of();
    /** m of every current task a decision has reached (eq. 58's D_{i,j}); the task's first well-formed decision sets it. */
    private final Map<String, Integer> segmentation = new HashMap<>();
    private final List<SubtaskAssignment> accepted = new ArrayList<>();
    /** The frequencies the slot's accepted decisions ask of their processing nodes. */
    private final NodeCpuRequests cpuRequests = new NodeCpuRequests();
    private final Map<SubtaskRef, Failure> failedCurrent = new HashMap<>();
    private final List<Failure> failedOther = new ArrayList<>();
    /** Subtasks that received a decision, with the slot it arrived in; insertion order = slot order. */
    private final LinkedHashMap<SubtaskRef, Integer> seen = new LinkedHashMap<>();
    /** Subtasks whose slot ended without a decision, with that slot; insertion order = slot order. */
    private final LinkedHashMap<SubtaskRef, Integer> expired = new LinkedHashMap<>();
    private StepResult lastStep;

    private long slots;
    private long telemetryRecords;
    private long taskRequests;
    private long subtasksRequested;
    private long decisionsReceived;
    private long acceptedDecisions;
    private long duplicateDecisions;
    private long rejectedDecisions;
    private long lateDecisions;
    private long undecodableDecisions;
    private long outcomes;
    private long deadlineMet;

    public SimulatorCore(NetworkParameters params, long seed, SlotClock clock) {
        Require.notNull("params", params);
        this.env = new VecEnvironment(params, seed);
        this.clock = Require.notNull("clock", clock);
        this.qos = params.qos();
        indexCurrentSlot(env.observation());
    }

    /** A core for {@code config}'s scenario and seed. */
    public SimulatorCore(SimulatorConfig config, SlotClock clock) {
        this(Require.notNull("config", config).networkParameters(), config.seed(), clock);
    }

    /** The slot that {@link #openSlot()} opens next, or that is open. */
    public int slot() {
        return env.slot();
    }

    public boolean isSlotOpen() {
        return open;
    }

    public NetworkParameters parameters() {
        return env.parameters();
    }

    /**
     * Opens the current slot: one telemetry record per entity, and the slot's task requests, all
     * stamped with {@link SlotClock#slotOpenedMillis}. Every entity reports once per slot, so its
     * sequence number counts the slots opened before this one.
     *
     * @throws IllegalStateException if the slot is already open
     */
    public SlotRecords openSlot() {
        if (open) {
            throw new IllegalStateException("slot " + env.slot() + " is already open; close it first");
        }
        Observation obs = env.observation();
        long eventTime = clock.slotOpenedMillis(obs.slot());
        List<EntityTelemetry> telemetry = new ArrayList<>(obs.vehicles().size() + obs.uavs().size()
                + obs.baseStations().size());
        for (List<EntityState> group : List.of(obs.vehicles(), obs.uavs(), obs.baseStations())) {
            for (EntityState s : group) {
                telemetry.add(AvroMapping.toTelemetry(s, reportsPerEntity, eventTime));
            }
        }
        List<io.vectwin.schemas.TaskRequest> tasks = new ArrayList<>(obs.pendingTasks().size());
        for (TaskRequest t : obs.pendingTasks()) {
            tasks.add(AvroMapping.toAvroTask(t, eventTime));
        }
        reportsPerEntity++;
        telemetryRecords += telemetry.size();
        taskRequests += tasks.size();
        subtasksRequested += obs.pendingSubtasks();
        open = true;
        return new SlotRecords(obs.slot(), eventTime, telemetry, tasks);
    }

    /**
     * Takes one decision for the current slot (or a late one for an earlier slot). Never throws
     * for a bad decision: see the class comment for what happens to it.
     */
    public void offer(OffloadingDecision decision) {
        Require.notNull("decision", decision);
        decisionsReceived++;
        Optional<SubtaskRef> ref = refOf(decision);
        if (ref.isPresent()) {
            SubtaskRef r = ref.get();
            if (seen.containsKey(r)) {
                duplicateDecisions++;
                return;
            }
            seen.put(r, env.slot());
            Integer expiredIn = expired.get(r);
            if (expiredIn != null) {
                lateDecisions++;
                failedOther.add(new Failure(decision, "late decision: subtask " + r + " expired undecided at the end of slot "
                        + expiredIn + " (no decision before the deadline)"));
                return;
            }
        }
        DecisionConversion converted = AvroMapping.toAssignment(decision);
        Optional<String> rejection = converted instanceof DecisionConversion.Accepted a
                ? executionProblem(decision, a)
                : Optional.of(((DecisionConversion.Rejected) converted).reason());
        if (rejection.isPresent()) {
            rejectedDecisions++;
            Failure failure = new Failure(decision, "decision rejected: " + rejection.get());
            if (ref.isPresent() && isCurrent(ref.get())) {
                failedCurrent.put(ref.get(), failure);
            } else {
                failedOther.add(failure);
            }
            return;
        }
        DecisionConversion.Accepted a = (DecisionConversion.Accepted) converted;
        accepted.add(a.assignment());
        cpuRequests.request(a.assignment().path().processingNode(), a.processingCpuHz());
        acceptedDecisions++;
    }

    /** Counts a message on the decision topic that could not be decoded (the Kafka layer logs it). */
    public void noteUndecodableDecision() {
        undecodableDecisions++;
    }

    /**
     * Subtasks of the current slot with no decision yet (accepted or rejected), counting the segments
     * of a task its decisions segmented (eq. 58's D_{i,j}).
     */
    public int openSubtasks() {
        int expected = 0;
        for (TaskRequest t : currentTasks.values()) {
            expected += t.subtasks().size() * segmentsPerSubtask(t.taskId());
        }
        return expected - accepted.size() - failedCurrent.size();
    }

    /**
     * Closes the open slot: the environment executes the accepted decisions on the true channel
     * and advances by τ. Returns one outcome per subtask of the slot (in the environment's order),
     * then one per rejected or late decision that was not for a subtask of this slot, in arrival
     * order; all stamped with {@link SlotClock#slotClosedMillis}.
     *
     * @throws IllegalStateException if no slot is open
     */
    public List<OffloadingOutcome> closeSlot() {
        if (!open) {
            throw new IllegalStateException("no slot is open; call openSlot() first");
        }
        int slot = env.slot();
        StepResult result = env.step(new JointAction(accepted, cpuRequests.controls(env.links()), segmentation));
        long observedAt = clock.slotClosedMillis(slot);
        List<OffloadingOutcome> out = new ArrayList<>(result.outcomes().size() + failedOther.size());
        for (SubtaskOutcome o : result.outcomes()) {
            SubtaskRef r = new SubtaskRef(o.taskId(), o.subtaskIndex());
            Failure f = failedCurrent.get(r);
            if (f != null) {
                out.add(AvroMapping.failedOutcome(f.decision(), f.reason(), qos, observedAt));
            } else {
                out.add(AvroMapping.toOutcome(o, qos, observedAt));
                if (o.path().isEmpty()) {
                    expired.put(r, slot);
                }
            }
        }
        for (Failure f : failedOther) {
            out.add(AvroMapping.failedOutcome(f.decision(), f.reason(), qos, observedAt));
        }
        outcomes += out.size();
        deadlineMet += out.stream().filter(OffloadingOutcome::getDeadlineMet).count();
        slots++;
        accepted.clear();
        cpuRequests.clear();
        failedCurrent.clear();
        failedOther.clear();
        segmentation.clear();
        forgetBefore(seen, slot + 1 - MEMORY_SLOTS);
        forgetBefore(expired, slot + 1 - MEMORY_SLOTS);
        lastStep = result;
        open = false;
        indexCurrentSlot(result.next());
        return out;
    }

    /** The environment's full result of the last closed slot (costs, constraint checks, rewards). */
    public Optional<StepResult> lastStep() {
        return Optional.ofNullable(lastStep);
    }

    public SimulatorCounters counters() {
        return new SimulatorCounters(slots, telemetryRecords, taskRequests, subtasksRequested, decisionsReceived,
                acceptedDecisions, duplicateDecisions, rejectedDecisions, lateDecisions, undecodableDecisions, outcomes,
                deadlineMet);
    }

    /** Why a well-formed decision cannot be executed in the current slot, if it cannot. */
    private Optional<String> executionProblem(OffloadingDecision decision, DecisionConversion.Accepted accepted) {
        SubtaskAssignment assignment = accepted.assignment();
        TaskRequest task = currentTasks.get(assignment.taskId());
        int segments = accepted.segmentsPerSubtask();
        if (task != null) {
            EntityId named = EntityId.parse(decision.getVehicleId());
            if (!named.equals(task.vehicle())) {
                return Optional.of("decision for " + assignment.taskId() + "#" + assignment.subtaskIndex() + " names vehicle "
                        + named + " but the task was issued by " + task.vehicle());
            }
            // the task's first well-formed decision fixes its segments, accepted or not
            int established = segmentation.computeIfAbsent(task.taskId(), id -> segments);
            if (established != segments) {
                return Optional.of("decision for " + assignment.taskId() + "#" + assignment.subtaskIndex() + " cuts every"
                        + " subtask into " + segments + " segment(s), but earlier decisions of the task cut them into "
                        + established);
            }
        }
        return env.rejectionReason(assignment, segments);
    }

    /** m of a current task: what its decisions chose, 1 until one segments it. */
    private int segmentsPerSubtask(String taskId) {
        return segmentation.getOrDefault(taskId, 1);
    }

    /** Whether {@code ref} names a subtask (a segment, if the task was segmented) of the current slot. */
    private boolean isCurrent(SubtaskRef ref) {
        TaskRequest task = currentTasks.get(ref.taskId());
        return task != null && ref.index() < task.subtasks().size() * segmentsPerSubtask(ref.taskId());
    }

    private static Optional<SubtaskRef> refOf(OffloadingDecision d) {
        String taskId = d.getTaskId();
        if (taskId == null || taskId.isBlank() || d.getSubtaskIndex() < 0) {
            return Optional.empty();
        }
        return Optional.of(new SubtaskRef(taskId, d.getSubtaskIndex()));
    }

    private void indexCurrentSlot(Observation obs) {
        Map<String, TaskRequest> tasks = new HashMap<>();
        for (TaskRequest t : obs.pendingTasks()) {
            tasks.put(t.taskId(), t);
        }
        currentTasks = tasks;
    }

    private static void forgetBefore(LinkedHashMap<SubtaskRef, Integer> bySlot, int firstSlotKept) {
        Iterator<Integer> it = bySlot.values().iterator();
        while (it.hasNext() && it.next() < firstSlotKept) {
            it.remove();
        }
    }
}

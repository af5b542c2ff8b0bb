package io.vectwin.ingest.avro;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.SubtaskAssignment;
import io.vectwin.model.env.SubtaskOutcome;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.model.params.QosParameters;
import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one translation between network-model's types and the Avro records on the topics, both
 * ways, so the simulator and the Flink twin read and write the same fields the same way.
 *
 * <p>Naming: model types are imported; the Avro {@code TaskRequest}, {@code Subtask} and
 * {@code EntityKind}, whose simple names clash with the model's, are written fully qualified
 * ({@code io.vectwin.schemas.…}) throughout the ingest module.
 *
 * <p>Model → Avro never fails for a valid model object. Avro → model throws
 * {@link IllegalArgumentException} with a message naming the offending field when a record breaks
 * a model invariant (a reader routes it to the dead-letter topic with that message), except
 * {@link #toAssignment}, which returns the reason as data because the simulator must answer a bad
 * decision with a failed outcome.
 */
public final class AvroMapping {

    /** {@code OffloadingOutcome.processingNode} of a subtask nobody decided (the field is not nullable). */
    public static final String NO_PROCESSING_NODE = "";

    private AvroMapping() {
    }

    // ---------------------------------------------------------------- entity kinds

    public static io.vectwin.schemas.EntityKind toAvroKind(EntityKind kind) {
        Require.notNull("kind", kind);
        return switch (kind) {
            case VEHICLE -> io.vectwin.schemas.EntityKind.VEHICLE;
            case UAV -> io.vectwin.schemas.EntityKind.UAV;
            case BASE_STATION -> io.vectwin.schemas.EntityKind.BASE_STATION;
        };
    }

    public static EntityKind toModelKind(io.vectwin.schemas.EntityKind kind) {
        Require.notNull("kind", kind);
        return switch (kind) {
            case VEHICLE -> EntityKind.VEHICLE;
            case UAV -> EntityKind.UAV;
            case BASE_STATION -> EntityKind.BASE_STATION;
        };
    }

    // ---------------------------------------------------------------- telemetry

    /**
     * The {@code vec.telemetry} record of one entity's true state.
     *
     * <p>Not on the wire: the random waypoint the entity is heading to (a private detail of the
     * mobility model that no real vehicle reports) and the node's queued cycles (only the queue
     * length is reported, as a real MEC server would).
     */
    public static EntityTelemetry toTelemetry(EntityState state, long sequenceNumber, long eventTimeMillis) {
        Require.notNull("state", state);
        MotionState m = state.motion();
        Position p = m.position();
        return EntityTelemetry.newBuilder()
                .setEntityId(state.id().toString())
                .setKind(toAvroKind(state.id().kind()))
                .setSequenceNumber(sequenceNumber)
                .setEventTimeMillis(eventTimeMillis)
                .setX(p.x())
                .setY(p.y())
                .setZ(p.z())
                .setHorizontalSpeed(m.horizontalSpeed())
                .setVerticalSpeed(m.verticalSpeed())
                .setHeading(m.heading())
                .setSlope(m.slope())
                .setAvailableCpuHz(state.availableCpuHz())
                .setMaxCpuHz(state.maxCpuHz())
                .setQueueLength(state.queueLength())
                .setBacklogCycles(state.backlogCycles())
                .build();
    }

    /**
     * The entity state a telemetry record describes. What the record does not carry is filled in
     * as a twin must assume it: the waypoint is the current position (the twin does not know
     * where the entity is heading; it predicts motion from speed, heading and slope). The queued
     * cycles are the reported {@code backlogCycles} (0 from writers older than that field).
     */
    public static EntityState toEntityState(EntityTelemetry telemetry) {
        Require.notNull("telemetry", telemetry);
        EntityId id = EntityId.parse(Require.notNull("telemetry.entityId", telemetry.getEntityId()));
        EntityKind kind = toModelKind(Require.notNull("telemetry.kind", telemetry.getKind()));
        if (kind != id.kind()) {
            throw new IllegalArgumentException("telemetry.kind " + telemetry.getKind() + " disagrees with telemetry.entityId "
                    + id);
        }
        Require.nonNegative("telemetry.queueLength", telemetry.getQueueLength());
        Require.nonNegative("telemetry.backlogCycles", telemetry.getBacklogCycles());
        Position position = new Position(telemetry.getX(), telemetry.getY(), telemetry.getZ());
        MotionState motion = new MotionState(position, telemetry.getHorizontalSpeed(), telemetry.getVerticalSpeed(),
                telemetry.getHeading(), telemetry.getSlope(), position);
        return new EntityState(id, motion, telemetry.getMaxCpuHz(), telemetry.getAvailableCpuHz(),
                telemetry.getBacklogCycles(), telemetry.getQueueLength());
    }

    // ---------------------------------------------------------------- task requests

    /**
     * The {@code vec.tasks} record of a task issued at {@code createdAtMillis} (the task's
     * simulated creation time mapped to event time by the caller, see {@link TimeMapping}).
     * Subtask sizes travel as whole bits (the task generator draws whole bits); a fractional
     * size would be rounded to the nearest bit.
     */
    public static io.vectwin.schemas.TaskRequest toAvroTask(TaskRequest task, long createdAtMillis) {
        Require.notNull("task", task);
        List<io.vectwin.schemas.Subtask> subtasks = new ArrayList<>(task.subtasks().size());
        for (Subtask s : task.subtasks()) {
            subtasks.add(toAvroSubtask(s));
        }
        return io.vectwin.schemas.TaskRequest.newBuilder()
                .setTaskId(task.taskId())
                .setVehicleId(task.vehicle().toString())
                .setCreatedAtMillis(createdAtMillis)
                .setDeadlineSeconds(task.deadlineSeconds())
                .setSubtasks(subtasks)
                .build();
    }

    public static io.vectwin.schemas.Subtask toAvroSubtask(Subtask s) {
        Require.notNull("subtask", s);
        return io.vectwin.schemas.Subtask.newBuilder()
                .setIndex(s.index())
                .setCyclesPerBit(s.cyclesPerBit())
                .setDataBits(Math.round(s.dataBits()))
                .setIntrinsicPriority(s.intrinsicPriority())
                .setComplexityWeight(s.complexityWeight())
                .setDataSizeWeight(s.dataSizeWeight())
                .build();
    }

    /**
     * The model task a {@code vec.tasks} record describes; its creation time is
     * {@code time.toSimulatedSeconds(createdAtMillis)}, which must not be negative.
     */
    public static TaskRequest toModelTask(io.vectwin.schemas.TaskRequest task, TimeMapping time) {
        Require.notNull("task", task);
        Require.notNull("time", time);
        String vehicleId = Require.notNull("task.vehicleId", task.getVehicleId());
        List<io.vectwin.schemas.Subtask> wire = Require.notNull("task.subtasks", task.getSubtasks());
        List<Subtask> subtasks = new ArrayList<>(wire.size());
        for (io.vectwin.schemas.Subtask s : wire) {
            subtasks.add(toModelSubtask(s));
        }
        return new TaskRequest(task.getTaskId(), EntityId.parse(vehicleId), time.toSimulatedSeconds(task.getCreatedAtMillis()),
                task.getDeadlineSeconds(), subtasks);
    }

    public static Subtask toModelSubtask(io.vectwin.schemas.Subtask s) {
        Require.notNull("subtask", s);
        return new Subtask(s.getIndex(), s.getCyclesPerBit(), s.getDataBits(), s.getIntrinsicPriority(),
                s.getComplexityWeight(), s.getDataSizeWeight());
    }

    // ---------------------------------------------------------------- decisions

    /**
     * Reads a decision as the assignment the environment executes: path = firstHop followed by
     * forwardingPath, and the decision's processingNode must be that path's last node (the
     * schema states the redundancy; a decision contradicting itself is not guessed at). Whether
     * the subtask and the nodes exist in the current slot is not checked here: that is the
     * environment's {@code rejectionReason}.
     */
    public static DecisionConversion toAssignment(OffloadingDecision d) {
        if (d == null) {
            return new DecisionConversion.Rejected("decision is null");
        }
        String taskId = d.getTaskId();
        if (taskId == null || taskId.isBlank()) {
            return new DecisionConversion.Rejected("decision has no taskId");
        }
        String subject = "decision for " + taskId + "#" + d.getSubtaskIndex();
        if (d.getSubtaskIndex() < 0) {
            return new DecisionConversion.Rejected(subject + ": subtaskIndex must be >= 0");
        }
        try {
            EntityId vehicle = EntityId.parse(d.getVehicleId());
            if (vehicle.kind() != EntityKind.VEHICLE) {
                return new DecisionConversion.Rejected(subject + ": vehicleId " + vehicle + " is not a vehicle");
            }
        } catch (IllegalArgumentException e) {
            return new DecisionConversion.Rejected(subject + ": bad vehicleId: " + e.getMessage());
        }
        List<String> forwarding = d.getForwardingPath();
        if (forwarding == null) {
            return new DecisionConversion.Rejected(subject + ": forwardingPath is null");
        }
        OffloadPath path;
        try {
            List<EntityId> nodes = new ArrayList<>(1 + forwarding.size());
            nodes.add(EntityId.parse(d.getFirstHop()));
            for (String node : forwarding) {
                nodes.add(EntityId.parse(node));
            }
            path = new OffloadPath(nodes);
        } catch (IllegalArgumentException e) {
            return new DecisionConversion.Rejected(subject + ": bad path (firstHop " + d.getFirstHop() + ", forwardingPath "
                    + forwarding + "): " + e.getMessage());
        }
        EntityId processing;
        try {
            processing = EntityId.parse(d.getProcessingNode());
        } catch (IllegalArgumentException e) {
            return new DecisionConversion.Rejected(subject + ": bad processingNode: " + e.getMessage());
        }
        if (!processing.equals(path.processingNode())) {
            return new DecisionConversion.Rejected(subject + ": processingNode " + processing + " is not the last node of its path "
                    + path + " (" + path.processingNode() + ")");
        }
        double power = d.getTransmitPowerWatts();
        if (!(power > 0) || !Double.isFinite(power)) {
            return new DecisionConversion.Rejected(subject + ": transmitPowerWatts must be a finite number > 0, got " + power);
        }
        double cpuHz = d.getProcessingCpuHz();
        if (!(cpuHz >= 0) || !Double.isFinite(cpuHz)) {
            return new DecisionConversion.Rejected(subject + ": processingCpuHz must be a finite number >= 0, got " + cpuHz);
        }
        Optional<String> segments = TaskSegmentation.problem(d.getSegmentsPerSubtask());
        if (segments.isPresent()) {
            return new DecisionConversion.Rejected(subject + ": " + segments.get());
        }
        try {
            return new DecisionConversion.Accepted(new SubtaskAssignment(taskId, d.getSubtaskIndex(), path, power), cpuHz,
                    d.getSegmentsPerSubtask());
        } catch (IllegalArgumentException e) {
            // the checks above mirror SubtaskAssignment's; this catches any it adds later
            return new DecisionConversion.Rejected(subject + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- outcomes

    /**
     * The {@code vec.outcomes} record of what happened to one subtask on the true channel.
     *
     * <ul>
     *   <li>energy = the vehicle's transmit energy plus the nodes' forwarding and processing
     *       energy (the schema's "transmission plus processing"); +∞ when the vehicle transmitted
     *       into a closed link;</li>
     *   <li>QoS = eq. (48)'s raw value normalised by eq. (93), the scale the schema prescribes
     *       for {@code predictedQos} and therefore for {@code actualQos}; an undecided subtask
     *       (L = +∞, no energy) has raw Q = 0;</li>
     *   <li>processingNode = the path's last node, or {@link #NO_PROCESSING_NODE} when the
     *       subtask got no decision.</li>
     * </ul>
     */
    public static OffloadingOutcome toOutcome(SubtaskOutcome o, QosParameters qos, long observedAtMillis) {
        Require.notNull("outcome", o);
        Require.notNull("qos", qos);
        return OffloadingOutcome.newBuilder()
                .setTaskId(o.taskId())
                .setSubtaskIndex(o.subtaskIndex())
                .setSegmentsPerSubtask(o.segmentsPerSubtask())
                .setVehicleId(o.vehicle().toString())
                .setProcessingNode(o.path().map(p -> p.processingNode().toString()).orElse(NO_PROCESSING_NODE))
                .setActualLatencySeconds(o.latencyS())
                .setActualEnergyJoules(o.vehicleEnergyJ() + o.nodeEnergyJ())
                .setActualQos(QualityOfService.normalised(o.qos(), qos))
                .setDeadlineMet(o.deadlineMet())
                .setFailureReason(o.failureReason().orElse(null))
                .setObservedAtMillis(observedAtMillis)
                .build();
    }

    /**
     * The outcome of a decision that could not be executed: nothing was sent, so latency is +∞,
     * energy 0, and QoS that of an undecided subtask (see {@link #toOutcome}). The identifying
     * fields are copied from the decision as received (null ones become empty), so the reader
     * can match the outcome to what it sent even when it sent garbage.
     */
    public static OffloadingOutcome failedOutcome(OffloadingDecision d, String reason, QosParameters qos,
            long observedAtMillis) {
        Require.notNull("decision", d);
        Require.notNull("reason", reason);
        Require.notNull("qos", qos);
        double undecidedQos = QualityOfService.raw(Double.POSITIVE_INFINITY, 0.0, qos);
        return OffloadingOutcome.newBuilder()
                .setTaskId(orEmpty(d.getTaskId()))
                .setSubtaskIndex(d.getSubtaskIndex())
                .setSegmentsPerSubtask(d.getSegmentsPerSubtask())
                .setVehicleId(orEmpty(d.getVehicleId()))
                .setProcessingNode(orEmpty(d.getProcessingNode()))
                .setActualLatencySeconds(Double.POSITIVE_INFINITY)
                .setActualEnergyJoules(0.0)
                .setActualQos(QualityOfService.normalised(undecidedQos, qos))
                .setDeadlineMet(false)
                .setFailureReason(reason)
                .setObservedAtMillis(observedAtMillis)
                .build();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

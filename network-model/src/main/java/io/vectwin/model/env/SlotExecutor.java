package io.vectwin.model.env;

import io.vectwin.model.channel.LinkBudget;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.constraint.AssignedSubtask;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.Energy;
import io.vectwin.model.mec.HopLatency;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.PathLatency;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.SubtaskPriority;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.NetworkParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Executes one slot's joint action on the true channel: for every assigned subtask it draws each
 * hop's link (eq. 11–37), computes the path latency of eq. (6)–(7) with the processing node's
 * queue, the vehicle's transmit energy, the nodes' forwarding and processing energy (eq. 54–55)
 * and the QoS of eq. (48).
 *
 * <p>Subtasks are served in order of their priority 𝒫_{i,j} (eq. 1), highest first, so that a
 * node's queue favours what the vehicles rank as most urgent. A subtask reaches its processing
 * node after its transmissions; it starts when both it and the node are free
 * ({@link PathLatency#afterTransmission}), which is eq. (6)–(7) when the node is idle.
 */
final class SlotExecutor {

    /** Result of executing one slot. */
    record Result(List<SubtaskOutcome> outcomes, List<AssignedSubtask> assigned, Map<EntityId, NodeUsage> nodeUsage) {
    }

    /** Failure reason of a subtask that got no decision before its slot ended (τ = 20 ms exceeds ϱ = 10 ms). */
    static final String NO_DECISION = "no decision before the deadline";

    private final NetworkParameters params;
    private final LinkEvaluator links;

    SlotExecutor(NetworkParameters params, LinkEvaluator links) {
        this.params = params;
        this.links = links;
    }

    Result execute(World world, List<TaskRequest> pending, JointAction action, RandomGenerator rng) {
        for (String taskId : action.segmentsPerSubtask().keySet()) {
            if (pending.stream().noneMatch(t -> t.taskId().equals(taskId))) {
                throw new IllegalArgumentException("segment choice for unknown task " + taskId
                        + " (not among this slot's task requests)");
            }
        }
        Map<String, PendingSubtask> byKey = index(pending, action::segmentsPerSubtask);
        List<Planned> plan = new ArrayList<>();
        for (SubtaskAssignment a : action.assignments()) {
            rejection(world, byKey, a).ifPresent(reason -> {
                throw new IllegalArgumentException(reason);
            });
            PendingSubtask p = byKey.get(a.subtaskKey());
            plan.add(new Planned(p, a));
        }
        plan.sort(Comparator.comparing(Planned::pending, SERVICE_ORDER));

        Map<EntityId, NodeAccumulator> usage = new LinkedHashMap<>();
        for (EntityId node : world.edgeNodes()) {
            NodeControl control = action.nodeControls().get(node);
            double available = world.availableCpuHz(node);
            double cpu = control == null ? available : Math.min(control.cpuHz(), available);
            double power = control == null ? links.maxTxPowerW(node.kind()) : control.txPowerW();
            usage.put(node, new NodeAccumulator(cpu, power));
        }

        List<SubtaskOutcome> outcomes = new ArrayList<>();
        List<AssignedSubtask> assigned = new ArrayList<>();
        Map<String, Boolean> decided = new LinkedHashMap<>();
        for (Planned x : plan) {
            decided.put(x.pending.key, Boolean.TRUE);
            outcomes.add(run(world, x, usage, assigned, rng));
        }
        for (PendingSubtask p : byKey.values()) {
            if (!decided.containsKey(p.key)) {
                outcomes.add(new SubtaskOutcome(p.task.taskId(), p.subtask.index(), p.task.vehicle(), Optional.empty(),
                        Double.POSITIVE_INFINITY, 0.0, 0.0, QualityOfService.raw(Double.POSITIVE_INFINITY, 0.0, params.qos()),
                        p.priority, false, Optional.of(NO_DECISION), p.segmentsPerSubtask));
            }
        }
        Map<EntityId, NodeUsage> nodeUsage = new LinkedHashMap<>();
        usage.forEach((node, acc) -> nodeUsage.put(node, acc.toUsage(node, world.backlogCycles(node))));
        return new Result(outcomes, assigned, nodeUsage);
    }

    /** Why {@code a} cannot be executed in this slot when its task is cut into m segments per subtask, if it cannot. */
    Optional<String> rejection(World world, List<TaskRequest> pending, SubtaskAssignment a, int segmentsPerSubtask) {
        Optional<String> bad = TaskSegmentation.problem(segmentsPerSubtask);
        if (bad.isPresent()) {
            return bad;
        }
        List<TaskRequest> own = pending.stream().filter(t -> t.taskId().equals(a.taskId())).toList();
        return rejection(world, index(own, taskId -> segmentsPerSubtask), a);
    }

    private static Optional<String> rejection(World world, Map<String, PendingSubtask> byKey, SubtaskAssignment a) {
        if (!byKey.containsKey(a.subtaskKey())) {
            return Optional.of("assignment for unknown subtask " + a.subtaskKey()
                    + " (not among this slot's task requests, as its vehicle segmented them)");
        }
        for (EntityId node : a.path().nodes()) {
            if (!world.exists(node)) {
                return Optional.of("assignment " + a.subtaskKey() + " routes through unknown node " + node);
            }
        }
        return Optional.empty();
    }

    private SubtaskOutcome run(World world, Planned x, Map<EntityId, NodeAccumulator> usage, List<AssignedSubtask> assigned,
            RandomGenerator rng) {
        TaskRequest task = x.pending.task;
        Subtask s = x.pending.subtask;
        OffloadPath path = x.assignment.path();
        double bits = s.dataBits();
        double vehiclePower = Math.min(x.assignment.txPowerW(), links.maxTxPowerW(EntityKind.VEHICLE));

        List<EntityId> nodes = path.nodes();
        double[] rates = new double[nodes.size()];
        double transmission = 0.0;
        double vehicleEnergy = 0.0;
        double nodeEnergy = 0.0;
        String closedHop = null;
        EntityId from = task.vehicle();
        for (int k = 0; k < nodes.size(); k++) {
            EntityId to = nodes.get(k);
            LinkType type = LinkType.between(from.kind(), to.kind());
            double power = k == 0 ? vehiclePower : usage.get(from).txPowerW;
            LinkBudget hop = links.draw(type, links.defaultModel(type), world.antenna(from), world.antenna(to), power,
                    world.motion(from).relativeSpeedTo(world.motion(to)), rng);
            rates[k] = hop.rateBps();
            if (hop.isClosed() && closedHop == null) {
                closedHop = from + ">" + to;
            }
            transmission += HopLatency.transmission(bits, hop.rateBps());
            if (k == 0) {
                vehicleEnergy = Energy.vehicleTransmit(power, bits, hop.rateBps());
            } else {
                double relay = Energy.relayTransmit(power, bits, hop.rateBps());
                usage.get(from).relayEnergyJ += relay;
                nodeEnergy += relay;
            }
            from = to;
        }

        EntityId processor = path.processingNode();
        NodeAccumulator proc = usage.get(processor);
        double latency = PathLatency.afterTransmission(transmission, s.cyclesPerBit(), bits, proc.cpuHz,
                world.backlogCycles(processor));
        if (closedHop == null) {
            // work on a closed path never arrives, so it never loads the node
            world.enqueue(processor, s.cycles());
            proc.processed++;
            proc.processedCycles += s.cycles();
            double processing = Energy.nodeProcessing(params.compute().energyPerCycleJ(), s.cyclesPerBit(), bits);
            proc.processingEnergyJ += processing;
            nodeEnergy += processing;
        }
        boolean met = latency <= task.deadlineSeconds();
        for (EntityId node : nodes) {
            NodeAccumulator acc = usage.get(node);
            acc.handled++;
            if (met) {
                acc.handledInDeadline++;
            }
            if (Double.isFinite(latency)) {
                acc.latencySumS += latency;
            }
        }
        double qos = QualityOfService.raw(latency, vehicleEnergy, params.qos());
        Optional<String> failure = closedHop != null
                ? Optional.of("closed link " + closedHop)
                : met ? Optional.empty()
                        : Optional.of(String.format("deadline missed: %.6f s > %.6f s", latency, task.deadlineSeconds()));
        assigned.add(new AssignedSubtask(task.vehicle(), task.taskId(), s, path, vehiclePower, rates, latency,
                vehicleEnergy, qos));
        return new SubtaskOutcome(task.taskId(), s.index(), task.vehicle(), Optional.of(path), latency, vehicleEnergy,
                nodeEnergy, qos, x.pending.priority, met, failure, x.pending.segmentsPerSubtask);
    }

    /** The slot's subtasks by key, each task cut as {@code segmentsPerSubtask} says (eq. 58's D_{i,j}). */
    private Map<String, PendingSubtask> index(List<TaskRequest> pending, ToIntFunction<String> segmentsPerSubtask) {
        Map<String, PendingSubtask> byKey = new LinkedHashMap<>();
        for (TaskRequest issued : pending) {
            int m = segmentsPerSubtask.applyAsInt(issued.taskId());
            TaskRequest t = TaskSegmentation.split(issued, m);
            double[] priorities = SubtaskPriority.all(t, params.tasks().priorityWeights());
            for (Subtask s : t.subtasks()) {
                String key = SubtaskKeys.of(t.taskId(), s.index());
                byKey.put(key, new PendingSubtask(key, t, s, priorities[s.index()], m));
            }
        }
        return byKey;
    }

    /** A subtask (or segment) of the slot waiting to be served, with its 𝒫 of eq. (1). */
    record PendingSubtask(String key, TaskRequest task, Subtask subtask, double priority, int segmentsPerSubtask) {
    }

    /**
     * The order subtasks are served in: descending 𝒫 (eq. 1), ties by task, then by index as a
     * number, as {@link io.vectwin.model.policy.PriorityOrder} predicts them. The segments of one
     * subtask share its priority, and ordering them by their keys' text would serve segment 10
     * before segment 8.
     */
    static final Comparator<PendingSubtask> SERVICE_ORDER = Comparator.comparingDouble((PendingSubtask p) -> -p.priority())
            .thenComparing(p -> p.task().taskId())
            .thenComparingInt(p -> p.subtask().index());

    private record Planned(PendingSubtask pending, SubtaskAssignment assignment) {
    }

    /** Mutable per-node tally during a slot. */
    private static final class NodeAccumulator {
        final double cpuHz;
        final double txPowerW;
        int handled;
        int handledInDeadline;
        int processed;
        double processedCycles;
        double latencySumS;
        double relayEnergyJ;
        double processingEnergyJ;

        NodeAccumulator(double cpuHz, double txPowerW) {
            this.cpuHz = cpuHz;
            this.txPowerW = txPowerW;
        }

        NodeUsage toUsage(EntityId node, double backlog) {
            return new NodeUsage(node, handled, handledInDeadline, processed, processedCycles, latencySumS, relayEnergyJ,
                    processingEnergyJ, cpuHz, txPowerW, backlog);
        }
    }
}

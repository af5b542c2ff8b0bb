package io.vectwin.jobs.twin;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.config.TwinJobConfig.DecisionAlignment;
import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The vehicle twin and the decision, keyed by vehicle id:
 * <ul>
 *   <li>telemetry updates the twin — latest state plus a bounded history ring, both with a TTL so
 *       vehicles that leave are forgotten; out-of-order records never overwrite a newer state;</li>
 *   <li>node telemetry (BS, UAV) arrives on the broadcast side and is kept as node twins; so does
 *       every vehicle's telemetry when the policy reads the other vehicles (a BS agent ranking the
 *       vehicles it hears, eq. 61), kept as shared vehicle twins until {@code vehicleTtl} of event
 *       time passes without a report;</li>
 *   <li>a task request is decided by the configured {@link io.vectwin.model.policy.OffloadingPolicy}
 *       on the vehicle twin and the node twins ({@link TwinDecider}), one decision per subtask,
 *       when {@link TwinJobConfig#decisionAlignment()} says:
 *     <ul>
 *       <li>{@code arrival}: at once, on the latest states; a request that arrives before its
 *           vehicle's first telemetry (the topics are independent) waits up to {@code twinWait}, then
 *           goes to the dead-letter output with the reason;</li>
 *       <li>{@code event-time}: the request waits in keyed state until the watermark passes its
 *           creation time (an event-time timer), and is decided on the vehicle's and every node's
 *           state as of that time — the newest telemetry with an event time at or before it, kept in
 *           event-time windows ({@link TelemetryHistory#appendAligned}) — so the same input gives
 *           the same decisions whatever the thread timing. The watermark alone is not trusted to
 *           mean "all telemetry up to t is here" (an input that was idle is ignored by it until it
 *           reports again), so a task is decided only once its vehicle and the nodes have reported at
 *           or after its time; if the watermark does not pass it within {@code twinWait} (the input
 *           went quiet, e.g. at the end of a replay) that completeness alone suffices. A task whose
 *           state stays incomplete is decided on what has arrived after two twin waits (or
 *           dead-lettered when its vehicle never reported). A task behind the watermark whose time
 *           the windows no longer reach is decided on the oldest state they
 *           hold (counted in {@code unalignedDecisions}).</li>
 *     </ul></li>
 * </ul>
 * Records behind the event-time watermark are counted as late (they are still used: a late
 * telemetry record only enters the history, a late task is still decided).
 */
public final class DecisionFunction extends KeyedBroadcastProcessFunction<String, VehicleEvent, EntityTelemetry, OffloadingDecision> {

    /**
     * Node twins (BS and UAV) by entity id, broadcast to every decision instance: the latest
     * telemetry alone when deciding on arrival, an event-time window when deciding as of event time.
     */
    public static final MapStateDescriptor<String, List<EntityTelemetry>> NODE_TWINS =
            new MapStateDescriptor<>("node-twins", Types.STRING, new ListTypeInfo<>(EntityTelemetry.class));

    /**
     * Vehicle twins shared with every decision instance, by entity id, kept like {@link #NODE_TWINS};
     * filled only when the policy {@linkplain TwinDecider#readsOtherVehicles() reads them}.
     */
    public static final MapStateDescriptor<String, List<EntityTelemetry>> VEHICLE_TWINS =
            new MapStateDescriptor<>("shared-vehicle-twins", Types.STRING, new ListTypeInfo<>(EntityTelemetry.class));

    /**
     * Most telemetry records an event-time window keeps per entity when the watermark stalls:
     * a minute of slots at τ = 20 ms.
     */
    static final int MAX_ALIGNED_RECORDS = 3_000;

    /**
     * A task whose state never becomes complete (its vehicle or a node stopped reporting) is decided on
     * what has arrived, or dead-lettered without vehicle state, after this many twin waits.
     */
    static final int INCOMPLETE_WAIT_FACTOR = 2;

    /** How soon a task whose time the watermark has passed, but whose state is incomplete, is looked at again. */
    static final long RECHECK_MILLIS = 10;

    /** A task waiting for the watermark, with the time it reached this operator (a Flink POJO). */
    public static class PendingTask {
        public TaskRequest task;
        public long arrivedAtMillis;

        public PendingTask() {
        }

        PendingTask(TaskRequest task, long arrivedAtMillis) {
            this.task = task;
            this.arrivedAtMillis = arrivedAtMillis;
        }
    }

    /** Decision order of tasks released together: by creation time, then id. */
    private static final Comparator<PendingTask> TASK_ORDER = Comparator.comparingLong((PendingTask p) -> p.task.getCreatedAtMillis())
            .thenComparing(p -> p.task.getTaskId());

    private final TwinJobConfig config;
    private final boolean eventTimeAligned;

    private transient ValueState<EntityTelemetry> latest;
    private transient ListState<EntityTelemetry> history;
    private transient ListState<TaskRequest> waiting;
    private transient ListState<EntityTelemetry> alignedWindow;
    private transient ListState<PendingTask> pending;
    private transient TwinDecider decider;
    private transient AvroSingleObjectSerde<TaskRequest> taskSerde;
    private transient Counter decisions;
    private transient Counter lateRecords;
    private transient Counter staleTelemetry;
    private transient Counter tasksWithoutTwin;
    private transient Counter unalignedDecisions;
    /** Event time of the last sweep of departed vehicles out of {@link #VEHICLE_TWINS}. */
    private transient long vehiclesSweptAtMillis;

    public DecisionFunction(TwinJobConfig config) {
        this.config = config;
        this.eventTimeAligned = config.decisionAlignment() == DecisionAlignment.EVENT_TIME;
    }

    @Override
    public void open(OpenContext openContext) {
        StateTtlConfig ttl = StateTtlConfig.newBuilder(config.vehicleTtl())
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                .build();
        ValueStateDescriptor<EntityTelemetry> latestDescriptor = new ValueStateDescriptor<>("latest", EntityTelemetry.class);
        latestDescriptor.enableTimeToLive(ttl);
        ListStateDescriptor<EntityTelemetry> historyDescriptor = new ListStateDescriptor<>("history", EntityTelemetry.class);
        historyDescriptor.enableTimeToLive(ttl);
        ListStateDescriptor<TaskRequest> waitingDescriptor = new ListStateDescriptor<>("waiting-tasks", TaskRequest.class);
        ListStateDescriptor<EntityTelemetry> alignedDescriptor = new ListStateDescriptor<>("aligned-window", EntityTelemetry.class);
        alignedDescriptor.enableTimeToLive(ttl);
        ListStateDescriptor<PendingTask> pendingDescriptor = new ListStateDescriptor<>("pending-tasks", PendingTask.class);
        latest = getRuntimeContext().getState(latestDescriptor);
        history = getRuntimeContext().getListState(historyDescriptor);
        waiting = getRuntimeContext().getListState(waitingDescriptor);
        alignedWindow = getRuntimeContext().getListState(alignedDescriptor);
        pending = getRuntimeContext().getListState(pendingDescriptor);
        decider = TwinDecider.create(config);
        taskSerde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
        var metrics = getRuntimeContext().getMetricGroup();
        decisions = metrics.counter("decisions");
        lateRecords = metrics.counter("lateRecords");
        staleTelemetry = metrics.counter("staleTelemetry");
        tasksWithoutTwin = metrics.counter("tasksWithoutTwin");
        unalignedDecisions = metrics.counter("unalignedDecisions");
    }

    @Override
    public void processElement(VehicleEvent event, ReadOnlyContext ctx, Collector<OffloadingDecision> out) throws Exception {
        Long timestamp = ctx.timestamp();
        long watermark = ctx.timerService().currentWatermark();
        if (timestamp != null && timestamp < watermark) {
            lateRecords.inc();
        }
        ReadOnlyBroadcastState<String, List<EntityTelemetry>> nodes = ctx.getBroadcastState(NODE_TWINS);
        long now = ctx.timerService().currentProcessingTime();
        if (event.telemetry != null) {
            updateTwin(event.telemetry, watermark);
            if (eventTimeAligned) {
                releaseDueTasks(nodes, ctx, out); // the record may complete the state a passed task waits for
            } else {
                drainWaiting(nodes, ctx, out);
            }
            return;
        }
        if (eventTimeAligned) {
            pending.add(new PendingTask(event.task, now));
            ctx.timerService().registerEventTimeTimer(event.task.getCreatedAtMillis());
            ctx.timerService().registerProcessingTimeTimer(now + config.twinWait().toMillis());
            ctx.timerService().registerProcessingTimeTimer(now + INCOMPLETE_WAIT_FACTOR * config.twinWait().toMillis());
            return;
        }
        if (latest.value() == null || !nodes.immutableEntries().iterator().hasNext()) {
            waiting.add(event.task);
            ctx.timerService().registerProcessingTimeTimer(now + config.twinWait().toMillis());
            return;
        }
        decide(event.task, latest.value(), latest(nodes), latest(ctx.getBroadcastState(VEHICLE_TWINS)), now, now, ctx,
                out);
    }

    @Override
    public void processBroadcastElement(EntityTelemetry twin, Context ctx, Collector<OffloadingDecision> out) throws Exception {
        boolean vehicle = twin.getKind() == io.vectwin.schemas.EntityKind.VEHICLE;
        BroadcastState<String, List<EntityTelemetry>> twins = ctx.getBroadcastState(vehicle ? VEHICLE_TWINS : NODE_TWINS);
        List<EntityTelemetry> held = twins.get(twin.getEntityId().toString());
        if (eventTimeAligned) {
            twins.put(twin.getEntityId().toString(), TelemetryHistory.appendAligned(held == null ? List.of() : held, twin,
                    ctx.currentWatermark(), MAX_ALIGNED_RECORDS));
        } else if (TelemetryHistory.isNewer(held == null ? null : held.get(held.size() - 1), twin)) {
            twins.put(twin.getEntityId().toString(), List.of(twin));
        }
        if (vehicle) {
            sweepDepartedVehicles(twins, twin.getEventTimeMillis());
        }
    }

    /**
     * Drops the shared vehicle twins that have not reported for {@code vehicleTtl} of event time (the
     * keyed twins expire by TTL; broadcast state has none), at most once per {@code vehicleTtl}.
     */
    private void sweepDepartedVehicles(BroadcastState<String, List<EntityTelemetry>> vehicles, long nowMillis)
            throws Exception {
        long ttl = config.vehicleTtl().toMillis();
        if (nowMillis - vehiclesSweptAtMillis < ttl) {
            return;
        }
        vehiclesSweptAtMillis = nowMillis;
        List<String> departed = new ArrayList<>();
        for (Map.Entry<String, List<EntityTelemetry>> e : vehicles.immutableEntries()) {
            List<EntityTelemetry> window = e.getValue();
            if (window.get(window.size() - 1).getEventTimeMillis() < nowMillis - ttl) {
                departed.add(e.getKey());
            }
        }
        for (String id : departed) {
            vehicles.remove(id);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OffloadingDecision> out) throws Exception {
        ReadOnlyBroadcastState<String, List<EntityTelemetry>> nodes = ctx.getBroadcastState(NODE_TWINS);
        long now = ctx.timerService().currentProcessingTime();
        if (eventTimeAligned) {
            releaseDueTasks(nodes, ctx, out);
            return;
        }
        if (latest.value() != null && nodes.immutableEntries().iterator().hasNext()) {
            drainWaiting(nodes, ctx, out);
            return;
        }
        for (TaskRequest task : waiting.get()) {
            String reason = latest.value() == null
                    ? "no telemetry for vehicle " + task.getVehicleId() + " within " + config.twinWait().toMillis() + " ms of its task"
                    : "no BS or UAV telemetry within " + config.twinWait().toMillis() + " ms of the task";
            tasksWithoutTwin.inc();
            deadLetter(task, reason, now, ctx);
        }
        waiting.clear();
    }

    private void updateTwin(EntityTelemetry telemetry, long watermark) throws Exception {
        List<EntityTelemetry> current = new ArrayList<>();
        history.get().forEach(current::add);
        history.update(TelemetryHistory.append(current, telemetry, config.historyLength()));
        if (TelemetryHistory.isNewer(latest.value(), telemetry)) {
            latest.update(telemetry);
        } else {
            staleTelemetry.inc();
        }
        if (eventTimeAligned) {
            List<EntityTelemetry> window = new ArrayList<>();
            alignedWindow.get().forEach(window::add);
            alignedWindow.update(TelemetryHistory.appendAligned(window, telemetry, watermark, MAX_ALIGNED_RECORDS));
        }
    }

    /**
     * Decides every pending task that is due, in creation-time order: the twins' states at its time
     * are complete (the vehicle and every node have reported at or after it) and either the
     * watermark has passed it or it has waited {@code twinWait} (the input went quiet: nothing moves
     * the watermark, e.g. at the end of a replay) — both deterministic; or, giving up on
     * completeness, it has waited {@link #INCOMPLETE_WAIT_FACTOR} twin waits. A passed task whose
     * state is not complete yet — a telemetry source that lags the task source, e.g. while it was
     * idle — is looked at again shortly ({@link #RECHECK_MILLIS}) and whenever its vehicle reports.
     */
    private void releaseDueTasks(ReadOnlyBroadcastState<String, List<EntityTelemetry>> nodes, ReadOnlyContext ctx,
            Collector<OffloadingDecision> out) throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        long now = ctx.timerService().currentProcessingTime();
        long waitMillis = config.twinWait().toMillis();
        List<PendingTask> due = new ArrayList<>();
        List<PendingTask> stillPending = new ArrayList<>();
        boolean recheck = false;
        List<EntityTelemetry> window = new ArrayList<>();
        alignedWindow.get().forEach(window::add);
        for (PendingTask p : pending.get()) {
            long t = p.task.getCreatedAtMillis();
            boolean passed = t <= watermark;
            long waited = now - p.arrivedAtMillis;
            boolean complete = complete(window, nodes, t, waitMillis);
            if ((complete && (passed || waited >= waitMillis)) || waited >= INCOMPLETE_WAIT_FACTOR * waitMillis) {
                due.add(p);
            } else {
                stillPending.add(p);
                recheck |= passed;
            }
        }
        if (recheck) {
            ctx.timerService().registerProcessingTimeTimer(now + RECHECK_MILLIS);
        }
        if (due.isEmpty()) {
            return;
        }
        pending.update(stillPending);
        due.sort(TASK_ORDER);
        for (PendingTask p : due) {
            decideAsOfEventTime(p, window, nodes, ctx, out);
        }
    }

    /**
     * Whether the state as of {@code t} can no longer change: the vehicle has reported at or after
     * {@code t}, and so has every node, except nodes silent for longer than {@code waitMillis}
     * before {@code t} (gone, or reporting rarely: their latest state is what there is).
     */
    private static boolean complete(List<EntityTelemetry> vehicleWindow, ReadOnlyBroadcastState<String, List<EntityTelemetry>> nodes,
            long t, long waitMillis) throws Exception {
        if (vehicleWindow.isEmpty() || vehicleWindow.get(vehicleWindow.size() - 1).getEventTimeMillis() < t) {
            return false;
        }
        for (Map.Entry<String, List<EntityTelemetry>> e : nodes.immutableEntries()) {
            long newest = e.getValue().get(e.getValue().size() - 1).getEventTimeMillis();
            if (newest < t && newest >= t - waitMillis) {
                return false;
            }
        }
        return true;
    }

    /** Decides {@code p} on the vehicle's and nodes' states as of its creation time. */
    private void decideAsOfEventTime(PendingTask p, List<EntityTelemetry> window,
            ReadOnlyBroadcastState<String, List<EntityTelemetry>> nodes, ReadOnlyContext ctx, Collector<OffloadingDecision> out)
            throws Exception {
        long taskTime = p.task.getCreatedAtMillis();
        Optional<EntityTelemetry> vehicle = stateAsOf(window, taskTime);
        List<EntityTelemetry> nodeTwins = new ArrayList<>();
        for (Map.Entry<String, List<EntityTelemetry>> e : nodes.immutableEntries()) {
            stateAsOf(e.getValue(), taskTime).ifPresent(nodeTwins::add);
        }
        List<EntityTelemetry> vehicleTwins = new ArrayList<>();
        for (Map.Entry<String, List<EntityTelemetry>> e : ctx.getBroadcastState(VEHICLE_TWINS).immutableEntries()) {
            TelemetryHistory.asOf(e.getValue(), taskTime).ifPresent(vehicleTwins::add); // not there yet: not known then
        }
        long now = ctx.timerService().currentProcessingTime();
        if (vehicle.isEmpty() || nodeTwins.isEmpty()) {
            tasksWithoutTwin.inc();
            deadLetter(p.task, vehicle.isEmpty()
                    ? "no telemetry for vehicle " + p.task.getVehicleId() + " by the time its task was due (created at "
                            + taskTime + ")"
                    : "no BS or UAV telemetry by the time the task was due (created at " + taskTime + ")", now, ctx);
            return;
        }
        decide(p.task, vehicle.get(), nodeTwins, vehicleTwins, taskTime, p.arrivedAtMillis, ctx, out);
    }

    /** The state as of {@code time}, or the oldest the window still holds when the time is before all of it. */
    private Optional<EntityTelemetry> stateAsOf(List<EntityTelemetry> window, long time) {
        Optional<EntityTelemetry> asOf = TelemetryHistory.asOf(window, time);
        if (asOf.isEmpty() && !window.isEmpty()) {
            unalignedDecisions.inc();
            return Optional.of(window.get(0));
        }
        return asOf;
    }

    private void drainWaiting(ReadOnlyBroadcastState<String, List<EntityTelemetry>> nodes, ReadOnlyContext ctx,
            Collector<OffloadingDecision> out) throws Exception {
        if (latest.value() == null || !nodes.immutableEntries().iterator().hasNext()) {
            return;
        }
        List<TaskRequest> queued = new ArrayList<>();
        waiting.get().forEach(queued::add);
        if (queued.isEmpty()) {
            return;
        }
        waiting.clear();
        long now = ctx.timerService().currentProcessingTime();
        List<EntityTelemetry> nodeTwins = latest(nodes);
        List<EntityTelemetry> vehicleTwins = latest(ctx.getBroadcastState(VEHICLE_TWINS));
        for (TaskRequest task : queued) {
            decide(task, latest.value(), nodeTwins, vehicleTwins, now, now, ctx, out);
        }
    }

    /** The newest report of every twin of a broadcast state. */
    private static List<EntityTelemetry> latest(ReadOnlyBroadcastState<String, List<EntityTelemetry>> twins)
            throws Exception {
        List<EntityTelemetry> out = new ArrayList<>();
        for (Map.Entry<String, List<EntityTelemetry>> e : twins.immutableEntries()) {
            out.add(e.getValue().get(e.getValue().size() - 1));
        }
        return out;
    }

    private void decide(TaskRequest task, EntityTelemetry vehicle, List<EntityTelemetry> nodeTwins,
            List<EntityTelemetry> vehicleTwins, long decisionTimeMillis, long ingestedAtMillis, ReadOnlyContext ctx,
            Collector<OffloadingDecision> out) {
        List<OffloadingDecision> decided;
        try {
            decided = decider.decide(vehicle, nodeTwins, vehicleTwins, task, decisionTimeMillis, ingestedAtMillis,
                    System::currentTimeMillis);
        } catch (RuntimeException e) {
            // a task the policy cannot handle must not stop the job: it goes to the dead letters with the reason
            deadLetter(task, "policy " + config.policy() + " could not decide task " + task.getTaskId() + ": " + e.getMessage(),
                    ingestedAtMillis, ctx);
            return;
        }
        for (OffloadingDecision d : decided) {
            decisions.inc();
            out.collect(d);
        }
    }

    private void deadLetter(TaskRequest task, String reason, long atMillis, ReadOnlyContext ctx) {
        ctx.output(DeadLetters.TAG, DeadLetters.of("vec.tasks", -1, -1, taskSerde.encode(task), reason, atMillis));
    }
}

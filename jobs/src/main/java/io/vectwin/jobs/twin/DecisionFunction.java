package io.vectwin.jobs.twin;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The vehicle twin and the decision, keyed by vehicle id:
 * <ul>
 *   <li>telemetry updates the twin — latest state plus a bounded history ring, both with a TTL so
 *       vehicles that leave are forgotten; out-of-order records never overwrite a newer state;</li>
 *   <li>a task request is decided at once by the configured {@link io.vectwin.model.policy.OffloadingPolicy}
 *       on the vehicle twin and the broadcast node twins ({@link TwinDecider}), one decision per
 *       subtask; a request that arrives before its vehicle's first telemetry (the topics are
 *       independent) waits up to {@code twinWait}, then goes to the dead-letter output with the reason;</li>
 *   <li>node telemetry (BS, UAV) arrives on the broadcast side and is kept as node twins.</li>
 * </ul>
 * Records behind the event-time watermark are counted as late (they are still used: a late
 * telemetry record only enters the history, a late task is still decided).
 */
public final class DecisionFunction extends KeyedBroadcastProcessFunction<String, VehicleEvent, EntityTelemetry, OffloadingDecision> {

    /** Node twins (BS and UAV), broadcast to every decision instance. */
    public static final MapStateDescriptor<String, EntityTelemetry> NODE_TWINS =
            new MapStateDescriptor<>("node-twins", String.class, EntityTelemetry.class);

    private final TwinJobConfig config;

    private transient ValueState<EntityTelemetry> latest;
    private transient ListState<EntityTelemetry> history;
    private transient ListState<TaskRequest> waiting;
    private transient TwinDecider decider;
    private transient AvroSingleObjectSerde<TaskRequest> taskSerde;
    private transient Counter decisions;
    private transient Counter lateRecords;
    private transient Counter staleTelemetry;
    private transient Counter tasksWithoutTwin;

    public DecisionFunction(TwinJobConfig config) {
        this.config = config;
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
        latest = getRuntimeContext().getState(latestDescriptor);
        history = getRuntimeContext().getListState(historyDescriptor);
        waiting = getRuntimeContext().getListState(waitingDescriptor);
        decider = TwinDecider.create(config);
        taskSerde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
        var metrics = getRuntimeContext().getMetricGroup();
        decisions = metrics.counter("decisions");
        lateRecords = metrics.counter("lateRecords");
        staleTelemetry = metrics.counter("staleTelemetry");
        tasksWithoutTwin = metrics.counter("tasksWithoutTwin");
    }

    @Override
    public void processElement(VehicleEvent event, ReadOnlyContext ctx, Collector<OffloadingDecision> out) throws Exception {
        Long timestamp = ctx.timestamp();
        if (timestamp != null && timestamp < ctx.timerService().currentWatermark()) {
            lateRecords.inc();
        }
        ReadOnlyBroadcastState<String, EntityTelemetry> nodes = ctx.getBroadcastState(NODE_TWINS);
        if (event.telemetry != null) {
            updateTwin(event.telemetry);
            drainWaiting(nodes, ctx, out);
            return;
        }
        long now = ctx.timerService().currentProcessingTime();
        if (latest.value() == null || !nodes.immutableEntries().iterator().hasNext()) {
            waiting.add(event.task);
            ctx.timerService().registerProcessingTimeTimer(now + config.twinWait().toMillis());
            return;
        }
        decide(event.task, nodes, now, ctx, out);
    }

    @Override
    public void processBroadcastElement(EntityTelemetry node, Context ctx, Collector<OffloadingDecision> out) throws Exception {
        var nodes = ctx.getBroadcastState(NODE_TWINS);
        if (TelemetryHistory.isNewer(nodes.get(node.getEntityId()), node)) {
            nodes.put(node.getEntityId(), node);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OffloadingDecision> out) throws Exception {
        ReadOnlyBroadcastState<String, EntityTelemetry> nodes = ctx.getBroadcastState(NODE_TWINS);
        if (latest.value() != null && nodes.immutableEntries().iterator().hasNext()) {
            drainWaiting(nodes, ctx, out);
            return;
        }
        long now = ctx.timerService().currentProcessingTime();
        for (TaskRequest task : waiting.get()) {
            tasksWithoutTwin.inc();
            String reason = latest.value() == null
                    ? "no telemetry for vehicle " + task.getVehicleId() + " within " + config.twinWait().toMillis() + " ms of its task"
                    : "no BS or UAV telemetry within " + config.twinWait().toMillis() + " ms of the task";
            ctx.output(DeadLetters.TAG, DeadLetters.of("vec.tasks", -1, -1, taskSerde.encode(task), reason, now));
        }
        waiting.clear();
    }

    private void updateTwin(EntityTelemetry telemetry) throws Exception {
        List<EntityTelemetry> current = new ArrayList<>();
        history.get().forEach(current::add);
        history.update(TelemetryHistory.append(current, telemetry, config.historyLength()));
        if (TelemetryHistory.isNewer(latest.value(), telemetry)) {
            latest.update(telemetry);
        } else {
            staleTelemetry.inc();
        }
    }

    private void drainWaiting(ReadOnlyBroadcastState<String, EntityTelemetry> nodes, ReadOnlyContext ctx,
            Collector<OffloadingDecision> out) throws Exception {
        if (latest.value() == null || !nodes.immutableEntries().iterator().hasNext()) {
            return;
        }
        List<TaskRequest> pending = new ArrayList<>();
        waiting.get().forEach(pending::add);
        if (pending.isEmpty()) {
            return;
        }
        waiting.clear();
        long now = ctx.timerService().currentProcessingTime();
        for (TaskRequest task : pending) {
            decide(task, nodes, now, ctx, out);
        }
    }

    private void decide(TaskRequest task, ReadOnlyBroadcastState<String, EntityTelemetry> nodes, long ingestedAtMillis,
            ReadOnlyContext ctx, Collector<OffloadingDecision> out) throws Exception {
        List<EntityTelemetry> nodeTwins = new ArrayList<>();
        for (Map.Entry<String, EntityTelemetry> e : nodes.immutableEntries()) {
            nodeTwins.add(e.getValue());
        }
        List<OffloadingDecision> decided;
        try {
            decided = decider.decide(latest.value(), nodeTwins, task, ingestedAtMillis, System::currentTimeMillis);
        } catch (RuntimeException e) {
            // a task the policy cannot handle must not stop the job: it goes to the dead letters with the reason
            ctx.output(DeadLetters.TAG, DeadLetters.of("vec.tasks", -1, -1, taskSerde.encode(task),
                    "policy " + config.policy() + " could not decide task " + task.getTaskId() + ": " + e.getMessage(),
                    ingestedAtMillis));
            return;
        }
        for (OffloadingDecision d : decided) {
            decisions.inc();
            out.collect(d);
        }
    }
}

package io.vectwin.jobs.twin;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Closes the twin loop per vehicle: remembers each decision's predicted latency, and when the
 * physical world reports the outcome, scores the twin — its estimate error (actual − predicted
 * latency, the o(t) − ô(t) of eq. 74 for the latency the policy relied on) and its deadline hit
 * rate. Per-vehicle {@link TwinAccuracy} is kept in state and emitted on every outcome; the
 * operator's metric group carries the totals and a histogram of |error| in microseconds.
 *
 * <p>A decision waits for its outcome at most {@code outcomeWait}; a sweep timer per vehicle,
 * every quarter of that, drops the ones whose outcome never came (the world did not execute
 * them, e.g. under a load test). The pending map has no state TTL of its own on purpose: Flink's
 * TTL on a heap map state checks and copies the whole map of a key on every access, which made
 * each new decision cost as much as all the decisions its vehicle still had pending.
 */
public final class OutcomeMetricsFunction
        extends KeyedCoProcessFunction<String, OffloadingDecision, OffloadingOutcome, TwinAccuracy> {

    /** Sweeps no more often than this, however short the outcome wait. */
    private static final long MIN_SWEEP_INTERVAL_MILLIS = 250L;

    private final TwinJobConfig config;

    /** (task id # subtask) → (predicted latency s, decided at, processing time ms). */
    private transient MapState<String, Tuple2<Double, Long>> pending;
    /** When this vehicle's next sweep is due, or null when nothing is pending. */
    private transient ValueState<Long> nextSweep;
    private transient ValueState<TwinAccuracy> accuracy;
    private transient Counter expired;
    private transient Counter outcomes;
    private transient Counter deadlineMet;
    private transient Counter unmatched;
    private transient Histogram absErrorMicros;

    public OutcomeMetricsFunction(TwinJobConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext openContext) {
        StateTtlConfig ttl = StateTtlConfig.newBuilder(config.vehicleTtl()).updateTtlOnCreateAndWrite().neverReturnExpired().build();
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-predictions",
                Types.STRING,
                Types.TUPLE(Types.DOUBLE,
                        Types.LONG)));
        nextSweep = getRuntimeContext().getState(new ValueStateDescriptor<>("next-sweep", Long.class));
        ValueStateDescriptor<TwinAccuracy> acc = new ValueStateDescriptor<>("accuracy", TwinAccuracy.class);
        acc.enableTimeToLive(ttl);
        accuracy = getRuntimeContext().getState(acc);
        var metrics = getRuntimeContext().getMetricGroup();
        outcomes = metrics.counter("outcomes");
        deadlineMet = metrics.counter("deadlineMet");
        unmatched = metrics.counter("outcomesWithoutDecision");
        expired = metrics.counter("decisionsWithoutOutcome");
        absErrorMicros = metrics.histogram("twinLatencyErrorMicros", new DescriptiveStatisticsHistogram(1024));
    }

    @Override
    public void processElement1(OffloadingDecision decision, Context ctx, Collector<TwinAccuracy> out) throws Exception {
        long now = ctx.timerService().currentProcessingTime();
        pending.put(key(decision.getTaskId(), decision.getSubtaskIndex()),
                Tuple2.of(decision.getPredictedLatencySeconds(), now));
        if (nextSweep.value() == null) {
            long due = now + sweepIntervalMillis();
            nextSweep.update(due);
            ctx.timerService().registerProcessingTimeTimer(due);
        }
    }

    /** Drops the decisions that waited longer than {@code vehicleTtl}; sweeps again while any remain. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TwinAccuracy> out) throws Exception {
        long horizon = timestamp - config.outcomeWait().toMillis();
        var entries = pending.iterator();
        while (entries.hasNext()) {
            if (entries.next().getValue().f1 <= horizon) {
                entries.remove();
                expired.inc();
            }
        }
        if (pending.isEmpty()) {
            nextSweep.clear();
        } else {
            long due = timestamp + sweepIntervalMillis();
            nextSweep.update(due);
            ctx.timerService().registerProcessingTimeTimer(due);
        }
    }

    private long sweepIntervalMillis() {
        return Math.max(MIN_SWEEP_INTERVAL_MILLIS, config.outcomeWait().toMillis() / 4);
    }

    @Override
    public void processElement2(OffloadingOutcome outcome, Context ctx, Collector<TwinAccuracy> out) throws Exception {
        outcomes.inc();
        if (outcome.getDeadlineMet()) {
            deadlineMet.inc();
        }
        String key = key(outcome.getTaskId(), outcome.getSubtaskIndex());
        Tuple2<Double, Long> waiting = pending.get(key);
        Double predicted = waiting == null ? null : waiting.f0;
        if (waiting == null) {
            unmatched.inc();
        } else {
            pending.remove(key);
        }
        TwinAccuracy updated = TwinAccuracy.update(accuracy.value(), outcome.getVehicleId(), outcome.getDeadlineMet(),
                predicted, outcome.getActualLatencySeconds());
        updated.lastError().ifPresent(e -> absErrorMicros.update(Math.round(Math.abs(e) * 1e6)));
        accuracy.update(updated);
        out.collect(updated);
    }

    private static String key(String taskId, int subtaskIndex) {
        return taskId + "#" + subtaskIndex;
    }
}

package io.vectwin.jobs.twin;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
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
 * <p>A decision waits for its outcome at most {@code outcomeWait}; a sweep timer, every quarter
 * of that while any prediction waits, drops the ones whose outcome never came (the world did not
 * execute them, e.g. under a load test) and counts them. The waiting predictions are held in
 * {@link PendingPredictions}, outside Flink's checkpointed state (its Javadoc says why); the
 * per-vehicle accuracy is checkpointed.
 */
public final class OutcomeMetricsFunction
        extends KeyedCoProcessFunction<String, OffloadingDecision, OffloadingOutcome, TwinAccuracy> {

    /** Sweeps no more often than this, however short the outcome wait. */
    private static final long MIN_SWEEP_INTERVAL_MILLIS = 250L;

    private final TwinJobConfig config;

    /** Every vehicle's waiting predictions of this operator instance (keyed input: its vehicles only). */
    private transient PendingPredictions pending;
    /** Whether a sweep timer is registered. */
    private transient boolean sweepScheduled;
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
        pending = new PendingPredictions();
        sweepScheduled = false;
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
        pending.add(PendingPredictions.key(decision.getTaskId(), decision.getSubtaskIndex()),
                decision.getPredictedLatencySeconds(), now);
        if (!sweepScheduled) {
            sweepScheduled = true;
            ctx.timerService().registerProcessingTimeTimer(now + sweepIntervalMillis());
        }
    }

    /**
     * Drops the predictions that waited longer than {@code outcomeWait}; sweeps again while any
     * remain. The timer belongs to whichever vehicle's decision scheduled it, but sweeps them all.
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TwinAccuracy> out) throws Exception {
        expired.inc(pending.expireUpTo(timestamp - config.outcomeWait().toMillis()));
        sweepScheduled = !pending.isEmpty();
        if (sweepScheduled) {
            ctx.timerService().registerProcessingTimeTimer(timestamp + sweepIntervalMillis());
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
        Double predicted = pending.take(PendingPredictions.key(outcome.getTaskId(), outcome.getSubtaskIndex()));
        if (predicted == null) {
            unmatched.inc();
        }
        TwinAccuracy updated = TwinAccuracy.update(accuracy.value(), outcome.getVehicleId(), outcome.getDeadlineMet(),
                predicted, outcome.getActualLatencySeconds());
        updated.lastError().ifPresent(e -> absErrorMicros.update(Math.round(Math.abs(e) * 1e6)));
        accuracy.update(updated);
        out.collect(updated);
    }
}

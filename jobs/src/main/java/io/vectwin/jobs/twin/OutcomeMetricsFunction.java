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
 */
public final class OutcomeMetricsFunction
        extends KeyedCoProcessFunction<String, OffloadingDecision, OffloadingOutcome, TwinAccuracy> {

    private final TwinJobConfig config;

    private transient MapState<String, Double> predictedLatency;
    private transient ValueState<TwinAccuracy> accuracy;
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
        MapStateDescriptor<String, Double> predicted = new MapStateDescriptor<>("predicted-latency", String.class, Double.class);
        predicted.enableTimeToLive(ttl);
        ValueStateDescriptor<TwinAccuracy> acc = new ValueStateDescriptor<>("accuracy", TwinAccuracy.class);
        acc.enableTimeToLive(ttl);
        predictedLatency = getRuntimeContext().getMapState(predicted);
        accuracy = getRuntimeContext().getState(acc);
        var metrics = getRuntimeContext().getMetricGroup();
        outcomes = metrics.counter("outcomes");
        deadlineMet = metrics.counter("deadlineMet");
        unmatched = metrics.counter("outcomesWithoutDecision");
        absErrorMicros = metrics.histogram("twinLatencyErrorMicros", new DescriptiveStatisticsHistogram(1024));
    }

    @Override
    public void processElement1(OffloadingDecision decision, Context ctx, Collector<TwinAccuracy> out) throws Exception {
        predictedLatency.put(key(decision.getTaskId(), decision.getSubtaskIndex()), decision.getPredictedLatencySeconds());
    }

    @Override
    public void processElement2(OffloadingOutcome outcome, Context ctx, Collector<TwinAccuracy> out) throws Exception {
        outcomes.inc();
        if (outcome.getDeadlineMet()) {
            deadlineMet.inc();
        }
        String key = key(outcome.getTaskId(), outcome.getSubtaskIndex());
        Double predicted = predictedLatency.get(key);
        if (predicted == null) {
            unmatched.inc();
        } else {
            predictedLatency.remove(key);
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

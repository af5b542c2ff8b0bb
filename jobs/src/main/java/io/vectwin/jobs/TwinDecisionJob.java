package io.vectwin.jobs;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.jobs.io.KafkaEndpoints;
import io.vectwin.jobs.io.RawKafkaRecord;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.twin.DecisionFunction;
import io.vectwin.jobs.twin.DecodeFunction;
import io.vectwin.jobs.twin.OutcomeMetricsFunction;
import io.vectwin.jobs.twin.RecordValidators;
import io.vectwin.jobs.twin.TwinAccuracy;
import io.vectwin.jobs.twin.VehicleEvent;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import io.vectwin.schemas.TaskRequest;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The digital twin's decision job (DESIGN.md "Data flow"): telemetry, task requests and outcomes
 * in; one offloading decision per subtask out; anything undecodable or invalid to the dead-letter
 * topic with its reason.
 *
 * <pre>
 *  telemetry ─ decode ─┬─ vehicles ─┐
 *                      └─ nodes ────┼─ broadcast ─┐
 *  tasks ───── decode ──────────────┴─ keyBy(vehicle) ─ DecisionFunction ─┬─ decisions sink
 *  outcomes ── decode ─ keyBy(vehicle) ─────────── OutcomeMetricsFunction ┘ (twin accuracy)
 *  side outputs of every operator ─ dead-letter sink
 * </pre>
 *
 * As in Flink's training exercises, {@link #wire} takes its inputs and outputs as arguments, so
 * the same wiring runs on Kafka ({@link #startOnKafka}) and on test sources and sinks.
 */
public final class TwinDecisionJob {

    /** The raw input streams. */
    public record Inputs(DataStream<RawKafkaRecord> telemetry, DataStream<RawKafkaRecord> tasks,
            DataStream<RawKafkaRecord> outcomes) {
    }

    /** Where decisions, dead letters and twin accuracy go. */
    public record Outputs(Sink<OffloadingDecision> decisions, Sink<DeadLetterRecord> deadLetters,
            Sink<TwinAccuracy> twinAccuracy) {
    }

    private TwinDecisionJob() {
    }

    /** Low-latency execution settings, overridable through the config. */
    public static StreamExecutionEnvironment configure(StreamExecutionEnvironment env, TwinJobConfig config) {
        Configuration conf = new Configuration();
        // twin state is small and hot: on-heap hashmap state, no RocksDB serialisation on every access
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        env.configure(conf);
        env.setParallelism(config.parallelism());
        env.setBufferTimeout(config.bufferTimeout().toMillis());
        env.enableCheckpointing(config.checkpointInterval().toMillis(),
                config.exactlyOnce() ? CheckpointingMode.EXACTLY_ONCE : CheckpointingMode.AT_LEAST_ONCE);
        return env;
    }

    /** Builds the job graph on {@code in} and {@code out}. */
    public static void wire(Inputs in, Outputs out, TwinJobConfig config) {
        SingleOutputStreamOperator<EntityTelemetry> telemetry = in.telemetry()
                .process(new DecodeFunction<>(EntityTelemetry.class, RecordValidators.telemetry()))
                .name("decode telemetry").uid("decode-telemetry");
        SingleOutputStreamOperator<TaskRequest> tasks = in.tasks()
                .process(new DecodeFunction<>(TaskRequest.class, RecordValidators.tasks()))
                .name("decode tasks").uid("decode-tasks");
        SingleOutputStreamOperator<OffloadingOutcome> outcomes = in.outcomes()
                .process(new DecodeFunction<>(OffloadingOutcome.class, RecordValidators.outcomes()))
                .name("decode outcomes").uid("decode-outcomes");

        DataStream<EntityTelemetry> timedTelemetry = telemetry.assignTimestampsAndWatermarks(
                WatermarkStrategy.<EntityTelemetry>forBoundedOutOfOrderness(config.maxOutOfOrderness())
                        .withTimestampAssigner((t, ts) -> t.getEventTimeMillis())
                        .withIdleness(Duration.ofSeconds(1)))
                .name("telemetry event time");
        DataStream<TaskRequest> timedTasks = tasks.assignTimestampsAndWatermarks(
                WatermarkStrategy.<TaskRequest>forBoundedOutOfOrderness(config.maxOutOfOrderness())
                        .withTimestampAssigner((t, ts) -> t.getCreatedAtMillis())
                        .withIdleness(Duration.ofSeconds(1)))
                .name("task event time");

        BroadcastStream<EntityTelemetry> nodeTwins = timedTelemetry
                .filter(t -> t.getKind() != EntityKind.VEHICLE).name("node telemetry")
                .broadcast(DecisionFunction.NODE_TWINS);
        DataStream<VehicleEvent> vehicleEvents = timedTelemetry
                .filter(t -> t.getKind() == EntityKind.VEHICLE).name("vehicle telemetry")
                .map(VehicleEvent::of).returns(VehicleEvent.class).name("vehicle telemetry events")
                .union(timedTasks.map(VehicleEvent::of).returns(VehicleEvent.class).name("task events"));

        SingleOutputStreamOperator<OffloadingDecision> decisions = vehicleEvents
                .keyBy(VehicleEvent::vehicleId)
                .connect(nodeTwins)
                .process(new DecisionFunction(config))
                .name("twin + " + config.policy() + " policy").uid("decide");
        decisions.sinkTo(out.decisions()).name("decisions sink").uid("decisions-sink");

        SingleOutputStreamOperator<TwinAccuracy> accuracy = decisions
                .keyBy(OffloadingDecision::getVehicleId)
                .connect(outcomes.keyBy(OffloadingOutcome::getVehicleId))
                .process(new OutcomeMetricsFunction(config))
                .name("twin accuracy").uid("twin-accuracy");
        accuracy.sinkTo(out.twinAccuracy()).name("twin accuracy sink");

        telemetry.getSideOutput(DeadLetters.TAG)
                .union(tasks.getSideOutput(DeadLetters.TAG), outcomes.getSideOutput(DeadLetters.TAG),
                        decisions.getSideOutput(DeadLetters.TAG))
                .sinkTo(out.deadLetters()).name("dead-letter sink").uid("deadletter-sink");
    }

    /** Wires the job on the Kafka topics of {@link Topics} and submits it; returns at once. */
    public static JobClient startOnKafka(StreamExecutionEnvironment env, TwinJobConfig config) throws Exception {
        configure(env, config);
        Inputs in = new Inputs(
                env.fromSource(KafkaEndpoints.rawSource(config, Topics.TELEMETRY), WatermarkStrategy.noWatermarks(), "telemetry")
                        .uid("telemetry-source"),
                env.fromSource(KafkaEndpoints.rawSource(config, Topics.TASKS), WatermarkStrategy.noWatermarks(), "tasks")
                        .uid("tasks-source"),
                env.fromSource(KafkaEndpoints.rawSource(config, Topics.OUTCOMES), WatermarkStrategy.noWatermarks(), "outcomes")
                        .uid("outcomes-source"));
        Outputs out = new Outputs(KafkaEndpoints.decisionsSink(config, Topics.DECISIONS),
                KafkaEndpoints.deadLetterSink(config, Topics.DEADLETTER), new DiscardingSink<>());
        wire(in, out, config);
        return env.executeAsync("vectwin twin decision job (" + config.policy() + ")");
    }
}

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
import io.vectwin.jobs.twin.PredictedStates;
import io.vectwin.jobs.twin.TwinAccuracy;
import io.vectwin.jobs.twin.TwinBroadcast;
import io.vectwin.jobs.twin.TwinDecider;
import io.vectwin.jobs.twin.TwinPredictionFunction;
import io.vectwin.jobs.twin.VehicleEvent;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import io.vectwin.schemas.TaskRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
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
 *  telemetry ─ decode ─ twin states ─┬─ vehicles ─┐        (twin states: as reported, LSTM forecast
 *  models ─────────────────┘ (LSTM)   └─ nodes ────┼─ broadcast ─┐   keyed by entity, or nodes static)
 *  tasks ───── decode ──────────────┴─ keyBy(vehicle) ─ DecisionFunction ─┬─ decisions sink
 *  outcomes ── decode ─ keyBy(vehicle) ─────────── OutcomeMetricsFunction ┘ (twin accuracy)
 *  side outputs of every operator ─ dead-letter sink
 * </pre>
 *
 * As in Flink's training exercises, {@link #wire} takes its inputs and outputs as arguments, so
 * the same wiring runs on Kafka ({@link #startOnKafka}) and on test sources and sinks.
 */
public final class TwinDecisionJob {

    /**
     * The raw input streams. {@code models} (twin LSTM model files published while the job runs) is
     * read only when the twin predicts ({@link TwinJobConfig.TwinView#PREDICTED}); it may be null.
     */
    public record Inputs(DataStream<RawKafkaRecord> telemetry, DataStream<RawKafkaRecord> tasks,
            DataStream<RawKafkaRecord> outcomes, DataStream<RawKafkaRecord> models) {

        /** Inputs without a model stream. */
        public Inputs(DataStream<RawKafkaRecord> telemetry, DataStream<RawKafkaRecord> tasks,
                DataStream<RawKafkaRecord> outcomes) {
            this(telemetry, tasks, outcomes, null);
        }
    }

    /** Where decisions, dead letters and twin accuracy go. */
    public record Outputs(Sink<OffloadingDecision> decisions, Sink<DeadLetterRecord> deadLetters,
            Sink<TwinAccuracy> twinAccuracy) {
    }

    /** The Kafka topics the job reads ({@code telemetry}, {@code tasks}, {@code outcomes}) and writes. */
    public record KafkaTopics(String telemetry, String tasks, String outcomes, String decisions, String deadLetters,
            String models) {

        public KafkaTopics {
            Objects.requireNonNull(telemetry, "telemetry");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(outcomes, "outcomes");
            Objects.requireNonNull(decisions, "decisions");
            Objects.requireNonNull(deadLetters, "deadLetters");
            Objects.requireNonNull(models, "models");
        }

        /** The default model topic with the other names given. */
        public KafkaTopics(String telemetry, String tasks, String outcomes, String decisions, String deadLetters) {
            this(telemetry, tasks, outcomes, decisions, deadLetters, Topics.MODELS);
        }

        /** The names of {@link Topics}. */
        public static KafkaTopics defaults() {
            return new KafkaTopics(Topics.TELEMETRY, Topics.TASKS, Topics.OUTCOMES, Topics.DECISIONS, Topics.DEADLETTER,
                    Topics.MODELS);
        }
    }

    /** Failed checkpoints in a row that the job rides out before it restarts. */
    static final int TOLERABLE_CHECKPOINT_FAILURES = 3;

    private TwinDecisionJob() {
    }

    /** Low-latency execution settings, overridable through the config. */
    public static StreamExecutionEnvironment configure(StreamExecutionEnvironment env, TwinJobConfig config) {
        Configuration conf = new Configuration();
        // twin state is small and hot: on-heap hashmap state, no RocksDB serialisation on every access
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        // one failed checkpoint (slow storage, a hiccup) must not restart a twin that is deciding in real
        // time: the restart stalls every decision for seconds; a run of failures still does
        conf.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, TOLERABLE_CHECKPOINT_FAILURES);
        // chained operators hand records on instead of deep-copying them through their serializer
        // (a copy per record per chain link, ~9 % of the decision thread at 5 000 requests/s): safe
        // because every operator here builds new records and none changes one it was given
        conf.set(PipelineOptions.OBJECT_REUSE, true);
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

        DataStream<EntityTelemetry> states = twinStates(telemetry, in.models(), config);
        DataStream<EntityTelemetry> timedTelemetry = states.assignTimestampsAndWatermarks(
                idleAware(WatermarkStrategy.<EntityTelemetry>forBoundedOutOfOrderness(config.maxOutOfOrderness())
                        .withTimestampAssigner((t, ts) -> t.getEventTimeMillis()), config))
                .name("telemetry event time");
        DataStream<TaskRequest> timedTasks = tasks.assignTimestampsAndWatermarks(
                idleAware(WatermarkStrategy.<TaskRequest>forBoundedOutOfOrderness(config.maxOutOfOrderness())
                        .withTimestampAssigner((t, ts) -> t.getCreatedAtMillis()), config))
                .name("task event time");

        // every decision instance needs the nodes; the vehicles too when the policy's BS agent ranks them (eq. 61)
        boolean shareVehicles = TwinDecider.create(config).readsOtherVehicles();
        BroadcastStream<EntityTelemetry> nodeTwins = (shareVehicles ? timedTelemetry
                : timedTelemetry.filter(t -> t.getKind() != EntityKind.VEHICLE).name("node telemetry"))
                .broadcast(DecisionFunction.NODE_TWINS, DecisionFunction.VEHICLE_TWINS);
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

        DataStream<DeadLetterRecord> deadLetters = telemetry.getSideOutput(DeadLetters.TAG)
                .union(tasks.getSideOutput(DeadLetters.TAG), outcomes.getSideOutput(DeadLetters.TAG),
                        decisions.getSideOutput(DeadLetters.TAG));
        if (config.twin().view() == TwinJobConfig.TwinView.PREDICTED) {
            // models that do not load
            deadLetters = deadLetters.union(((SingleOutputStreamOperator<EntityTelemetry>) states)
                    .getSideOutput(DeadLetters.TAG));
        }
        deadLetters.sinkTo(out.deadLetters()).name("dead-letter sink").uid("deadletter-sink");
    }

    /**
     * Deciding on arrival, an input quiet for a second stops holding the watermark back (idleness),
     * so lateness counts stay meaningful. Deciding as of event time it must not: an input that
     * stalls under load would be skipped, the watermark would jump past records still in flight,
     * and the node windows trimmed at it would no longer hold the states a waiting task needs — the
     * same input could then give other decisions. A stalled watermark is what the decision's
     * twin-wait fallback is for.
     */
    private static <T> WatermarkStrategy<T> idleAware(WatermarkStrategy<T> strategy, TwinJobConfig config) {
        return config.decisionAlignment() == TwinJobConfig.DecisionAlignment.EVENT_TIME ? strategy
                : strategy.withIdleness(Duration.ofSeconds(1));
    }

    /**
     * The states the decision sees ({@link TwinJobConfig.TwinView}): reports as they are (twin
     * without LSTM), nodes without their live load (no twin), or every entity's LSTM forecast
     * (twin with LSTM, {@link TwinPredictionFunction}). Event time is assigned after this stage,
     * so the forecasts keep their reports' event times.
     */
    private static DataStream<EntityTelemetry> twinStates(DataStream<EntityTelemetry> reports,
            DataStream<RawKafkaRecord> models, TwinJobConfig config) {
        return switch (config.twin().view()) {
            case MIRRORED -> reports;
            case OFF -> reports.map(PredictedStates::withoutTwin).returns(EntityTelemetry.class).name("no twin: nodes static");
            case PREDICTED -> {
                DataStream<TwinBroadcast> broadcast = reports.filter(t -> t.getKind() != EntityKind.VEHICLE)
                        .map(TwinBroadcast::ofNode).returns(TwinBroadcast.class).name("nodes for the twin LSTM");
                if (models != null) {
                    broadcast = broadcast.union(models.map(TwinBroadcast::ofModel).returns(TwinBroadcast.class)
                            .name("twin models"));
                }
                yield reports.keyBy(t -> t.getEntityId().toString())
                        .connect(broadcast.broadcast(TwinPredictionFunction.NODES, TwinPredictionFunction.MODEL))
                        .process(new TwinPredictionFunction(config))
                        .name("twin LSTM").uid("twin-lstm");
            }
        };
    }

    /** Wires the job on the Kafka topics of {@link Topics} and submits it; returns at once. */
    public static JobClient startOnKafka(StreamExecutionEnvironment env, TwinJobConfig config) throws Exception {
        return startOnKafka(env, config, KafkaTopics.defaults(), Map.of());
    }

    /**
     * Wires the job on {@code topics} and submits it; returns at once. {@code clientProperties}
     * go unchanged to every Kafka source and sink, after the job's own settings (a cluster's
     * SASL/TLS settings).
     */
    public static JobClient startOnKafka(StreamExecutionEnvironment env, TwinJobConfig config, KafkaTopics topics,
            Map<String, String> clientProperties) throws Exception {
        return env.executeAsync(wireOnKafka(env, config, topics, clientProperties));
    }

    /**
     * Configures {@code env} and wires the job on {@code topics} without running it; returns the job's
     * name. For a {@code main} that runs under {@code flink run} or in application mode and calls
     * {@code env.execute(name)} itself (see {@link TwinJobMain}).
     */
    public static String wireOnKafka(StreamExecutionEnvironment env, TwinJobConfig config, KafkaTopics topics,
            Map<String, String> clientProperties) {
        configure(env, config);
        Inputs in = new Inputs(
                env.fromSource(KafkaEndpoints.rawSource(config, topics.telemetry(), clientProperties),
                        WatermarkStrategy.noWatermarks(), "telemetry").uid("telemetry-source"),
                env.fromSource(KafkaEndpoints.rawSource(config, topics.tasks(), clientProperties),
                        WatermarkStrategy.noWatermarks(), "tasks").uid("tasks-source"),
                env.fromSource(KafkaEndpoints.rawSource(config, topics.outcomes(), clientProperties),
                        WatermarkStrategy.noWatermarks(), "outcomes").uid("outcomes-source"),
                config.twin().view() != TwinJobConfig.TwinView.PREDICTED ? null
                        : env.fromSource(KafkaEndpoints.modelSource(config, topics.models(), clientProperties),
                                WatermarkStrategy.noWatermarks(), "twin models").uid("models-source"));
        Outputs out = new Outputs(KafkaEndpoints.decisionsSink(config, topics.decisions(), clientProperties),
                KafkaEndpoints.deadLetterSink(config, topics.deadLetters(), clientProperties), new DiscardingSink<>());
        wire(in, out, config);
        return "vectwin twin decision job (" + config.policy() + ")";
    }
}

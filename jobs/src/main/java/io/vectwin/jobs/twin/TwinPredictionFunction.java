package io.vectwin.jobs.twin;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.lstm.features.FeatureExtractor;
import io.vectwin.lstm.features.FeatureRow;
import io.vectwin.lstm.features.NodeAntenna;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinModelFileException;
import io.vectwin.lstm.model.TwinPredictor;
import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.schemas.EntityTelemetry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The twin's LSTM in the stream, keyed by entity id (Sec. V-A/B): every report extends the
 * entity's feature window ({@link FeatureRing}, keyed state) and, once the window is full, asks
 * for a prediction; predictions are run in batches across keys — when {@code batchSize} wait or
 * the oldest has waited {@code maxBatchDelay} — and leave as the entity's predicted state
 * ({@link io.vectwin.lstm.twin.PredictedTelemetry#apply}, carrying the model version). Until its window is full an
 * entity's reports pass as they are.
 *
 * <p>The broadcast side carries node reports (the serving candidates of the channel features) and
 * new models from {@code vec.models}: a model that loads replaces the current one in every
 * instance at once and is kept in broadcast state, so a restore resumes with it; one that does not
 * load goes to the dead letters with the reason (from one instance) and the current model stays.
 *
 * <p>Predictions waiting in a batch are not in state. After a failure the reports behind them
 * are in the restored windows, and the next report of each entity is predicted as usual; what is
 * lost is only the forecast of a report that the next one (20 ms later) supersedes.
 */
public final class TwinPredictionFunction
        extends KeyedBroadcastProcessFunction<String, EntityTelemetry, TwinBroadcast, EntityTelemetry> {

    /** Latest report of every node, by entity id. */
    public static final MapStateDescriptor<String, EntityTelemetry> NODES =
            new MapStateDescriptor<>("twin-nodes", Types.STRING, org.apache.flink.api.common.typeinfo.TypeInformation.of(EntityTelemetry.class));
    /** The hot-swapped model file's bytes under {@link #CURRENT}, once one arrived. */
    public static final MapStateDescriptor<String, byte[]> MODEL =
            new MapStateDescriptor<>("twin-model", String.class, byte[].class);
    static final String CURRENT = "current";

    private final TwinJobConfig config;

    private transient ValueState<FeatureRing> ring;
    private transient TwinPredictor predictor;
    private transient FeatureExtractor extractor;
    private transient NetworkParameters params;
    private transient List<EntityTelemetry> pendingReports;
    private transient List<List<FeatureRow>> pendingWindows;
    private transient boolean restoredModelChecked;
    /**
     * The serving candidates, kept beside the broadcast state so that a report does not rebuild
     * them: every instance sees every broadcast node report, so this mirrors {@link #NODES}; after
     * a restore it is empty and refilled from the state once.
     */
    private transient Map<String, NodeAntenna> antennas;
    private transient Counter predictions;
    private transient Counter batches;
    private transient Counter passedThrough;
    private transient Counter modelSwaps;
    private transient Counter rejectedModels;

    public TwinPredictionFunction(TwinJobConfig config) {
        if (config.twin().view() != TwinJobConfig.TwinView.PREDICTED) {
            throw new IllegalArgumentException("the prediction operator needs a twin LSTM model file");
        }
        this.config = config;
    }

    @Override
    public void open(OpenContext openContext) {
        ring = getRuntimeContext().getState(new ValueStateDescriptor<>("feature-ring", FeatureRing.class));
        predictor = TwinModelFile.load(Path.of(config.twin().lstmModelFile()));
        params = config.networkParameters();
        extractor = new FeatureExtractor(params);
        pendingReports = new ArrayList<>();
        pendingWindows = new ArrayList<>();
        antennas = new java.util.TreeMap<>();
        var metrics = getRuntimeContext().getMetricGroup();
        predictions = metrics.counter("twinPredictions");
        batches = metrics.counter("twinPredictionBatches");
        passedThrough = metrics.counter("twinWarmUpReports");
        modelSwaps = metrics.counter("twinModelSwaps");
        rejectedModels = metrics.counter("twinRejectedModels");
    }

    @Override
    public void processElement(EntityTelemetry report, ReadOnlyContext ctx, Collector<EntityTelemetry> out)
            throws Exception {
        ReadOnlyBroadcastState<String, byte[]> model = ctx.getBroadcastState(MODEL);
        if (!restoredModelChecked) {
            restoredModelChecked = true;
            byte[] swapped = model.get(CURRENT);
            if (swapped != null) {
                predictor = TwinModelFile.fromBytes(swapped, "restored twin model");
            }
        }
        FeatureRing window = ring.value();
        if (window == null || window.capacity < predictor.window()) {
            window = window == null ? FeatureRing.withCapacity(predictor.window()) : window.resized(predictor.window());
        }
        if (antennas.isEmpty()) {
            for (Map.Entry<String, EntityTelemetry> e : ctx.getBroadcastState(NODES).immutableEntries()) {
                antennas.put(e.getKey(), antenna(e.getValue()));
            }
        }
        window.push(extractor.row(report, antennas.values()));
        ring.update(window);
        List<FeatureRow> rows = window.window(predictor.window());
        if (rows.isEmpty()) {
            passedThrough.inc();
            out.collect(report);
            return;
        }
        pendingReports.add(report);
        pendingWindows.add(rows);
        if (pendingReports.size() >= config.twin().batchSize()) {
            flush(out);
        } else if (pendingReports.size() == 1) {
            long now = ctx.timerService().currentProcessingTime();
            ctx.timerService().registerProcessingTimeTimer(now + config.twin().maxBatchDelay().toMillis());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EntityTelemetry> out) {
        flush(out);
    }

    @Override
    public void processBroadcastElement(TwinBroadcast element, Context ctx, Collector<EntityTelemetry> out)
            throws Exception {
        if (element.node != null) {
            String id = element.node.getEntityId().toString();
            ctx.getBroadcastState(NODES).put(id, element.node);
            antennas.put(id, antenna(element.node));
            return;
        }
        String source = element.model.topic + "@" + element.model.partition + ":" + element.model.offset;
        TwinPredictor next;
        try {
            next = TwinModelFile.fromBytes(element.model.value, source);
        } catch (TwinModelFileException e) {
            rejectedModels.inc();
            if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
                ctx.output(DeadLetters.TAG, DeadLetters.of(element.model, e.getMessage(),
                        ctx.currentProcessingTime()));
            }
            return;
        }
        flush(out); // what waits was asked of the old model
        predictor = next;
        restoredModelChecked = true;
        ctx.getBroadcastState(MODEL).put(CURRENT, element.model.value);
        modelSwaps.inc();
    }

    /** Runs the waiting predictions as one batch and emits them. */
    private void flush(Collector<EntityTelemetry> out) {
        if (pendingReports.isEmpty()) {
            return;
        }
        double[][] predicted = predictor.predict(pendingWindows);
        for (int i = 0; i < predicted.length; i++) {
            out.collect(io.vectwin.lstm.twin.PredictedTelemetry.apply(pendingReports.get(i), predicted[i], predictor.version()));
        }
        predictions.inc(predicted.length);
        batches.inc();
        pendingReports.clear();
        pendingWindows.clear();
    }

    private NodeAntenna antenna(EntityTelemetry node) {
        EntityKind kind = AvroMapping.toModelKind(node.getKind());
        return new NodeAntenna(node.getEntityId().toString(), kind,
                params.radio().antennaPosition(kind, new Position(node.getX(), node.getY(), node.getZ())));
    }
}

package io.vectwin.lstm.twin;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.lstm.features.FeatureExtractor;
import io.vectwin.lstm.features.FeatureRow;
import io.vectwin.lstm.features.NodeAntenna;
import io.vectwin.lstm.model.TwinPredictor;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.twin.ReportedTwinView;
import io.vectwin.model.twin.TwinView;
import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digital twin with its LSTM (Sec. V-A/B), for training and evaluating policies on
 * {@code VecEnvironment} as the Flink job's prediction stage serves them: every entity's reports
 * (one slot late, as {@link ReportedTwinView} has them) go into a window of the model's W feature
 * rows ({@link FeatureExtractor}, the same rows the model was trained on), and once the window is
 * full the entity is replaced by the model's forecast ({@link PredictedTelemetry}), all entities
 * of a slot in one batch. Until then — the first W slots of an episode — the entity stays as
 * reported, as the job does while a window fills.
 *
 * <p>A model trained with horizon k forecasts k slots past its last report; reports are one slot
 * old, so k = 1 (the default of {@code train-lstm}) forecasts the slot being decided.
 */
public final class LstmTwinView implements TwinView {

    public static final String NAME = "lstm";

    private final NetworkParameters params;
    private final TwinPredictor predictor;
    private final FeatureExtractor features;
    private final ReportedTwinView reports = new ReportedTwinView();
    private final Map<EntityId, ArrayDeque<FeatureRow>> windows = new HashMap<>();
    private long sequence;

    public LstmTwinView(TwinPredictor predictor, NetworkParameters params) {
        this.params = params;
        this.predictor = predictor;
        this.features = new FeatureExtractor(params);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The model's version hash, as decisions name it. */
    public String modelVersion() {
        return predictor.version();
    }

    @Override
    public void reset() {
        reports.reset();
        windows.clear();
        sequence = 0;
    }

    @Override
    public Observation view(Observation truth) {
        Observation reported = reports.view(truth);
        long eventMillis = Math.round(reported.timeSeconds() * 1000.0);
        List<NodeAntenna> antennas = new ArrayList<>();
        for (List<EntityState> nodes : List.of(reported.uavs(), reported.baseStations())) {
            for (EntityState n : nodes) {
                antennas.add(new NodeAntenna(n.id().toString(), n.id().kind(),
                        params.radio().antennaPosition(n.id().kind(), n.motion().position())));
            }
        }
        List<EntityTelemetry> full = new ArrayList<>();
        List<List<FeatureRow>> fullWindows = new ArrayList<>();
        Map<EntityId, Integer> batchIndex = new HashMap<>();
        for (List<EntityState> states : List.of(reported.vehicles(), reported.uavs(), reported.baseStations())) {
            for (EntityState s : states) {
                EntityTelemetry report = AvroMapping.toTelemetry(s, sequence++, eventMillis);
                ArrayDeque<FeatureRow> window = windows.computeIfAbsent(s.id(), id -> new ArrayDeque<>());
                window.addLast(features.row(report, antennas));
                if (window.size() > predictor.window()) {
                    window.removeFirst();
                }
                if (window.size() == predictor.window()) {
                    batchIndex.put(s.id(), full.size());
                    full.add(report);
                    fullWindows.add(List.copyOf(window));
                }
            }
        }
        double[][] forecast = fullWindows.isEmpty() ? new double[0][] : predictor.predict(fullWindows);
        return new Observation(reported.slot(), reported.timeSeconds(),
                replace(reported.vehicles(), batchIndex, full, forecast), replace(reported.uavs(), batchIndex, full, forecast),
                replace(reported.baseStations(), batchIndex, full, forecast), reported.pendingTasks());
    }

    private List<EntityState> replace(List<EntityState> states, Map<EntityId, Integer> batchIndex,
            List<EntityTelemetry> reportsInBatch, double[][] forecast) {
        List<EntityState> out = new ArrayList<>(states.size());
        for (EntityState s : states) {
            Integer i = batchIndex.get(s.id());
            out.add(i == null ? s : AvroMapping.toEntityState(
                    PredictedTelemetry.apply(reportsInBatch.get(i), forecast[i], predictor.version())));
        }
        return out;
    }
}

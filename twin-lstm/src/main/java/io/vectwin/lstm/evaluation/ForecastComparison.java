package io.vectwin.lstm.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Several forecasters scored on the same windows, overall and per entity kind. The first
 * forecaster is the subject (its keys carry no suffix in the JSON); the others are baselines,
 * suffixed by their name: {@code rmse_position_m}, {@code rmse_position_m_last_value}, ...
 */
public final class ForecastComparison {

    private final List<String> names;
    private final Map<String, ForecastError> overall;
    private final Map<EntityKind, Map<String, ForecastError>> byKind;
    private final int samples;
    private final long entities;

    private ForecastComparison(List<String> names, Map<String, ForecastError> overall,
            Map<EntityKind, Map<String, ForecastError>> byKind, int samples, long entities) {
        this.names = names;
        this.overall = overall;
        this.byKind = byKind;
        this.samples = samples;
        this.entities = entities;
    }

    public static ForecastComparison run(List<StateForecaster> forecasters, WindowDataset data) {
        if (forecasters.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        EntityKind[] kinds = new EntityKind[data.size()];
        for (int s = 0; s < data.size(); s++) {
            kinds[s] = EntityId.parse(io.vectwin.lstm.features.EntitySequences.entityIdOf(data.entity(s))).kind();
        }
        Map<String, ForecastError> overall = new LinkedHashMap<>();
        Map<EntityKind, Map<String, ForecastError>> byKind = new LinkedHashMap<>();
        for (StateForecaster f : forecasters) {
            double[][] forecast = f.forecast(data);
            overall.put(f.name(), ForecastError.of(forecast, data, s -> true));
            for (EntityKind kind : EntityKind.values()) {
                ForecastError e = ForecastError.of(forecast, data, s -> kinds[s] == kind);
                if (e.samples() > 0) {
                    byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(f.name(), e);
                }
            }
        }
        long entities = java.util.stream.IntStream.range(0, data.size()).mapToObj(data::entity).distinct().count();
        return new ForecastComparison(forecasters.stream().map(StateForecaster::name).toList(), overall, byKind,
                data.size(), entities);
    }

    public ForecastError overall(String forecaster) {
        ForecastError e = overall.get(forecaster);
        if (e == null) {
            throw new IllegalArgumentException("no forecaster named " + forecaster + " in " + names);
        }
        return e;
    }

    public Map<EntityKind, Map<String, ForecastError>> byKind() {
        return byKind;
    }

    /** The report as JSON: flat RMSE keys overall, the same keys per kind under {@code by_kind}. */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("samples", samples);
        root.put("entities", entities);
        putErrors(root, overall);
        String subject = names.get(0);
        for (String baseline : names.subList(1, names.size())) {
            root.put(subject + "_beats_" + baseline + "_position",
                    overall.get(subject).positionM() < overall.get(baseline).positionM());
        }
        ObjectNode kinds = root.putObject("by_kind");
        byKind.forEach((kind, errors) -> {
            ObjectNode k = kinds.putObject(kind.name().toLowerCase(Locale.ROOT));
            k.put("samples", errors.get(subject).samples());
            putErrors(k, errors);
        });
        return root;
    }

    private void putErrors(ObjectNode node, Map<String, ForecastError> errors) {
        for (int i = 0; i < names.size(); i++) {
            String suffix = i == 0 ? "" : "_" + names.get(i);
            ForecastError e = errors.get(names.get(i));
            node.put("rmse_position_m" + suffix, e.positionM());
            node.put("rmse_velocity_mps" + suffix, e.velocityMps());
            node.put("rmse_cpu_hz" + suffix, e.cpuHz());
            node.put("rmse_backlog_cycles" + suffix, e.backlogCycles());
        }
    }
}

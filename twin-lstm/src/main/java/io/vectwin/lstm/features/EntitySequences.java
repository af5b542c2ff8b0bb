package io.vectwin.lstm.features;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.schemas.EntityTelemetry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * Every entity's feature rows in report order, built from a time-ordered telemetry stream (a
 * recording, or anything replayed in event-time order). The serving candidates of each row are
 * the edge nodes as last reported before it — what the live twin knows at that moment.
 */
public final class EntitySequences {

    private static final String SCENARIO_SEPARATOR = "@";

    private final Map<String, List<FeatureRow>> rowsByEntity;

    private EntitySequences(Map<String, List<FeatureRow>> rowsByEntity) {
        this.rowsByEntity = rowsByEntity;
    }

    /** Builds the sequences from {@code telemetry}, which must be in event-time order. */
    public static EntitySequences from(Iterable<EntityTelemetry> telemetry, NetworkParameters params) {
        FeatureExtractor extractor = new FeatureExtractor(params);
        Map<String, NodeAntenna> nodes = new LinkedHashMap<>();
        Map<String, List<FeatureRow>> rows = new TreeMap<>();
        for (EntityTelemetry t : telemetry) {
            String id = t.getEntityId().toString();
            rows.computeIfAbsent(id, k -> new ArrayList<>()).add(extractor.row(t, nodes.values()));
            EntityKind kind = AvroMapping.toModelKind(t.getKind());
            if (kind.isEdgeNode()) {
                Position antenna = params.radio().antennaPosition(kind, new Position(t.getX(), t.getY(), t.getZ()));
                nodes.put(id, new NodeAntenna(id, kind, antenna));
            }
        }
        rows.replaceAll((id, list) -> Collections.unmodifiableList(list));
        return new EntitySequences(Collections.unmodifiableMap(rows));
    }

    /**
     * Several scenarios side by side (e.g. one per recording file). The same id in two scenarios
     * is two different entities, so from the second scenario on keys get a suffix
     * {@code "@<scenario>"}: {@code "v-3@1"}. {@link #entityIdOf} strips it.
     */
    public static EntitySequences concat(List<EntitySequences> scenarios) {
        if (scenarios.size() == 1) {
            return scenarios.get(0);
        }
        Map<String, List<FeatureRow>> all = new TreeMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String suffix = i == 0 ? "" : SCENARIO_SEPARATOR + i;
            scenarios.get(i).rowsByEntity.forEach((id, rows) -> all.put(id + suffix, rows));
        }
        return new EntitySequences(Collections.unmodifiableMap(all));
    }

    /** The entity id of a key ({@code "v-3@1"} → {@code "v-3"}). */
    public static String entityIdOf(String key) {
        int at = key.indexOf(SCENARIO_SEPARATOR);
        return at < 0 ? key : key.substring(0, at);
    }

    /** Wraps already-built rows (tests, or rows kept by the Flink operator). */
    public static EntitySequences of(Map<String, List<FeatureRow>> rowsByEntity) {
        Map<String, List<FeatureRow>> copy = new TreeMap<>();
        rowsByEntity.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        return new EntitySequences(Collections.unmodifiableMap(copy));
    }

    /** Entity ids in sorted order. */
    public List<String> entities() {
        return List.copyOf(rowsByEntity.keySet());
    }

    public List<FeatureRow> rows(String entityId) {
        List<FeatureRow> r = rowsByEntity.get(entityId);
        if (r == null) {
            throw new IllegalArgumentException("no rows for entity " + entityId);
        }
        return r;
    }

    /** Only the named entities (for a split by entity). */
    public EntitySequences restrictTo(List<String> entityIds) {
        Map<String, List<FeatureRow>> subset = new TreeMap<>();
        for (String id : entityIds) {
            subset.put(id, rows(id));
        }
        return new EntitySequences(Collections.unmodifiableMap(subset));
    }

    public long totalRows() {
        return rowsByEntity.values().stream().mapToLong(List::size).sum();
    }
}

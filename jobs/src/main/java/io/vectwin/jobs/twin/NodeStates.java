package io.vectwin.jobs.twin;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.env.EntityState;
import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node twins as the model sees them, ordered by id: converted once per report, not once per
 * decision. Nodes report once per slot while a busy twin decides thousands of subtasks per
 * slot, and the broadcast state hands every decision the very same report objects, so a report
 * is recognised by identity; when every report is the one of the last call, in the same order,
 * the same list comes back.
 *
 * <p>Mutable, single-threaded: one per decision operator instance.
 */
final class NodeStates {

    private final List<EntityTelemetry> lastReports = new ArrayList<>();
    private Map<EntityTelemetry, EntityState> converted = new IdentityHashMap<>();
    private List<EntityState> lastStates = List.of();

    /** The model states of {@code reports}, sorted by entity id; unmodifiable. */
    List<EntityState> of(Collection<EntityTelemetry> reports) {
        if (sameAsLast(reports)) {
            return lastStates;
        }
        Map<EntityTelemetry, EntityState> now = new IdentityHashMap<>(reports.size() * 2);
        List<EntityState> states = new ArrayList<>(reports.size());
        for (EntityTelemetry report : reports) {
            EntityState state = converted.get(report);
            if (state == null) {
                state = AvroMapping.toEntityState(report);
            }
            now.put(report, state);
            states.add(state);
        }
        states.sort(Comparator.comparing(EntityState::id));
        converted = now; // only the current reports: replaced ones are dropped, not kept forever
        lastReports.clear();
        lastReports.addAll(reports);
        lastStates = List.copyOf(states);
        return lastStates;
    }

    private boolean sameAsLast(Collection<EntityTelemetry> reports) {
        if (reports.size() != lastReports.size()) {
            return false;
        }
        int i = 0;
        for (EntityTelemetry report : reports) {
            if (report != lastReports.get(i++)) {
                return false;
            }
        }
        return true;
    }
}

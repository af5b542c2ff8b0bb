package io.vectwin.ingest.feed;

import io.vectwin.model.geometry.EntityId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The twin's vehicle ids for a feed's arbitrary ones: the first vehicle seen becomes {@code v-0},
 * the next new one {@code v-1}, and so on, stable for the whole run. The mapping is written into
 * the feed summary so that users can map decisions back to their vehicles.
 */
public final class VehicleIds {

    private final Map<String, EntityId> byFeedId = new LinkedHashMap<>();

    /** The twin id of {@code feedId}, assigning the next index on first sight. */
    public EntityId idOf(String feedId) {
        return byFeedId.computeIfAbsent(feedId, k -> EntityId.vehicle(byFeedId.size()));
    }

    /** Feed id → twin id, in order of first sight (read-only view). */
    public Map<String, EntityId> mapping() {
        return Collections.unmodifiableMap(byFeedId);
    }

    public int size() {
        return byFeedId.size();
    }
}

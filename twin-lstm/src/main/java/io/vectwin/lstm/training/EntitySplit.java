package io.vectwin.lstm.training;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Train/validation split by entity: every report of an entity goes to one side, so the
 * validation loss measures prediction for entities the model has never seen — the situation of
 * a new vehicle joining the twin — and no overlapping window leaks from training into it. The
 * split is stratified by entity kind (each kind with at least two entities gives one or more to
 * validation) and seeded, so the same data and seed give the same split.
 */
public record EntitySplit(List<String> train, List<String> validation) {

    public EntitySplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    /**
     * @param entityIds          all entities, ids like "v-3" or "v-3@1" (others count as their own kind)
     * @param validationFraction share of each kind held out, in (0, 1)
     */
    public static EntitySplit byEntity(List<String> entityIds, double validationFraction, long seed) {
        if (!(validationFraction > 0.0 && validationFraction < 1.0)) {
            throw new IllegalArgumentException("validationFraction must be in (0, 1), got " + validationFraction);
        }
        Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
        List<String> unknown = new ArrayList<>();
        for (String id : entityIds.stream().sorted().toList()) {
            try {
                byKind.computeIfAbsent(EntityId.parse(io.vectwin.lstm.features.EntitySequences.entityIdOf(id)).kind(), k -> new ArrayList<>()).add(id);
            } catch (IllegalArgumentException e) {
                unknown.add(id);
            }
        }
        Random rng = new Random(seed);
        List<String> train = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>(byKind.values());
        if (!unknown.isEmpty()) {
            groups.add(unknown);
        }
        for (List<String> group : groups) {
            List<String> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, rng);
            int held = group.size() < 2 ? 0 : Math.max(1, (int) Math.round(group.size() * validationFraction));
            held = Math.min(held, group.size() - 1);
            validation.addAll(shuffled.subList(0, held));
            train.addAll(shuffled.subList(held, shuffled.size()));
        }
        Collections.sort(train);
        Collections.sort(validation);
        return new EntitySplit(train, validation);
    }
}

package io.vectwin.model.env;

import io.vectwin.model.mec.TaskRequest;
import java.util.List;

/**
 * What the world looks like at the start of a slot: every entity's true state and the task
 * requests issued this slot, which the policy must decide.
 */
public record Observation(int slot, double timeSeconds, List<EntityState> vehicles, List<EntityState> uavs,
        List<EntityState> baseStations, List<TaskRequest> pendingTasks) {

    public Observation {
        vehicles = List.copyOf(vehicles);
        uavs = List.copyOf(uavs);
        baseStations = List.copyOf(baseStations);
        pendingTasks = List.copyOf(pendingTasks);
    }

    /** Number of subtasks awaiting a decision this slot. */
    public int pendingSubtasks() {
        return pendingTasks.stream().mapToInt(t -> t.subtasks().size()).sum();
    }
}

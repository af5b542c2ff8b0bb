package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mobility.MotionState;

/**
 * The true state of one entity at the start of a slot, as the physical world would report it
 * on {@code vec.telemetry}.
 *
 * @param id               v-…, u-… or b-…
 * @param motion           position and motion (eq. 8–10); fixed for a BS
 * @param maxCpuHz         f_max (0 for vehicles: they do not serve subtasks)
 * @param availableCpuHz   f_cpu of eq. (4) this slot (0 for vehicles)
 * @param backlogCycles    CPU cycles queued at the node and not yet processed
 * @param queueLength      subtasks queued at the node
 */
public record EntityState(EntityId id, MotionState motion, double maxCpuHz, double availableCpuHz, double backlogCycles,
        int queueLength) {
}

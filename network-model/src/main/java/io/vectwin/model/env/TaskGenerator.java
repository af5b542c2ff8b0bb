package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.TaskParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Draws the task requests of Sec. II-A: in each slot a vehicle issues a task with probability
 * {@code arrivalProbabilityPerSlot}; its size is uniform in [minTaskBits, maxTaskBits]; it splits
 * into n ~ U{minSubtasks..maxSubtasks} subtasks with random shares (uniform weights,
 * normalised), each capped at D_max (C20); every subtask has Table II's complexity C and
 * intrinsic priority χ, complexity weight ϖ and data-size weight ϰ uniform in (0, 1) (eq. 1).
 */
public final class TaskGenerator {

    private final TaskParameters tasks;

    public TaskGenerator(TaskParameters tasks) {
        this.tasks = tasks;
    }

    /** The task vehicle {@code vehicle} issues in slot {@code slot}, if any. */
    public Optional<TaskRequest> maybeIssue(EntityId vehicle, int slot, double nowSeconds, RandomGenerator rng) {
        if (rng.nextDouble() >= tasks.arrivalProbabilityPerSlot()) {
            return Optional.empty();
        }
        double size = tasks.minTaskBits() + (tasks.maxTaskBits() - tasks.minTaskBits()) * rng.nextDouble();
        int n = tasks.minSubtasks() + rng.nextInt(tasks.maxSubtasks() - tasks.minSubtasks() + 1);
        double[] shares = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            shares[j] = openUnit(rng);
            total += shares[j];
        }
        List<Subtask> subtasks = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            double bits = Math.min(tasks.maxSubtaskBits(), Math.max(1.0, Math.rint(size * shares[j] / total)));
            subtasks.add(new Subtask(j, tasks.cyclesPerBit(), bits, openUnit(rng), openUnit(rng), openUnit(rng)));
        }
        return Optional.of(new TaskRequest(taskId(vehicle, slot), vehicle, nowSeconds, tasks.deadlineSeconds(), subtasks));
    }

    /** A vehicle issues at most one task per slot, so vehicle and slot name it. */
    public static String taskId(EntityId vehicle, int slot) {
        return vehicle + "/t" + slot;
    }

    /** Uniform on the open interval (0, 1), as eq. (1) requires of χ, ϖ and ϰ. */
    private static double openUnit(RandomGenerator rng) {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0.0);
        return u;
    }
}

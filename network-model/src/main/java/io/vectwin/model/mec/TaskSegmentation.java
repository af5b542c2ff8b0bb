package io.vectwin.model.mec;

import io.vectwin.model.params.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * The vehicle's choice of the data segment size D_{i,j}, part of its action a_v(t) of eq. (58):
 * every subtask of the task is cut into m equal segments, and each segment is offloaded as a
 * subtask of its own. m = 1 leaves the task as issued.
 *
 * <p>Segment k = j·m + p (p = 0 … m−1) of the segmented task comes from subtask j of the issued
 * task and has D = D_j / m bits; its complexity C and its eq. (1) attributes χ, ϖ, ϰ are subtask
 * j's (they describe the kind of work, not its amount), so its priority 𝒫 of eq. (1) — which
 * reads D_{i,j} / Σ_k D_{i,k} — is recomputed among the segments. Cutting never makes a segment
 * larger than its subtask, so C20 (D_{i,j} ≤ D_max, eq. 56) holds for the segments whenever it
 * held for the task.
 *
 * <p>Why a segment count and not an absolute size: the two profiles' subtasks differ by an order
 * of magnitude (≈ 60 KB and ≈ 300 KB on average, see {@link io.vectwin.model.params.TaskParameters}), so
 * a count means the same choice in both. The trade-off it offers the vehicle is that smaller
 * segments leave the first hop sooner and can be spread over several nodes by the node agents
 * (eq. 60/62), while every segment waits in the queue of the node that processes it.
 *
 * <p>Every place that must agree on which segment an index names — the deciding policy, the
 * simulated world, the trainer — calls {@link #split}, so they cannot disagree.
 */
public final class TaskSegmentation {

    /** The largest m accepted: beyond it segments are tiny and decisions many. */
    public static final int MAX_SEGMENTS_PER_SUBTASK = 64;

    private TaskSegmentation() {
    }

    /**
     * The task as the vehicle offloads it: each subtask cut into {@code segmentsPerSubtask} equal
     * segments, indexed j·m + p; {@code task} itself when m = 1.
     *
     * @throws IllegalArgumentException if m is outside [1, {@value #MAX_SEGMENTS_PER_SUBTASK}]
     */
    public static TaskRequest split(TaskRequest task, int segmentsPerSubtask) {
        Require.notNull("task", task);
        requireValid(segmentsPerSubtask);
        if (segmentsPerSubtask == 1) {
            return task;
        }
        List<Subtask> segments = new ArrayList<>(task.subtasks().size() * segmentsPerSubtask);
        for (Subtask s : task.subtasks()) {
            double bits = s.dataBits() / segmentsPerSubtask;
            for (int p = 0; p < segmentsPerSubtask; p++) {
                segments.add(new Subtask(segments.size(), s.cyclesPerBit(), bits, s.intrinsicPriority(),
                        s.complexityWeight(), s.dataSizeWeight()));
            }
        }
        return new TaskRequest(task.taskId(), task.vehicle(), task.createdAtSeconds(), task.deadlineSeconds(), segments);
    }

    /** j: the issued subtask that segment {@code segmentIndex} was cut from. */
    public static int issuedSubtaskIndex(int segmentIndex, int segmentsPerSubtask) {
        Require.nonNegative("segmentIndex", segmentIndex);
        requireValid(segmentsPerSubtask);
        return segmentIndex / segmentsPerSubtask;
    }

    /** Why {@code segmentsPerSubtask} is not a valid m, if it is not. */
    public static java.util.Optional<String> problem(int segmentsPerSubtask) {
        if (segmentsPerSubtask < 1 || segmentsPerSubtask > MAX_SEGMENTS_PER_SUBTASK) {
            return java.util.Optional.of("segmentsPerSubtask must lie in [1, " + MAX_SEGMENTS_PER_SUBTASK + "], got "
                    + segmentsPerSubtask);
        }
        return java.util.Optional.empty();
    }

    private static void requireValid(int segmentsPerSubtask) {
        problem(segmentsPerSubtask).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }
}

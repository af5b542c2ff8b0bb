package io.vectwin.model.params;

import io.vectwin.model.units.Units;

/**
 * How vehicles' task requests are drawn (Sec. II-A), SI units.
 *
 * @param arrivalProbabilityPerSlot probability that a vehicle issues a task in a slot
 * @param minTaskBits               smallest task 𝒯_i (bits)
 * @param maxTaskBits               largest task 𝒯_i (bits); Sec. VI uses 1 MB tasks
 * @param minSubtasks               fewest subtasks a task splits into
 * @param maxSubtasks               most subtasks a task splits into
 * @param maxSubtaskBits            D_max of C20, eq. (56); Table II: 1 MB
 * @param cyclesPerBit              C_{i,j}; Table II: 330 cycles/byte = 41.25 cycles/bit
 * @param deadlineSeconds           ϱ; Table II and Sec. V-D: 10 ms
 * @param priorityWeights           α_p, β_p, γ_p of eq. (1)–(2)
 */
public record TaskParameters(
        double arrivalProbabilityPerSlot,
        double minTaskBits,
        double maxTaskBits,
        int minSubtasks,
        int maxSubtasks,
        double maxSubtaskBits,
        double cyclesPerBit,
        double deadlineSeconds,
        PriorityWeights priorityWeights) {

    public TaskParameters {
        Require.closedInterval("tasks.arrivalProbabilityPerSlot", arrivalProbabilityPerSlot, 0.0, 1.0);
        Require.positive("tasks.minTaskBits", minTaskBits);
        Require.ordered("tasks.minTaskBits", minTaskBits, "tasks.maxTaskBits", maxTaskBits);
        Require.positive("tasks.minSubtasks", minSubtasks);
        Require.ordered("tasks.minSubtasks", minSubtasks, "tasks.maxSubtasks", maxSubtasks);
        Require.positive("tasks.maxSubtaskBits", maxSubtaskBits);
        Require.positive("tasks.cyclesPerBit", cyclesPerBit);
        Require.positive("tasks.deadlineSeconds", deadlineSeconds);
        Require.notNull("tasks.priorityWeights", priorityWeights);
    }

    /** Sec. VI: 1 MB tasks split into 2–10 subtasks (≤ 1 MB each), 330 cycles/byte, ϱ = 10 ms. */
    public static TaskParameters paper() {
        return new TaskParameters(0.5, Units.megabytesToBits(1.0), Units.megabytesToBits(1.0), 2, 10,
                Units.megabytesToBits(1.0), 330.0 / Units.BITS_PER_BYTE, 0.010, PriorityWeights.balanced());
    }

    /**
     * Tasks of 100–500 KB split into 2–8 subtasks, so subtasks are mostly 12–250 KB (≈ 60 KB on
     * average): at 20 MHz a 100 KB subtask meets ϱ = 10 ms near a BS (≈ 5.6 ms + 3.3 ms processing
     * at 100 m) and misses it far from one (≈ 59 ms at 400 m, NLoS); see
     * {@link RadioParameters#physical()}. A whole 1 MB task (Sec. VI) would need 33 ms of one
     * 10 GHz node's CPU at 330 cycles/byte, so it could meet ϱ only if spread over four or more
     * nodes; the smaller tasks leave the policy a real choice. A vehicle issues a task in 30 % of
     * slots.
     */
    public static TaskParameters physical() {
        return new TaskParameters(0.3, Units.kilobytesToBits(100.0), Units.kilobytesToBits(500.0), 2, 8,
                Units.megabytesToBits(1.0), 330.0 / Units.BITS_PER_BYTE, 0.010, PriorityWeights.balanced());
    }
}

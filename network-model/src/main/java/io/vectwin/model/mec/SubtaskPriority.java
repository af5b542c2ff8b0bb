package io.vectwin.model.mec;

import io.vectwin.model.params.PriorityWeights;
import io.vectwin.model.params.Require;
import java.util.List;

/**
 * Subtask priority 𝒫_{i,j}, eq. (1):
 * <pre>
 *   𝒫_{i,j} = (α_p · C_{i,j} / Σ_k C_{i,k} + β_p · D_{i,j} / Σ_k D_{i,k} + γ_p · χ_{i,j}) · ϖ_{i,j} · ϰ_{i,j}
 * </pre>
 * with α_p + β_p + γ_p = 1 (eq. 2, enforced by {@link PriorityWeights}). C_{i,j} is the
 * complexity per bit (cycles/bit), as the paper defines it right below eq. (1), not the total
 * cycles C·D: the data size already enters through the β term.
 */
public final class SubtaskPriority {

    private SubtaskPriority() {
    }

    /**
     * 𝒫_{i,j} of {@code subtask} among {@code siblings}, the task's subtasks including {@code subtask} itself.
     */
    public static double of(Subtask subtask, List<Subtask> siblings, PriorityWeights weights) {
        Require.notNull("subtask", subtask);
        Require.notNull("siblings", siblings);
        Require.notNull("weights", weights);
        if (!siblings.contains(subtask)) {
            throw new IllegalArgumentException("siblings must include the subtask itself (index " + subtask.index() + ")");
        }
        double totalCyclesPerBit = siblings.stream().mapToDouble(Subtask::cyclesPerBit).sum();
        double totalBits = siblings.stream().mapToDouble(Subtask::dataBits).sum();
        return priority(subtask, totalCyclesPerBit, totalBits, weights);
    }

    /** 𝒫_{i,j} of every subtask of {@code task}, indexed by j. */
    public static double[] all(TaskRequest task, PriorityWeights weights) {
        Require.notNull("task", task);
        Require.notNull("weights", weights);
        List<Subtask> subtasks = task.subtasks();
        double totalCyclesPerBit = subtasks.stream().mapToDouble(Subtask::cyclesPerBit).sum();
        double totalBits = task.totalBits();
        double[] priorities = new double[subtasks.size()];
        for (int j = 0; j < priorities.length; j++) {
            priorities[j] = priority(subtasks.get(j), totalCyclesPerBit, totalBits, weights);
        }
        return priorities;
    }

    private static double priority(Subtask s, double totalCyclesPerBit, double totalBits, PriorityWeights w) {
        double blend = w.complexity() * s.cyclesPerBit() / totalCyclesPerBit
                + w.dataSize() * s.dataBits() / totalBits
                + w.intrinsic() * s.intrinsicPriority();
        return blend * s.complexityWeight() * s.dataSizeWeight();
    }
}

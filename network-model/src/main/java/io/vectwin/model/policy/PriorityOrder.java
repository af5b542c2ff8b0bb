package io.vectwin.model.policy;

import io.vectwin.model.mec.SubtaskPriority;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.PriorityWeights;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The order in which a task's subtasks reach the nodes' queues: descending priority 𝒫_{i,j}
 * (eq. 1), as the environment serves them, ties by index. Predictions made in this order see in
 * each node's queue exactly the subtasks of the task that are served before.
 */
public final class PriorityOrder {

    private PriorityOrder() {
    }

    public static int[] descending(TaskRequest task, PriorityWeights weights) {
        double[] priorities = SubtaskPriority.all(task, weights);
        return IntStream.range(0, priorities.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -priorities[j]).thenComparingInt(j -> j))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}

package io.vectwin.jobs.cluster;

/**
 * How big a {@link LocalCluster} is.
 *
 * @param taskManagers        TaskManager processes
 * @param slotsPerTaskManager task slots of each
 * @param partitions          partitions of every vectwin topic (at least the largest parallelism, so every
 *                            source subtask gets a partition)
 */
public record ClusterLayout(int taskManagers, int slotsPerTaskManager, int partitions) {

    public ClusterLayout {
        if (taskManagers < 1) {
            throw new IllegalArgumentException("taskManagers must be at least 1: " + taskManagers);
        }
        if (slotsPerTaskManager < 1) {
            throw new IllegalArgumentException("slotsPerTaskManager must be at least 1: " + slotsPerTaskManager);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
    }

    /** Two TaskManagers with two slots each, four partitions per topic. */
    public static ClusterLayout defaults() {
        return new ClusterLayout(2, 2, 4);
    }

    public int totalSlots() {
        return taskManagers * slotsPerTaskManager;
    }

    /** The role (and Flink resource id) of TaskManager {@code i}, counted from 1. */
    public static String taskManagerRole(int i) {
        return "taskmanager-" + i;
    }
}

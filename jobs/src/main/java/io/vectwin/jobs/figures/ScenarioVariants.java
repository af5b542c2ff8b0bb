package io.vectwin.jobs.figures;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.TaskParameters;
import io.vectwin.model.units.Units;

/** The parameter changes the paper's figures sweep, each applied to a profile's parameters. */
public final class ScenarioVariants {

    private ScenarioVariants() {
    }

    /** V vehicles, U UAVs, B BSs. */
    public static NetworkParameters counts(NetworkParameters p, int v, int u, int b) {
        return p.withGeometry(p.geometry().withCounts(v, u, b));
    }

    /** Fig. 4: "we consider the actual task (i.e., 𝒯_i) size to be 1 MB". */
    public static NetworkParameters oneMegabyteTasks(NetworkParameters p) {
        TaskParameters t = p.tasks();
        double mb = Units.megabytesToBits(1.0);
        return p.withTasks(new TaskParameters(t.arrivalProbabilityPerSlot(), mb, mb, t.minSubtasks(), t.maxSubtasks(),
                Math.max(t.maxSubtaskBits(), mb), t.cyclesPerBit(), t.deadlineSeconds(), t.priorityWeights()));
    }

    /**
     * Fig. 5: subtasks of at most {@code kilobytes} (C20's D_max): tasks of D_max to 4·D_max split as
     * the profile splits them, each subtask capped at D_max — so subtask sizes scale with D_max.
     */
    public static NetworkParameters maxSubtask(NetworkParameters p, double kilobytes) {
        TaskParameters t = p.tasks();
        double dMax = Units.kilobytesToBits(kilobytes);
        return p.withTasks(new TaskParameters(t.arrivalProbabilityPerSlot(), dMax, 4 * dMax, t.minSubtasks(),
                t.maxSubtasks(), dMax, t.cyclesPerBit(), t.deadlineSeconds(), t.priorityWeights()));
    }

    /** Fig. 6: every MEC server's f_max (GHz). */
    public static NetworkParameters cpu(NetworkParameters p, double gigahertz) {
        return p.withCompute(p.compute().withMaxCpuHz(gigahertz * 1e9));
    }

    /** Fig. 7: the URLLC block length n of eq. (23). */
    public static NetworkParameters blockLength(NetworkParameters p, int n) {
        return p.withRadio(p.radio().withBlockLength(n));
    }
}

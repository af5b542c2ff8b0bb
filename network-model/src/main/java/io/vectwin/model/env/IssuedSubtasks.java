package io.vectwin.model.env;

import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.params.QosParameters;
import io.vectwin.model.params.Require;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcomes per subtask the vehicle issued, whatever segment size it chose (eq. 58's D_{i,j}): the
 * outcomes of a subtask's segments merged into one, so that a vehicle's reward (eq. 64) and the
 * slot's costs compare policies on the work the vehicles asked for. Without it, a policy that cuts
 * subtasks into m segments would look m times more frugal per "subtask" and its segments' shorter
 * latencies would hide when the whole subtask is done.
 *
 * <p>A merged outcome: latency = the latest segment's (the subtask is done when its last segment
 * is; +∞ if any segment's is), vehicle and node energy = the segments' sums, QoS = eq. (48) of
 * that latency and vehicle energy, deadline met = every segment met it, priority = the segments'
 * 𝒫 of eq. (1) (equal for the segments of one subtask; the largest is kept), path and failure
 * reason = the latest segment's. A subtask offloaded whole (m = 1) keeps its outcome as it is.
 */
public final class IssuedSubtasks {

    private IssuedSubtasks() {
    }

    /** One outcome per issued subtask, in the order of each subtask's first segment in {@code outcomes}. */
    public static List<SubtaskOutcome> merge(List<SubtaskOutcome> outcomes, QosParameters qos) {
        Require.notNull("outcomes", outcomes);
        Require.notNull("qos", qos);
        if (outcomes.stream().allMatch(o -> o.segmentsPerSubtask() == 1)) {
            return outcomes;
        }
        Map<String, List<SubtaskOutcome>> bySubtask = new LinkedHashMap<>();
        for (SubtaskOutcome o : outcomes) {
            bySubtask.computeIfAbsent(SubtaskKeys.of(o.taskId(), o.issuedSubtaskIndex()), k -> new ArrayList<>(1)).add(o);
        }
        List<SubtaskOutcome> out = new ArrayList<>(bySubtask.size());
        for (List<SubtaskOutcome> segments : bySubtask.values()) {
            out.add(segments.size() == 1 && segments.get(0).segmentsPerSubtask() == 1 ? segments.get(0)
                    : merged(segments, qos));
        }
        return out;
    }

    private static SubtaskOutcome merged(List<SubtaskOutcome> segments, QosParameters qos) {
        SubtaskOutcome latest = segments.get(0);
        double vehicleEnergy = 0;
        double nodeEnergy = 0;
        double priority = 0;
        boolean met = true;
        for (SubtaskOutcome s : segments) {
            // NaN-free: +∞ compares greater than every finite latency
            if (s.latencyS() > latest.latencyS()) {
                latest = s;
            }
            vehicleEnergy += s.vehicleEnergyJ();
            nodeEnergy += s.nodeEnergyJ();
            priority = Math.max(priority, s.priority());
            met &= s.deadlineMet();
        }
        double latency = latest.latencyS();
        return new SubtaskOutcome(latest.taskId(), latest.issuedSubtaskIndex(), latest.vehicle(), latest.path(), latency,
                vehicleEnergy, nodeEnergy, QualityOfService.raw(latency, vehicleEnergy, qos), priority, met,
                latest.failureReason(), 1);
    }
}

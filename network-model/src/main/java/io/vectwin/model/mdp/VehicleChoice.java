package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.Require;

/**
 * What a vehicle agent decides once per task, its part of a_v(t) in eq. (58): the first hop
 * (Γ_{v,b} / Γ_{v,u}), the transmit power P_v and the segment size D_{i,j}, given as how many
 * equal segments every subtask is cut into ({@link TaskSegmentation}). Priority 𝒫_{i,j} follows
 * from eq. (1) for each segment; forwarding is the nodes' decision (eq. 60/62).
 *
 * @param firstHop           the BS or UAV the vehicle transmits to
 * @param txPowerW           P_v, W (&gt; 0)
 * @param segmentsPerSubtask m ≥ 1
 */
public record VehicleChoice(EntityId firstHop, double txPowerW, int segmentsPerSubtask) {

    public VehicleChoice {
        Require.notNull("firstHop", firstHop);
        if (!firstHop.kind().isEdgeNode()) {
            throw new IllegalArgumentException("firstHop must be a BS or UAV, got " + firstHop);
        }
        Require.positive("txPowerW", txPowerW);
        TaskSegmentation.problem(segmentsPerSubtask).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }
}

package io.vectwin.quantum.training;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.BsAction;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mdp.UavAction;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.List;
import java.util.Optional;

/**
 * Where a node agent's action sends the subtask it received, and how fast the processing node is
 * asked to run — the meaning of a UAV's or BS's action (eq. 60/62) wherever it is taken: in the
 * training loop and in the Flink job alike.
 *
 * <ul>
 *   <li>A discrete action ({@link NodeActionSpace} index: the quantum and PPO actors): process here
 *       (κ = 1) at CPU level k, asking for (k + 1)/K of f_max; or forward (κ = 0) to the index's
 *       target, asking nothing of it.</li>
 *   <li>A continuous action (the DDPG actor's vector, {@link UavAction#decode} /
 *       {@link BsAction#decode}): forward to the decoded Γ target when there is one and C11 allows a
 *       hop; else process here at the decoded f_cpu, at least f_min (C7).</li>
 * </ul>
 *
 * @param path            the subtask's path from the node that decided
 * @param processingCpuHz the frequency asked of the processing node (Hz), 0 for none (a forwarded
 *                        subtask's next node runs at its available frequency)
 */
public record NodeRoute(OffloadPath path, double processingCpuHz) {

    public NodeRoute {
        Require.notNull("route.path", path);
        Require.nonNegative("route.processingCpuHz", processingCpuHz);
    }

    /** Processed at {@code node}, at its available frequency. */
    public static NodeRoute direct(EntityId node) {
        return new NodeRoute(OffloadPath.direct(node), 0.0);
    }

    /** The route {@code node}'s action {@code act} gives its subtask ({@code space}: the node kind's discrete actions). */
    public static NodeRoute of(EntityId node, AgentAct act, NodeActionSpace space, NetworkParameters params) {
        double maxCpuHz = params.compute().maxCpuHz();
        if (act.isDiscrete()) {
            int index = act.index();
            return space.processesHere(index)
                    ? new NodeRoute(OffloadPath.direct(node), space.cpuFraction(index) * maxCpuHz)
                    : new NodeRoute(space.path(node, index), 0.0);
        }
        Optional<EntityId> forward;
        double cpuHz;
        if (node.kind() == EntityKind.UAV) {
            UavAction a = UavAction.decode(act.vector(), node, params);
            forward = a.forwardTo();
            cpuHz = a.cpuHz();
        } else {
            BsAction a = BsAction.decode(act.vector(), node, params);
            forward = a.forwardToUav();
            cpuHz = a.cpuHz();
        }
        if (forward.isPresent() && params.compute().maxForwardingHops() >= 1) {
            return new NodeRoute(new OffloadPath(List.of(node, forward.get())), 0.0);
        }
        double share = Math.max(cpuHz, params.compute().minCpuHz()) / maxCpuHz;
        return new NodeRoute(OffloadPath.direct(node), share * maxCpuHz);
    }
}

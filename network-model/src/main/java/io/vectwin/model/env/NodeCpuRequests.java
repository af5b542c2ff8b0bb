package io.vectwin.model.env;

import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.Require;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU frequencies the node agents asked for in one slot (f_cpu of eq. 60/62, one request per
 * subtask a node decided to process), turned into the slot's {@link NodeControl}s: a node runs at
 * the highest frequency asked of it — every subtask it processes in the slot shares one CPU, and
 * the fastest request must be met — and forwards at its kind's P_max, which is what a node without
 * a control does. The training loop and the simulated world behind the job both build their
 * controls here, so a node behaves the same whichever of them executes its agent's decisions.
 *
 * <p>Mutable, single-threaded; {@link #clear} starts the next slot.
 */
public final class NodeCpuRequests {

    private final Map<EntityId, Double> highest = new LinkedHashMap<>();

    /** Asks {@code node} to run at {@code cpuHz}; 0 asks nothing (the node's available frequency will do). */
    public void request(EntityId node, double cpuHz) {
        Require.notNull("node", node);
        Require.nonNegative("cpuHz", cpuHz);
        if (cpuHz > 0) {
            highest.merge(node, cpuHz, Math::max);
        }
    }

    /** One control per node that was asked for a frequency. */
    public Map<EntityId, NodeControl> controls(LinkEvaluator links) {
        Map<EntityId, NodeControl> controls = new LinkedHashMap<>();
        highest.forEach((node, cpuHz) -> controls.put(node, new NodeControl(node, links.maxTxPowerW(node.kind()), cpuHz)));
        return controls;
    }

    public void clear() {
        highest.clear();
    }
}

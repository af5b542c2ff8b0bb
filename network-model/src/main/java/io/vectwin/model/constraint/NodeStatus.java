package io.vectwin.model.constraint;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.Require;

/**
 * The state of a BS or UAV in a slot that C7 and C16–C17 bound.
 *
 * @param node     the BS or UAV
 * @param cpuHz    its CPU frequency f_cpu^z (Hz), ≥ 0; C7 decides whether it is in range
 * @param txPowerW its transmit power P_b or P_u (W), ≥ 0; C16/C17 decide whether it is in range
 */
public record NodeStatus(EntityId node, double cpuHz, double txPowerW) {

    public NodeStatus {
        Require.notNull("node.node", node);
        if (!node.kind().isEdgeNode()) {
            throw new IllegalArgumentException("node.node must be a BS or UAV, got " + node);
        }
        Require.nonNegative("node.cpuHz", cpuHz);
        Require.nonNegative("node.txPowerW", txPowerW);
    }
}

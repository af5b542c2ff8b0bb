package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.Require;

/**
 * A BS's or UAV's own controls for the slot (eq. 60, 62): the power P_u / P_b it forwards with
 * and the CPU frequency f_cpu it runs at (at most what eq. (4) makes available). Nodes without a
 * control forward at P_max and run at the available frequency.
 */
public record NodeControl(EntityId node, double txPowerW, double cpuHz) {

    public NodeControl {
        Require.notNull("control.node", node);
        if (!node.kind().isEdgeNode()) {
            throw new IllegalArgumentException("control.node must be a BS or UAV, got " + node);
        }
        Require.positive("control.txPowerW", txPowerW);
        Require.positive("control.cpuHz", cpuHz);
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import java.util.Optional;

/** What UAV and BS actions share: the κ-or-forward rule and its encoding. */
final class NodeDecision {

    private NodeDecision() {
    }

    /** κ = 1 and a forwarding target exclude each other, and one of them must hold (Sec. II-B). */
    static void check(boolean processLocally, Optional<EntityId> target, String targetField) {
        if (processLocally && target.isPresent()) {
            throw new IllegalArgumentException(targetField + " must be empty when processLocally (kappa = 1), got "
                    + target.get());
        }
        if (!processLocally && target.isEmpty()) {
            throw new IllegalArgumentException(targetField + " is required when not processing locally (kappa = 0)");
        }
    }

    /** The target's index if it is of {@code kind}, checked against the scenario; else {@link FeatureWriter#NONE}. */
    static int indexIfKind(String field, Optional<EntityId> target, EntityKind kind, int count) {
        return target.filter(t -> t.kind() == kind)
                .map(t -> EdgeNodeSlots.withinCount(field, t, count))
                .orElse(FeatureWriter.NONE);
    }

    /** A CPU fraction from a policy, for local processing: clipped to [f_min, f_max] (C7, eq. 45). */
    static double localCpuHz(double fraction, NetworkParameters p) {
        double max = p.compute().maxCpuHz();
        double min = p.compute().minCpuHz();
        return Math.max(min, Math.min(max, fraction * max));
    }
}

package io.vectwin.lstm.features;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;

/** Where an edge node (BS or UAV) radiates from, as last reported: a serving candidate for the channel features. */
public record NodeAntenna(String entityId, EntityKind kind, Position antenna) {

    public NodeAntenna {
        if (!kind.isEdgeNode()) {
            throw new IllegalArgumentException("node " + entityId + " is a " + kind + ", not an edge node");
        }
    }
}

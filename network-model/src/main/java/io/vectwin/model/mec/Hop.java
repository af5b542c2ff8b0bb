package io.vectwin.model.mec;

import io.vectwin.model.channel.LinkType;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.Require;

/**
 * One radio hop of an offloading path: a transmission from {@code from} to {@code to} over a
 * link of Table I. The type is checked against the two ends, so a hop can never claim, say,
 * V2U for a vehicle → BS transmission.
 */
public record Hop(EntityId from, EntityId to, LinkType type) {

    public Hop {
        Require.notNull("hop.from", from);
        Require.notNull("hop.to", to);
        Require.notNull("hop.type", type);
        if (type.from() != from.kind() || type.to() != to.kind()) {
            throw new IllegalArgumentException("hop.type " + type + " does not join " + from + " to " + to);
        }
    }

    /** The hop from {@code from} to {@code to}; fails for pairs Table I has no link for (e.g. BS → BS). */
    public static Hop between(EntityId from, EntityId to) {
        Require.notNull("hop.from", from);
        Require.notNull("hop.to", to);
        return new Hop(from, to, LinkType.between(from.kind(), to.kind()));
    }

    @Override
    public String toString() {
        return from + ">" + to + " (" + type.cliName() + ")";
    }
}

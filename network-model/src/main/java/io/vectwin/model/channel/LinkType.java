package io.vectwin.model.channel;

import io.vectwin.model.geometry.EntityKind;
import java.util.Locale;

/**
 * The five link types of Table I, with their antenna configuration. A BS has M antennas,
 * vehicles and UAVs one.
 */
public enum LinkType {
    /** Vehicle → BS, SIMO, h ∈ C^{M×1}: eq. (11)–(23). */
    V2B("v2b", EntityKind.VEHICLE, EntityKind.BASE_STATION),
    /** Vehicle → UAV, SISO Rician: eq. (24)–(31). */
    V2U("v2u", EntityKind.VEHICLE, EntityKind.UAV),
    /** UAV → UAV, SISO Rician: eq. (32)–(33). */
    U2U("u2u", EntityKind.UAV, EntityKind.UAV),
    /** BS → UAV, MISO Rician: eq. (34)–(35). */
    B2U("b2u", EntityKind.BASE_STATION, EntityKind.UAV),
    /** UAV → BS, SIMO Rician: eq. (36)–(37). */
    U2B("u2b", EntityKind.UAV, EntityKind.BASE_STATION);

    /** {@code values()} clones its array on every call; {@link #between} runs on the decision hot path. */
    private static final LinkType[] ALL = values();

    private final String cliName;
    private final EntityKind from;
    private final EntityKind to;

    LinkType(String cliName, EntityKind from, EntityKind to) {
        this.cliName = cliName;
        this.from = from;
        this.to = to;
    }

    public String cliName() {
        return cliName;
    }

    public EntityKind from() {
        return from;
    }

    public EntityKind to() {
        return to;
    }

    /** True for the Rician links of Sec. II-D.2–4 (everything but vehicle → BS). */
    public boolean isRician() {
        return this != V2B;
    }

    /** True when the BS's M-antenna array is at one end (SIMO or MISO). */
    public boolean involvesBaseStation() {
        return from == EntityKind.BASE_STATION || to == EntityKind.BASE_STATION;
    }

    /** The link type between two entity kinds; fails for pairs the paper does not allow (e.g. BS → BS). */
    public static LinkType between(EntityKind from, EntityKind to) {
        for (LinkType t : ALL) {
            if (t.from == from && t.to == to) {
                return t;
            }
        }
        throw new IllegalArgumentException("no link from " + from + " to " + to + " in the paper's model (Table I)");
    }

    public static LinkType parse(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (LinkType k : values()) {
                if (k.cliName.equals(t)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("unknown link '" + text + "' (expected v2b, v2u, u2u, b2u or u2b)");
    }
}

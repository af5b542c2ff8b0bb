package io.vectwin.model.geometry;

/** The three kinds of entity in the network of Sec. II, with the id prefix used on Kafka keys. */
public enum EntityKind {
    VEHICLE("v"),
    UAV("u"),
    BASE_STATION("b");

    private final String prefix;

    EntityKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** True for the MEC-equipped nodes that can take or forward a subtask (BS and UAV). */
    public boolean isEdgeNode() {
        return this != VEHICLE;
    }

    public static EntityKind fromPrefix(String prefix) {
        for (EntityKind k : values()) {
            if (k.prefix.equals(prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown entity prefix '" + prefix + "' (expected v, u or b)");
    }
}

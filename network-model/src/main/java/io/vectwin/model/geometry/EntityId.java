package io.vectwin.model.geometry;

/**
 * Identity of a vehicle, UAV or base station: {@code v-17}, {@code u-3}, {@code b-0}. The
 * string form is the Kafka key of every record about the entity.
 */
public record EntityId(EntityKind kind, int index) implements Comparable<EntityId> {

    public EntityId {
        if (kind == null) {
            throw new IllegalArgumentException("entity kind is required");
        }
        if (index < 0) {
            throw new IllegalArgumentException("entity index must be >= 0, got " + index);
        }
    }

    public static EntityId vehicle(int index) {
        return new EntityId(EntityKind.VEHICLE, index);
    }

    public static EntityId uav(int index) {
        return new EntityId(EntityKind.UAV, index);
    }

    public static EntityId baseStation(int index) {
        return new EntityId(EntityKind.BASE_STATION, index);
    }

    /** Parses {@code v-17}, {@code u-3}, {@code b-0}; a clear message names what is wrong. */
    public static EntityId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("entity id is null");
        }
        int dash = text.indexOf('-');
        if (dash <= 0 || dash == text.length() - 1) {
            throw new IllegalArgumentException("entity id '" + text + "' is not of the form <v|u|b>-<index>");
        }
        EntityKind kind = EntityKind.fromPrefix(text.substring(0, dash));
        try {
            return new EntityId(kind, Integer.parseInt(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("entity id '" + text + "' has a non-numeric index", e);
        }
    }

    @Override
    public int compareTo(EntityId o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return kind.prefix() + "-" + index;
    }
}

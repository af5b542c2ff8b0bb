package io.vectwin.model.policy;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.RadioParameters;
import io.vectwin.model.params.Require;

/**
 * Where an entity's antenna is, from its reported state. A vehicle's position is the terrain it
 * drives on (the z of the vehicle box is terrain height), so its antenna sits
 * {@code radio.vehicleAntennaHeightM()} above it; a UAV's or BS's position is its antenna. The
 * same rule the environment applies to its true state, so that predictions and execution see the
 * same geometry.
 */
public final class Antennas {

    private Antennas() {
    }

    public static Position of(EntityState entity, RadioParameters radio) {
        Require.notNull("entity", entity);
        Require.notNull("radio", radio);
        Position p = entity.motion().position();
        return entity.id().kind() == EntityKind.VEHICLE ? p.plus(0, 0, radio.vehicleAntennaHeightM()) : p;
    }
}

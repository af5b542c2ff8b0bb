package io.vectwin.lstm.training;

import io.vectwin.lstm.features.EntitySequences;
import io.vectwin.lstm.features.TelemetryFixtures;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Vehicles driving straight legs at random speeds and headings, turning every {@code leg}
 * reports — random-waypoint-like motion that a small LSTM can learn in seconds.
 */
public final class SyntheticFleet {

    private SyntheticFleet() {
    }

    public static EntitySequences straightVehicles(int vehicles, int reports, long seed) {
        return legs(vehicles, reports, Integer.MAX_VALUE, seed);
    }

    public static EntitySequences legs(int vehicles, int reports, int leg, long seed) {
        Random rng = new Random(seed);
        List<EntityTelemetry> all = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            double x = 1000 * rng.nextDouble();
            double y = 1000 * rng.nextDouble();
            double speed = 0;
            double heading = 0;
            for (int s = 0; s < reports; s++) {
                if (s % leg == 0) {
                    speed = 5 + 25 * rng.nextDouble();
                    heading = 2 * Math.PI * rng.nextDouble();
                }
                all.add(TelemetryFixtures.report("v-" + v, io.vectwin.schemas.EntityKind.VEHICLE, s, 1_000_000L + s * 20L,
                        x, y, 0.0, speed, heading, 0.0));
                x += speed * Math.cos(heading) * 0.02;
                y += speed * Math.sin(heading) * 0.02;
            }
        }
        all.sort(Comparator.comparingLong(EntityTelemetry::getEventTimeMillis));
        return EntitySequences.from(all, NetworkParameters.paper());
    }
}

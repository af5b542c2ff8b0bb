package io.vectwin.ingest.feed;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.schemas.EntityTelemetry;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns feed fixes into {@code vec.telemetry} records: twin ids from {@link VehicleIds}, a
 * sequence number per vehicle counting from 0, kind VEHICLE, and event time = feed time + a
 * fixed offset ({@link #eventTimeMillis}). A fix not after its vehicle's previous accepted one is
 * rejected (out of time order, or a duplicate). Vehicles report no CPU and no queue (the twin
 * offloads to nodes, not to vehicles), as the simulator's vehicles do.
 */
public final class TelemetryConverter {

    /** The outcome of converting one fix. */
    public sealed interface Result permits Accepted, Rejected {
    }

    /** A telemetry record for vehicle {@code vehicle}, of the fix at feed time {@code feedTimeMillis}. */
    public record Accepted(EntityId vehicle, long feedTimeMillis, EntityTelemetry telemetry) implements Result {
    }

    public record Rejected(FeedReject reject) implements Result {
    }

    private record Track(long nextSequence, long lastTimeMillis, String lastLocation) {
    }

    private final VehicleIds ids;
    private final long eventTimeOffsetMillis;
    private final Map<String, Track> tracks = new HashMap<>();

    /**
     * @param ids                   the id mapping (shared with whoever reports it)
     * @param eventTimeOffsetMillis added to feed time to get event time (see {@link FeedTimeBase})
     */
    public TelemetryConverter(VehicleIds ids, long eventTimeOffsetMillis) {
        this.ids = ids;
        this.eventTimeOffsetMillis = eventTimeOffsetMillis;
    }

    public Result convert(FeedFix fix) {
        Track track = tracks.get(fix.feedVehicleId());
        if (track != null && fix.timeMillis() <= track.lastTimeMillis()) {
            return new Rejected(new FeedReject(fix.location(), "time " + fix.timeMillis() / 1000.0
                    + " s is not after the previous report of vehicle " + fix.feedVehicleId() + " at "
                    + track.lastTimeMillis() / 1000.0 + " s (" + track.lastLocation() + "): out of time order", ""));
        }
        EntityId id = ids.idOf(fix.feedVehicleId());
        long sequence = track == null ? 0 : track.nextSequence();
        tracks.put(fix.feedVehicleId(), new Track(sequence + 1, fix.timeMillis(), fix.location()));
        Position p = new Position(fix.x(), fix.y(), fix.z());
        MotionState motion = new MotionState(p, fix.horizontalSpeed(), fix.verticalSpeed(), fix.heading(), fix.slope(), p);
        EntityState state = new EntityState(id, motion, 0.0, 0.0, 0.0, 0);
        return new Accepted(id, fix.timeMillis(), AvroMapping.toTelemetry(state, sequence, eventTimeMillis(fix.timeMillis())));
    }

    public long eventTimeMillis(long feedTimeMillis) {
        return feedTimeMillis + eventTimeOffsetMillis;
    }
}

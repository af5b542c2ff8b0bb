package io.vectwin.lstm.features;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.RadioParameters;
import io.vectwin.schemas.EntityTelemetry;

/**
 * Turns one telemetry report into the twin's feature vector ({@link TwinFeature}), given the
 * edge nodes currently known. Stateless and thread-safe; the same code builds training rows from
 * a recording and the Flink operator's rows from live telemetry, so the two cannot drift apart.
 *
 * <p>The channel features are the mean-channel path loss (the deterministic link budget of
 * {@link LinkEvaluator#expected}, eq. (15)–(20) or (26)–(29) as the profile selects) from the
 * entity to its best base station and its best UAV — the serving candidates of its next
 * offloading decision. When no candidate of a kind is known (or for a base station, which never
 * links to another base station) the value is {@link #NO_CANDIDATE_PATH_LOSS_DB}: a loss no link
 * survives, so the model sees "unreachable" rather than a made-up distance.
 */
public final class FeatureExtractor {

    /** Path loss standing for "no candidate of this kind": far beyond any link's budget. */
    public static final double NO_CANDIDATE_PATH_LOSS_DB = 250.0;

    private final RadioParameters radio;
    private final LinkEvaluator links;

    public FeatureExtractor(NetworkParameters params) {
        this.radio = params.radio();
        this.links = new LinkEvaluator(params.radio(), params.geometry().slotSeconds());
    }

    /** The feature row of {@code t}, with {@code nodes} as the known serving candidates (the entity itself is skipped). */
    public FeatureRow row(EntityTelemetry t, Iterable<NodeAntenna> nodes) {
        EntityKind kind = AvroMapping.toModelKind(t.getKind());
        double[] v = new double[TwinFeature.inputs().size()];
        v[TwinFeature.POSITION_X.inputIndex()] = t.getX();
        v[TwinFeature.POSITION_Y.inputIndex()] = t.getY();
        v[TwinFeature.POSITION_Z.inputIndex()] = t.getZ();
        v[TwinFeature.VELOCITY_X.inputIndex()] = t.getHorizontalSpeed() * Math.cos(t.getHeading());
        v[TwinFeature.VELOCITY_Y.inputIndex()] = t.getHorizontalSpeed() * Math.sin(t.getHeading());
        // eq. (10): the height changes at Ṽ_z sin φ, not at Ṽ_z (MotionState.climbRate)
        v[TwinFeature.VELOCITY_Z.inputIndex()] = t.getVerticalSpeed() * Math.sin(t.getSlope());
        v[TwinFeature.SLOPE.inputIndex()] = t.getSlope();
        v[TwinFeature.AVAILABLE_CPU.inputIndex()] = t.getAvailableCpuHz();
        v[TwinFeature.BACKLOG.inputIndex()] = t.getBacklogCycles();
        v[TwinFeature.QUEUE_LENGTH.inputIndex()] = t.getQueueLength();
        Position antenna = radio.antennaPosition(kind, new Position(t.getX(), t.getY(), t.getZ()));
        String self = t.getEntityId().toString();
        v[TwinFeature.BEST_BS_PATH_LOSS.inputIndex()] = bestPathLossDb(kind, antenna, self, EntityKind.BASE_STATION, nodes);
        v[TwinFeature.BEST_UAV_PATH_LOSS.inputIndex()] = bestPathLossDb(kind, antenna, self, EntityKind.UAV, nodes);
        v[TwinFeature.IS_VEHICLE.inputIndex()] = kind == EntityKind.VEHICLE ? 1.0 : 0.0;
        v[TwinFeature.IS_UAV.inputIndex()] = kind == EntityKind.UAV ? 1.0 : 0.0;
        v[TwinFeature.IS_BASE_STATION.inputIndex()] = kind == EntityKind.BASE_STATION ? 1.0 : 0.0;
        return new FeatureRow(t.getSequenceNumber(), t.getEventTimeMillis(), v);
    }

    private double bestPathLossDb(EntityKind from, Position antenna, String self, EntityKind to,
            Iterable<NodeAntenna> nodes) {
        if (from == EntityKind.BASE_STATION && to == EntityKind.BASE_STATION) {
            return NO_CANDIDATE_PATH_LOSS_DB;
        }
        LinkType link = LinkType.between(from, to);
        double best = NO_CANDIDATE_PATH_LOSS_DB;
        for (NodeAntenna node : nodes) {
            if (node.kind() != to || node.entityId().equals(self)) {
                continue;
            }
            double loss = links.expected(link, links.defaultModel(link), antenna, node.antenna(), links.maxTxPowerW(from))
                    .pathLossDb();
            if (loss < best) {
                best = loss;
            }
        }
        return best;
    }
}

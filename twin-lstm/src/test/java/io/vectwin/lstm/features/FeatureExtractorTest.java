package io.vectwin.lstm.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.schemas.EntityTelemetry;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private final FeatureExtractor extractor = new FeatureExtractor(NetworkParameters.paper());

    @Test
    void velocityEntersAsComponentsAndKindOneHot() {
        // 10 m/s at heading 2π/3: (10 cos 120°, 10 sin 120°) = (-5, 8.660254037844386)
        EntityTelemetry t = TelemetryFixtures.report("v-1", io.vectwin.schemas.EntityKind.VEHICLE, 3, 60, 10, 20, 0,
                10.0, 2 * Math.PI / 3, 0.0);
        FeatureRow row = extractor.row(t, List.of());
        assertThat(row.get(TwinFeature.VELOCITY_X)).isCloseTo(-5.0, within(1e-12));
        assertThat(row.get(TwinFeature.VELOCITY_Y)).isCloseTo(8.660254037844386, within(1e-12));
        assertThat(row.get(TwinFeature.IS_VEHICLE)).isEqualTo(1.0);
        assertThat(row.get(TwinFeature.IS_UAV) + row.get(TwinFeature.IS_BASE_STATION)).isZero();
        assertThat(row.sequenceNumber()).isEqualTo(3);
    }

    @Test
    void verticalVelocityIsTheClimbRateOfEquation10() {
        // Ṽ_z = 4 m/s at φ = 0.5 rad: climb 4 sin 0.5 = 1.917702154416812 m/s
        EntityTelemetry t = io.vectwin.schemas.EntityTelemetry.newBuilder(TelemetryFixtures.report("u-1",
                io.vectwin.schemas.EntityKind.UAV, 0, 0, 0, 0, 50, 3.0, 0.0, 1e9)).setVerticalSpeed(4.0).setSlope(0.5).build();
        assertThat(extractor.row(t, List.of()).get(TwinFeature.VELOCITY_Z)).isCloseTo(1.917702154416812, within(1e-12));
    }

    @Test
    void channelFeaturesTakeTheBestCandidateOfEachKindAndSayWhenThereIsNone() {
        EntityTelemetry v = TelemetryFixtures.report("v-1", io.vectwin.schemas.EntityKind.VEHICLE, 0, 0, 0, 0, 0, 0, 0, 0);
        NodeAntenna near = new NodeAntenna("b-0", EntityKind.BASE_STATION, new Position(100, 0, 25));
        NodeAntenna far = new NodeAntenna("b-1", EntityKind.BASE_STATION, new Position(400, 0, 25));
        double nearOnly = extractor.row(v, List.of(near)).get(TwinFeature.BEST_BS_PATH_LOSS);
        double farOnly = extractor.row(v, List.of(far)).get(TwinFeature.BEST_BS_PATH_LOSS);
        FeatureRow both = extractor.row(v, List.of(far, near));
        assertThat(farOnly).isGreaterThan(nearOnly);
        assertThat(both.get(TwinFeature.BEST_BS_PATH_LOSS)).isEqualTo(nearOnly);
        assertThat(both.get(TwinFeature.BEST_UAV_PATH_LOSS)).isEqualTo(FeatureExtractor.NO_CANDIDATE_PATH_LOSS_DB);
    }

    @Test
    void aUavIsNotItsOwnCandidate() {
        EntityTelemetry u = TelemetryFixtures.report("u-0", io.vectwin.schemas.EntityKind.UAV, 0, 0, 0, 0, 50, 0, 0, 1e9);
        NodeAntenna self = new NodeAntenna("u-0", EntityKind.UAV, new Position(0, 0, 50));
        assertThat(extractor.row(u, List.of(self)).get(TwinFeature.BEST_UAV_PATH_LOSS))
                .isEqualTo(FeatureExtractor.NO_CANDIDATE_PATH_LOSS_DB);
    }

    @Test
    void sequencesSeeTheNodesReportedBeforeEachRow() {
        EntityTelemetry v0 = TelemetryFixtures.report("v-1", io.vectwin.schemas.EntityKind.VEHICLE, 0, 0, 0, 0, 0, 0, 0, 0);
        EntityTelemetry b = TelemetryFixtures.report("b-0", io.vectwin.schemas.EntityKind.BASE_STATION, 0, 10, 100, 0, 25, 0, 0, 1e10);
        EntityTelemetry v1 = TelemetryFixtures.report("v-1", io.vectwin.schemas.EntityKind.VEHICLE, 1, 20, 0, 0, 0, 0, 0, 0);
        EntitySequences seq = EntitySequences.from(List.of(v0, b, v1), NetworkParameters.paper());
        assertThat(seq.entities()).containsExactly("b-0", "v-1");
        List<FeatureRow> rows = seq.rows("v-1");
        assertThat(rows.get(0).get(TwinFeature.BEST_BS_PATH_LOSS)).isEqualTo(FeatureExtractor.NO_CANDIDATE_PATH_LOSS_DB);
        assertThat(rows.get(1).get(TwinFeature.BEST_BS_PATH_LOSS)).isLessThan(FeatureExtractor.NO_CANDIDATE_PATH_LOSS_DB);
    }
}

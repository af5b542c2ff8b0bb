package io.vectwin.jobs.twin;

import static io.vectwin.jobs.twin.TelemetryHistoryTest.telemetry;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.env.EntityState;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeStatesTest {

    private final EntityTelemetry u0 = telemetry("u-0", EntityKind.UAV, 3, 300);
    private final EntityTelemetry b0 = telemetry("b-0", EntityKind.BASE_STATION, 3, 600);
    private final EntityTelemetry u1 = telemetry("u-1", EntityKind.UAV, 3, -300);

    @Test
    void theStatesAreTheReportsConvertedAndSortedById() {
        List<EntityState> states = new NodeStates().of(List.of(b0, u1, u0));
        // EntityId's order: by kind (UAVs before BSs), then index
        assertThat(states).containsExactly(AvroMapping.toEntityState(u0), AvroMapping.toEntityState(u1),
                AvroMapping.toEntityState(b0));
    }

    @Test
    void theSameReportsGiveTheSameListAndANewReportOnlyItsOwnNewState() {
        NodeStates nodes = new NodeStates();
        List<EntityState> first = nodes.of(List.of(u0, b0, u1));
        assertThat(nodes.of(new ArrayList<>(List.of(u0, b0, u1)))).isSameAs(first);

        EntityTelemetry u0Later = telemetry("u-0", EntityKind.UAV, 4, 320);
        List<EntityState> next = nodes.of(List.of(u0Later, b0, u1));
        assertThat(next).isNotSameAs(first);
        assertThat(next.get(1)).isSameAs(first.get(1)); // u-1: the same report, converted once
        assertThat(next.get(2)).isSameAs(first.get(2)); // b-0
        assertThat(next.get(0)).isEqualTo(AvroMapping.toEntityState(u0Later)).isNotEqualTo(first.get(0));
    }

    @Test
    void anEqualButDistinctReportIsConvertedAgainAndGivesAnEqualState() {
        NodeStates nodes = new NodeStates();
        List<EntityState> first = nodes.of(List.of(u0));
        EntityTelemetry copy = EntityTelemetry.newBuilder(u0).build();
        assertThat(nodes.of(List.of(copy))).isNotSameAs(first).isEqualTo(first);
    }
}

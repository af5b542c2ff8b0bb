package io.vectwin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.Box;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedEdgeNodesTest {

    private static final FeedNodeModel MODEL = new FeedNodeModel(Profile.PHYSICAL, 3, 4, 5L);
    private static final double CX = 12_000.0;
    private static final double CY = -3_500.0;
    private static final long ORIGIN = 1_700_000_000_000L;

    private static FeedEdgeNodes nodes(long seed) {
        return new FeedEdgeNodes(MODEL, CX, CY, ORIGIN, new SplittableRandom(seed));
    }

    private static List<FeedEdgeNodes.Slot> slots(FeedEdgeNodes nodes, int n) {
        List<FeedEdgeNodes.Slot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(nodes.next());
        }
        return out;
    }

    @Test
    void theScenarioBoxesAreCentredOnTheFeedAndKeepTheirHeights() {
        ScenarioGeometry g = NetworkParameters.forProfile(Profile.PHYSICAL).geometry();
        FeedEdgeNodes n = nodes(1);
        assertThat(n.baseStationBox()).isEqualTo(new Box(g.baseStationBox().minX() + CX, g.baseStationBox().maxX() + CX,
                g.baseStationBox().minY() + CY, g.baseStationBox().maxY() + CY, g.baseStationBox().minZ(),
                g.baseStationBox().maxZ()));
        assertThat(n.uavBox().centreX()).isEqualTo(CX);
        assertThat(n.uavBox().centreY()).isEqualTo(CY);
        assertThat(n.uavBox().minZ()).isEqualTo(g.uavBox().minZ());
        assertThat(n.count()).isEqualTo(7);
    }

    @Test
    void everyNodeReportsOncePerSlotOfTwentyMillisecondsFromTheOrigin() {
        FeedEdgeNodes n = nodes(1);
        assertThat(n.nextSlotMillis()).isEqualTo(ORIGIN);
        List<FeedEdgeNodes.Slot> slots = slots(n, 50);
        for (int i = 0; i < slots.size(); i++) {
            FeedEdgeNodes.Slot s = slots.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.feedTimeMillis()).isEqualTo(ORIGIN + 20L * i);
            assertThat(s.nodes()).extracting(e -> e.id().toString())
                    .containsExactly("u-0", "u-1", "u-2", "b-0", "b-1", "b-2", "b-3");
        }
        assertThat(n.nextSlotMillis()).isEqualTo(ORIGIN + 20L * 50);
    }

    @Test
    void nodesStayInTheirBoxesBaseStationsStandStillUavsFlyAtTheProfilesSpeeds() {
        ScenarioGeometry g = NetworkParameters.forProfile(Profile.PHYSICAL).geometry();
        FeedEdgeNodes n = nodes(2);
        List<FeedEdgeNodes.Slot> slots = slots(n, 3000); // 60 s: UAVs reach several waypoints
        List<EntityState> firstBaseStations = slots.get(0).nodes().stream()
                .filter(s -> s.id().kind() == EntityKind.BASE_STATION).toList();
        boolean uavsMoved = false;
        for (FeedEdgeNodes.Slot slot : slots) {
            for (EntityState s : slot.nodes()) {
                if (s.id().kind() == EntityKind.BASE_STATION) {
                    assertThat(n.baseStationBox().contains(s.motion().position())).isTrue();
                    assertThat(s.motion().horizontalSpeed()).isZero();
                } else {
                    assertThat(n.uavBox().contains(s.motion().position())).as(s.toString()).isTrue();
                    assertThat(s.motion().horizontalSpeed()).isBetween(g.uavSpeedMin(), g.uavSpeedMax());
                    uavsMoved |= !s.motion().position().equals(slots.get(0).nodes().get(s.id().index()).motion().position());
                }
            }
            assertThat(slot.nodes().stream().filter(s -> s.id().kind() == EntityKind.BASE_STATION)
                    .map(EntityState::motion).toList()).isEqualTo(firstBaseStations.stream().map(EntityState::motion).toList());
        }
        assertThat(uavsMoved).isTrue();
    }

    @Test
    void nodesReportTheProfilesCpuAndAnEmptyQueue() {
        NetworkParameters p = NetworkParameters.forProfile(Profile.PHYSICAL);
        for (FeedEdgeNodes.Slot slot : slots(nodes(3), 100)) {
            for (EntityState s : slot.nodes()) {
                assertThat(s.maxCpuHz()).isEqualTo(p.compute().maxCpuHz());
                assertThat(s.availableCpuHz()).isBetween(p.compute().minCpuHz(), p.compute().maxCpuHz());
                assertThat(s.queueLength()).isZero();
                assertThat(s.backlogCycles()).isZero();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameNodesAnotherSeedOthers() {
        List<FeedEdgeNodes.Slot> a = slots(nodes(9), 200);
        assertThat(slots(nodes(9), 200)).isEqualTo(a);
        assertThat(slots(nodes(10), 200)).isNotEqualTo(a);
    }

    @Test
    void aModelWithoutNodesIsRefused() {
        assertThatThrownBy(() -> new FeedNodeModel(Profile.PHYSICAL, 0, 0, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uavs + baseStations");
    }
}

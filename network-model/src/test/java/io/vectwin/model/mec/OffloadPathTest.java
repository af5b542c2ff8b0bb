package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.channel.LinkType;
import io.vectwin.model.geometry.EntityId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffloadPathTest {

    @Test
    void parsesAndPrintsTheSameForm() {
        OffloadPath path = OffloadPath.parse("b-0>u-3>u-1");
        assertThat(path.nodes()).containsExactly(EntityId.baseStation(0), EntityId.uav(3), EntityId.uav(1));
        assertThat(path.toString()).isEqualTo("b-0>u-3>u-1");
        assertThat(OffloadPath.parse(path.toString())).isEqualTo(path);
        assertThat(OffloadPath.parse(" u-2 > b-1 ").toString()).isEqualTo("u-2>b-1");
    }

    @Test
    void rolesOfTheNodes() {
        OffloadPath path = OffloadPath.parse("b-0>u-3>u-1");
        assertThat(path.firstHop()).isEqualTo(EntityId.baseStation(0));
        assertThat(path.processingNode()).isEqualTo(EntityId.uav(1));
        assertThat(path.forwardingHops()).isEqualTo(2);
        OffloadPath direct = OffloadPath.direct(EntityId.uav(4));
        assertThat(direct.firstHop()).isEqualTo(direct.processingNode()).isEqualTo(EntityId.uav(4));
        assertThat(direct.forwardingHops()).isZero();
        assertThat(direct.toString()).isEqualTo("u-4");
    }

    @Test
    void hopsFollowTableI() {
        List<Hop> hops = OffloadPath.parse("b-0>u-3>u-1>b-2").hops(EntityId.vehicle(7));
        assertThat(hops).extracting(Hop::type).containsExactly(LinkType.V2B, LinkType.B2U, LinkType.U2U, LinkType.U2B);
        assertThat(hops.get(0)).isEqualTo(new Hop(EntityId.vehicle(7), EntityId.baseStation(0), LinkType.V2B));
        assertThat(hops.get(3).from()).isEqualTo(EntityId.uav(1));
        assertThat(OffloadPath.direct(EntityId.uav(0)).hops(EntityId.vehicle(0))).extracting(Hop::type)
                .containsExactly(LinkType.V2U);
        assertThatThrownBy(() -> OffloadPath.direct(EntityId.uav(0)).hops(EntityId.uav(1))).hasMessageContaining("vehicle");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''              | empty",
        "b-0>b-1         | BS->BS",
        "u-1>b-0>b-2     | BS->BS",
        "u-1>b-0>u-1     | twice",
        "v-3             | BSs and UAVs",
        "u-1>v-0         | BSs and UAVs",
        "b-0>>u-1        | empty node",
        "b-0>u-1>        | empty node",
        "x-1             | unknown entity prefix",
        "u-one           | non-numeric",
    })
    void rejectsMalformedPaths(String text, String message) {
        assertThatThrownBy(() -> OffloadPath.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void copiesItsNodes() {
        List<EntityId> nodes = new ArrayList<>(List.of(EntityId.uav(0), EntityId.uav(1)));
        OffloadPath path = new OffloadPath(nodes);
        nodes.add(EntityId.uav(2));
        assertThat(path.nodes()).hasSize(2);
        assertThatThrownBy(() -> new OffloadPath(List.of())).hasMessageContaining("path.nodes");
    }

    @Test
    void hopTypeMustMatchItsEnds() {
        assertThatThrownBy(() -> new Hop(EntityId.vehicle(0), EntityId.uav(0), LinkType.V2B))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hop.type");
        assertThatThrownBy(() -> Hop.between(EntityId.baseStation(0), EntityId.baseStation(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

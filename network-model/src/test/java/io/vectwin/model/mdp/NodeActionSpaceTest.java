package io.vectwin.model.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.OffloadPath;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeActionSpaceTest {

    private final NodeActionSpace uav = new NodeActionSpace(EntityKind.UAV, 10, 4, 4);
    private final NodeActionSpace bs = new NodeActionSpace(EntityKind.BASE_STATION, 10, 4, 4);

    @Test
    void sizesFollowSectionSixsGeometry() {
        assertThat(uav.size()).isEqualTo(4 + 10 + 4);
        assertThat(bs.size()).isEqualTo(4 + 10);
    }

    @Test
    void processingIndicesAskForAShareOfTheMaximumFrequency() {
        assertThat(uav.processesHere(0)).isTrue();
        assertThat(uav.cpuFraction(0)).isEqualTo(0.25);
        assertThat(uav.cpuFraction(3)).isEqualTo(1.0);
        assertThat(uav.processIndex(2)).isEqualTo(2);
        assertThatThrownBy(() -> uav.cpuFraction(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forwardingIndicesNameUavsThenBaseStations() {
        assertThat(uav.target(4)).isEqualTo(EntityId.uav(0));
        assertThat(uav.target(13)).isEqualTo(EntityId.uav(9));
        assertThat(uav.target(14)).isEqualTo(EntityId.baseStation(0));
        assertThat(uav.target(17)).isEqualTo(EntityId.baseStation(3));
        assertThat(uav.forwardIndex(EntityId.baseStation(2))).isEqualTo(16);
        assertThat(bs.target(13)).isEqualTo(EntityId.uav(9));
        assertThatThrownBy(() -> bs.forwardIndex(EntityId.baseStation(1))).hasMessageContaining("BS->BS");
    }

    @Test
    void aUavMayNotForwardToItselfAndABsMayDoAnything() {
        boolean[] a = uav.allowed(EntityId.uav(3));
        assertThat(a[uav.forwardIndex(EntityId.uav(3))]).isFalse();
        int allowed = 0;
        for (boolean x : a) {
            allowed += x ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(uav.size() - 1);
        assertThat(bs.allowed(EntityId.baseStation(1))).containsOnly(true);
        assertThatThrownBy(() -> bs.allowed(EntityId.uav(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutForwardingHopsOnlyProcessingIsAllowed() {
        assertThat(uav.allowed(EntityId.uav(3), 1)).containsExactly(uav.allowed(EntityId.uav(3)));
        boolean[] none = bs.allowed(EntityId.baseStation(0), 0);
        assertThat(Arrays.copyOfRange(none, 0, 4)).containsOnly(true);
        assertThat(Arrays.copyOfRange(none, 4, 14)).containsOnly(false);
    }

    @Test
    void anIndexGivesTheSubtasksPath() {
        EntityId self = EntityId.uav(2);
        assertThat(uav.path(self, 3)).isEqualTo(OffloadPath.direct(self));
        assertThat(uav.path(self, 4 + 7)).isEqualTo(new OffloadPath(List.of(self, EntityId.uav(7))));
        assertThat(uav.path(self, 4 + 10 + 1)).isEqualTo(new OffloadPath(List.of(self, EntityId.baseStation(1))));
        assertThat(bs.path(EntityId.baseStation(3), 4 + 9))
                .isEqualTo(new OffloadPath(List.of(EntityId.baseStation(3), EntityId.uav(9))));
        assertThatThrownBy(() -> bs.path(EntityId.uav(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.vectwin.model.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import org.junit.jupiter.api.Test;

class VehicleActionSpaceTest {

    private static final NetworkParameters P = NetworkParameters.physical(); // B = 4, U = 10, P_max 0.19953 W
    private static final VehicleActionSpace SPACE = VehicleActionSpace.forParameters(P);
    private static final EntityId V = EntityId.vehicle(2);

    @Test
    void sizeIsNodesTimesLevels() {
        // (4 + 10) * 4
        assertThat(SPACE.size()).isEqualTo(56);
        assertThat(VehicleActionSpace.forParameters(P, 2).size()).isEqualTo(28);
    }

    @Test
    void layoutPutsBaseStationsFirstThenUavsWithPowerInnermost() {
        assertThat(SPACE.firstHop(0)).isEqualTo(EntityId.baseStation(0));
        assertThat(SPACE.powerLevel(0)).isZero();
        assertThat(SPACE.firstHop(3)).isEqualTo(EntityId.baseStation(0));
        assertThat(SPACE.powerLevel(3)).isEqualTo(3);
        assertThat(SPACE.firstHop(4)).isEqualTo(EntityId.baseStation(1));
        // slot B + 0 = 4 -> index 4 * 4 = 16
        assertThat(SPACE.firstHop(16)).isEqualTo(EntityId.uav(0));
        assertThat(SPACE.firstHop(55)).isEqualTo(EntityId.uav(9));
        assertThat(SPACE.powerLevel(55)).isEqualTo(3);
        assertThat(SPACE.index(EntityId.uav(3), 2)).isEqualTo((4 + 3) * 4 + 2);
    }

    @Test
    void powerLevelsAreFractionsOfPmax() {
        double pmax = P.radio().vehicleTxPowerW();
        assertThat(SPACE.txPowerW(0)).isCloseTo(0.25 * pmax, within(1e-15));
        assertThat(SPACE.txPowerW(3)).isCloseTo(pmax, within(1e-15));
        // 0.6 Pmax: level position 0.6*4 - 1 = 1.4 -> level 1 (0.5 Pmax)
        assertThat(SPACE.nearestPowerLevel(0.6 * pmax)).isEqualTo(1);
        // 0.625 W lies half-way between 0.5 and 0.75 W of a 1 W space: ties to the lower level
        assertThat(new VehicleActionSpace(4, 10, 4, 1.0).nearestPowerLevel(0.625)).isEqualTo(1);
        assertThat(SPACE.nearestPowerLevel(0.0)).isZero();
        assertThat(SPACE.nearestPowerLevel(5 * pmax)).isEqualTo(3);
    }

    @Test
    void everyIndexRoundTrips() {
        for (int i = 0; i < SPACE.size(); i++) {
            VehicleAction a = SPACE.decode(i, V, 0.4, 8e5);
            assertThat(a.path()).isEqualTo(OffloadPath.direct(SPACE.firstHop(i)));
            assertThat(SPACE.encode(a)).isEqualTo(i);
        }
    }

    @Test
    void badIndicesAndNodesAreRejected() {
        assertThatThrownBy(() -> SPACE.firstHop(56)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index");
        assertThatThrownBy(() -> SPACE.index(EntityId.uav(10), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstHop u-10");
        assertThatThrownBy(() -> SPACE.index(EntityId.vehicle(0), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstHop");
        assertThatThrownBy(() -> SPACE.index(EntityId.uav(0), 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("powerLevel");
        assertThatThrownBy(() -> new VehicleActionSpace(4, 10, 0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("powerLevels");
    }
}

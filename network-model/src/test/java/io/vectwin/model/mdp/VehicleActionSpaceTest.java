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
    void sizeIsNodesTimesPowerLevelsTimesSegmentLevels() {
        // (4 + 10) * 4 * 3
        assertThat(SPACE.size()).isEqualTo(168);
        assertThat(VehicleActionSpace.forParameters(P, 2, 1).size()).isEqualTo(28);
        assertThat(VehicleActionSpace.forParameters(P, 4, 1).size()).isEqualTo(56);
    }

    @Test
    void layoutPutsBaseStationsFirstThenUavsWithSegmentsInnermostThenPower() {
        assertThat(SPACE.firstHop(0)).isEqualTo(EntityId.baseStation(0));
        assertThat(SPACE.powerLevel(0)).isZero();
        assertThat(SPACE.segmentLevel(0)).isZero();
        assertThat(SPACE.segmentLevel(2)).isEqualTo(2);
        assertThat(SPACE.powerLevel(2)).isZero();
        // (0 * 4 + 3) * 3 + 2 = 11: b-0 at P_max, quarters
        assertThat(SPACE.firstHop(11)).isEqualTo(EntityId.baseStation(0));
        assertThat(SPACE.powerLevel(11)).isEqualTo(3);
        assertThat(SPACE.segmentLevel(11)).isEqualTo(2);
        assertThat(SPACE.firstHop(12)).isEqualTo(EntityId.baseStation(1));
        // slot B + 0 = 4 -> index 4 * 12 = 48
        assertThat(SPACE.firstHop(48)).isEqualTo(EntityId.uav(0));
        assertThat(SPACE.slot(48)).isEqualTo(4);
        assertThat(SPACE.firstHop(167)).isEqualTo(EntityId.uav(9));
        assertThat(SPACE.powerLevel(167)).isEqualTo(3);
        assertThat(SPACE.segmentLevel(167)).isEqualTo(2);
        // ((4 + 3) * 4 + 2) * 3 + 1 = 91
        assertThat(SPACE.index(EntityId.uav(3), 2, 1)).isEqualTo(91);
        assertThat(SPACE.index(EntityId.uav(3), 2)).isEqualTo(90);
    }

    @Test
    void withoutSegmentLevelsTheLayoutIsTheEarlierOne() {
        VehicleActionSpace unsegmented = VehicleActionSpace.forParameters(P, 4, 1);
        // (4 + 3) * 4 + 2 = 30, as models trained before the segment choice index it
        assertThat(unsegmented.index(EntityId.uav(3), 2)).isEqualTo(30);
        assertThat(unsegmented.firstHop(16)).isEqualTo(EntityId.uav(0));
        assertThat(unsegmented.choice(55)).isEqualTo(new VehicleChoice(EntityId.uav(9), P.radio().vehicleTxPowerW(), 1));
        assertThat(unsegmented.vectorLength()).isEqualTo(15);
    }

    @Test
    void segmentLevelsDoubleTheSegmentCount() {
        assertThat(SPACE.segmentsPerSubtask(0)).isEqualTo(1);
        assertThat(SPACE.segmentsPerSubtask(1)).isEqualTo(2);
        assertThat(SPACE.segmentsPerSubtask(2)).isEqualTo(4);
        assertThat(SPACE.segmentLevelOf(4)).hasValue(2);
        assertThat(SPACE.segmentLevelOf(3)).isEmpty();
        assertThat(SPACE.segmentLevelOf(8)).isEmpty();
        double pmax = P.radio().vehicleTxPowerW();
        assertThat(SPACE.choice(91)).isEqualTo(new VehicleChoice(EntityId.uav(3), 0.75 * pmax, 2));
    }

    @Test
    void aVectorActionReadsPowerFirstHopAndSegmentEntries() {
        double pmax = P.radio().vehicleTxPowerW();
        double[] v = new double[16]; // 1 power + 14 hops + 1 segment entry
        v[0] = 0.5;
        v[1 + 5] = 0.9; // slot 5 = u-1
        v[1 + 2] = 0.8;
        v[15] = 0.74; // 0.74 * (3 - 1) = 1.48 -> level 1, halves
        assertThat(SPACE.vectorLength()).isEqualTo(16);
        assertThat(SPACE.choice(v)).isEqualTo(new VehicleChoice(EntityId.uav(1), 0.5 * pmax, 2));
        v[15] = 0.75; // 1.5 -> level 2 (halves up), quarters
        v[0] = -3; // clipped to 0, then raised to the lowest level, P_max / 4
        assertThat(SPACE.choice(v)).isEqualTo(new VehicleChoice(EntityId.uav(1), 0.25 * pmax, 4));
        assertThatThrownBy(() -> SPACE.choice(new double[15])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 entries");
    }

    @Test
    void aModelsOutputCountPicksTheSpaceItWasTrainedOn() {
        assertThat(VehicleActionSpace.forModelOutputs(P, 168, false).segmentLevels()).isEqualTo(3);
        assertThat(VehicleActionSpace.forModelOutputs(P, 56, false).segmentLevels()).isEqualTo(1);
        assertThat(VehicleActionSpace.forModelOutputs(P, 16, true).segmentLevels()).isEqualTo(3);
        assertThat(VehicleActionSpace.forModelOutputs(P, 15, true).segmentLevels()).isEqualTo(1);
        assertThatThrownBy(() -> VehicleActionSpace.forModelOutputs(P, 57, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outputs 57 values").hasMessageContaining("168").hasMessageContaining("56");
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
            VehicleChoice c = SPACE.choice(i);
            assertThat(SPACE.index(c.firstHop(), SPACE.nearestPowerLevel(c.txPowerW()),
                    SPACE.segmentLevelOf(c.segmentsPerSubtask()).getAsInt())).isEqualTo(i);
            VehicleAction a = SPACE.decode(i, V, 0.4, 8e5);
            assertThat(a.path()).isEqualTo(OffloadPath.direct(SPACE.firstHop(i)));
            assertThat(SPACE.encode(a)).isEqualTo(SPACE.index(c.firstHop(), SPACE.powerLevel(i)));
        }
    }

    @Test
    void badIndicesAndNodesAreRejected() {
        assertThatThrownBy(() -> SPACE.firstHop(168)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index");
        assertThatThrownBy(() -> SPACE.index(EntityId.uav(10), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstHop u-10");
        assertThatThrownBy(() -> SPACE.index(EntityId.vehicle(0), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstHop");
        assertThatThrownBy(() -> SPACE.index(EntityId.uav(0), 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("powerLevel");
        assertThatThrownBy(() -> new VehicleActionSpace(4, 10, 0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("powerLevels");
        assertThatThrownBy(() -> SPACE.index(EntityId.uav(0), 0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segmentLevel");
        assertThatThrownBy(() -> new VehicleActionSpace(4, 10, 4, 1.0, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segmentLevels");
    }
}

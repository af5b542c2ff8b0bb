package io.vectwin.model.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StateEncodingTest {

    private static final double EPS = 1e-9;
    private static final NetworkParameters PHYSICAL = NetworkParameters.physical();
    private static final NetworkParameters PAPER = NetworkParameters.paper();
    private static final ScenarioGeometry G = PHYSICAL.geometry(); // B = 4, U = 10

    @Test
    void vehicleFeatureNamesFollowEq57() {
        List<String> names = VehicleState.featureNames(G);
        assertThat(names).hasSize(8 + 2 * 4 + 2 * 10);
        assertThat(names.subList(0, 8))
                .containsExactly("x", "y", "z", "speed", "vspeed", "cos_heading", "sin_heading", "slope");
        assertThat(names.get(8)).isEqualTo("gain_b0");
        assertThat(names.get(12)).isEqualTo("gain_u0");
        assertThat(names.get(22)).isEqualTo("pl_b0");
        assertThat(names.get(35)).isEqualTo("pl_u9");
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void uavAndBsFeatureNames() {
        List<String> uav = UavState.featureNames(G);
        assertThat(uav).hasSize(11 + 2 * 4 + 2 * 10).doesNotHaveDuplicates();
        assertThat(uav.subList(uav.size() - 3, uav.size())).containsExactly("data", "cycles_per_bit", "cpu_max");
        List<String> bs = BsState.featureNames(G);
        assertThat(bs).hasSize(6 + 3 * BsState.DEFAULT_VEHICLE_SLOTS + 2 * 10).doesNotHaveDuplicates();
        assertThat(bs.subList(0, 4)).containsExactly("x", "y", "z", "present_vrank0");
        assertThat(BsState.featureNames(G, 2)).containsExactly("x", "y", "z", "present_vrank0", "present_vrank1",
                "gain_vrank0", "gain_vrank1", "gain_u0", "gain_u1", "gain_u2", "gain_u3", "gain_u4", "gain_u5",
                "gain_u6", "gain_u7", "gain_u8", "gain_u9", "pl_vrank0", "pl_vrank1", "pl_u0", "pl_u1", "pl_u2",
                "pl_u3", "pl_u4", "pl_u5", "pl_u6", "pl_u7", "pl_u8", "pl_u9", "data", "cycles_per_bit", "cpu_max");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void typicalStatesHaveTheAnnouncedLengthAndLieWithinBounds(Profile profile) {
        NetworkParameters p = NetworkParameters.forProfile(profile);
        assertEncoding(TypicalStates.vehicle(p).encode(p), VehicleState.featureNames(p.geometry()));
        assertEncoding(TypicalStates.uav(p).encode(p), UavState.featureNames(p.geometry()));
        assertEncoding(TypicalStates.baseStation(p).encode(p), BsState.featureNames(p.geometry()));
    }

    private static void assertEncoding(double[] encoded, List<String> names) {
        assertThat(encoded).hasSize(names.size());
        for (int i = 0; i < encoded.length; i++) {
            assertThat(encoded[i]).as(names.get(i)).isBetween(-1.5, 1.5);
        }
    }

    @Test
    void vehicleEncodingMatchesHandComputedFeatures() {
        double[] e = TypicalStates.vehicle(PHYSICAL).encode(PHYSICAL);
        List<String> names = VehicleState.featureNames(G);
        // vehicle box [-1250, 1250]^2 x [0, 20]: 300/1250, -200/1250, (5 - 10)/10
        assertThat(e[0]).isCloseTo(0.24, within(EPS));
        assertThat(e[1]).isCloseTo(-0.16, within(EPS));
        assertThat(e[2]).isCloseTo(-0.5, within(EPS));
        // 15/20, 1/20, cos 2.5, sin 2.5, 0.05 / radians(10)
        assertThat(e[3]).isCloseTo(0.75, within(EPS));
        assertThat(e[4]).isCloseTo(0.05, within(EPS));
        assertThat(e[5]).isCloseTo(-0.8011436155469337, within(EPS));
        assertThat(e[6]).isCloseTo(0.5984721441039565, within(EPS));
        assertThat(e[7]).isCloseTo(0.2864788975654116, within(EPS));
        // (148.5 - 114.60017407769185) / 51.27704100463767
        assertThat(e[names.indexOf("pl_b2")]).isCloseTo(0.6611111963196578, within(EPS));
        // gain_b1 = -121.2 + 6 - 10 = -125.2 dB: (-125.2 + 114.60017407769185) / 51.27704100463767
        assertThat(e[names.indexOf("gain_b1")]).isCloseTo(-0.2067168018012091, within(EPS));
    }

    @Test
    void headingIsContinuousAcrossTwoPi() {
        VehicleState a = withHeading(0.01);
        VehicleState b = withHeading(2 * Math.PI - 0.01);
        double[] ea = a.encode(PHYSICAL);
        double[] eb = b.encode(PHYSICAL);
        // cos 0.01 = 0.99995, sin(±0.01) = ±0.0099998: neighbours, not opposite ends
        assertThat(Math.abs(ea[5] - eb[5])).isLessThan(1e-12);
        assertThat(Math.abs(ea[6] - eb[6])).isCloseTo(0.02, within(1e-5));
    }

    private static VehicleState withHeading(double heading) {
        VehicleState s = TypicalStates.vehicle(PHYSICAL);
        return new VehicleState(s.id(), s.position(), s.horizontalSpeed(), s.verticalSpeed(), heading, s.slope(),
                s.bsChannelGainDb(), s.uavChannelGainDb(), s.bsPathLossDb(), s.uavPathLossDb());
    }

    @Test
    void uavEncodingWritesItsOwnSlotAsTheAbsentLink() {
        List<String> names = UavState.featureNames(G);
        double[] physical = TypicalStates.uav(PHYSICAL).encode(PHYSICAL);
        assertThat(physical[names.indexOf("gain_u3")]).isEqualTo(-1.0);
        assertThat(physical[names.indexOf("pl_u3")]).isEqualTo(1.0);
        double[] paper = TypicalStates.uav(PAPER).encode(PAPER);
        assertThat(paper[names.indexOf("gain_u3")]).isEqualTo(-1.0);
        assertThat(paper[names.indexOf("pl_u3")]).isEqualTo(-1.0);
        // uav box [-1500, 1500]^2 x [30, 75]: -600/1500, 900/1500, (60 - 52.5)/22.5; 30/50, -2/50
        assertThat(physical[0]).isCloseTo(-0.4, within(EPS));
        assertThat(physical[1]).isCloseTo(0.6, within(EPS));
        assertThat(physical[2]).isCloseTo(1.0 / 3.0, within(EPS));
        assertThat(physical[3]).isCloseTo(0.6, within(EPS));
        assertThat(physical[4]).isCloseTo(-0.04, within(EPS));
        // 3.2e6 / 8e6, 41.25 / 41.25, 7.5e9 / 1e10
        assertThat(physical[names.indexOf("data")]).isCloseTo(0.4, within(EPS));
        assertThat(physical[names.indexOf("cycles_per_bit")]).isCloseTo(1.0, within(EPS));
        assertThat(physical[names.indexOf("cpu_max")]).isCloseTo(0.75, within(EPS));
    }

    @Test
    void bsKeepsTheStrongestVehiclesAndPadsTheRest() {
        List<String> names = BsState.featureNames(G);
        double[] e = TypicalStates.baseStation(PHYSICAL).encode(PHYSICAL);
        // gains -119.2, -81.8, -159.2, -152.5, -123.0 -> ranks: v[1], v[0], v[4], v[3], v[2]
        assertThat(slots(e, names, "present_vrank", 8)).containsExactly(1, 1, 1, 1, 1, 0, 0, 0);
        // path losses of the ranked vehicles: 90.8, 121.2, 130.0 -> (PL - 114.600174) / 51.277041
        assertThat(e[names.indexOf("pl_vrank0")]).isCloseTo(-0.4641487420371874, within(EPS));
        assertThat(e[names.indexOf("pl_vrank1")]).isCloseTo(0.12870918042465138, within(EPS));
        assertThat(e[names.indexOf("pl_vrank2")]).isCloseTo(0.3003259474530783, within(EPS));
        assertThat(e[names.indexOf("gain_vrank5")]).isEqualTo(-1.0);
        assertThat(e[names.indexOf("pl_vrank5")]).isEqualTo(1.0);

        double[] paper = TypicalStates.baseStation(PAPER).encode(PAPER);
        // paper gains = +PL + 6 + fading: 148.6, 129.3, 176.2, 160.2, 157.0 -> strongest v[2] (PL 170.2)
        // (170.2 - 134.1763880962931) / 51.27704100463766
        assertThat(paper[names.indexOf("pl_vrank0")]).isCloseTo(0.7025290695001063, within(EPS));
        assertThat(paper[names.indexOf("pl_vrank1")]).isCloseTo(0.5855176374352696, within(EPS));
        assertThat(paper[names.indexOf("pl_vrank5")]).isEqualTo(-1.0);
    }

    @Test
    void bsLengthDoesNotDependOnTheNumberOfVehicles() {
        BsState none = bsWithVehicles(new double[0]);
        BsState many = bsWithVehicles(new double[] {-100, -90, -130, -80, -120, -110, -95, -140, -85, -105, -99});
        assertThat(none.encode(PHYSICAL)).hasSize(BsState.featureNames(G).size());
        assertThat(many.encode(PHYSICAL)).hasSize(BsState.featureNames(G).size());
        assertThat(many.encode(PHYSICAL, 3)).hasSize(BsState.featureNames(G, 3).size());
        // strongest three of eleven: -80 (index 3), -85 (index 8), -90 (index 1)
        assertThat(many.strongestVehicles(3)).containsExactly(3, 8, 1);
    }

    private static BsState bsWithVehicles(double[] gains) {
        double[] pathLoss = new double[gains.length];
        for (int i = 0; i < gains.length; i++) {
            pathLoss[i] = -gains[i];
        }
        BsState s = TypicalStates.baseStation(PHYSICAL);
        return new BsState(s.id(), s.position(), gains, s.uavChannelGainDb(), pathLoss, s.uavPathLossDb(),
                0, 0, 1e10);
    }

    private static int[] slots(double[] e, List<String> names, String prefix, int n) {
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = (int) e[names.indexOf(prefix + k)];
        }
        return out;
    }

    @Test
    void infiniteDecibelsStillEncodeFinitely() {
        VehicleState s = TypicalStates.vehicle(PHYSICAL);
        double[] gains = s.bsChannelGainDb();
        double[] losses = s.bsPathLossDb();
        gains[0] = Double.NEGATIVE_INFINITY;
        losses[0] = Double.POSITIVE_INFINITY;
        VehicleState blocked = new VehicleState(s.id(), s.position(), 0, 0, 0, 0, gains, s.uavChannelGainDb(),
                losses, s.uavPathLossDb());
        double[] e = blocked.encode(PHYSICAL);
        assertThat(java.util.Arrays.stream(e).allMatch(Double::isFinite)).isTrue();
        assertThat(e[8]).isEqualTo(-FeatureScaling.CLIP);
    }

    @Test
    void arraysAreCopiedInAndOutAndCompareByContent() {
        double[] gains = {-100, -110, -120, -130};
        double[] losses = {100, 110, 120, 130};
        double[] uavGains = new double[10];
        double[] uavLosses = new double[10];
        VehicleState a = new VehicleState(EntityId.vehicle(1), new Position(0, 0, 0), 1, 0, 0, 0,
                gains, uavGains, losses, uavLosses);
        VehicleState b = new VehicleState(EntityId.vehicle(1), new Position(0, 0, 0), 1, 0, 0, 0,
                gains.clone(), uavGains.clone(), losses.clone(), uavLosses.clone());
        gains[0] = 0;
        a.bsChannelGainDb()[1] = 0;
        assertThat(a.bsChannelGainDb()).containsExactly(-100, -110, -120, -130);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).contains("[-100.0, -110.0, -120.0, -130.0]");
        VehicleState c = new VehicleState(EntityId.vehicle(1), new Position(0, 0, 0), 1, 0, 0, 0,
                new double[] {-100, -110, -120, -131}, uavGains, losses, uavLosses);
        assertThat(a).isNotEqualTo(c);

        BsState bs = TypicalStates.baseStation(PHYSICAL);
        assertThat(bs).isEqualTo(TypicalStates.baseStation(PHYSICAL))
                .hasSameHashCodeAs(TypicalStates.baseStation(PHYSICAL));
        UavState uav = TypicalStates.uav(PHYSICAL);
        assertThat(uav).isEqualTo(TypicalStates.uav(PHYSICAL)).hasSameHashCodeAs(TypicalStates.uav(PHYSICAL));
        double[] leaked = uav.uavPathLossDb();
        leaked[0] = 0;
        assertThat(uav).isEqualTo(TypicalStates.uav(PHYSICAL));
    }

    @Test
    void invalidStatesAreRejectedNamingTheField() {
        VehicleState s = TypicalStates.vehicle(PHYSICAL);
        assertThatThrownBy(() -> new VehicleState(EntityId.uav(1), s.position(), 1, 0, 0, 0,
                s.bsChannelGainDb(), s.uavChannelGainDb(), s.bsPathLossDb(), s.uavPathLossDb()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new VehicleState(s.id(), s.position(), -1, 0, 0, 0,
                s.bsChannelGainDb(), s.uavChannelGainDb(), s.bsPathLossDb(), s.uavPathLossDb()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizontalSpeed");
        assertThatThrownBy(() -> new VehicleState(s.id(), s.position(), 1, 0, 0, 0,
                new double[] {1, Double.NaN, 3, 4}, s.uavChannelGainDb(), s.bsPathLossDb(), s.uavPathLossDb()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bsChannelGainDb[1]");
        assertThatThrownBy(() -> new VehicleState(s.id(), s.position(), 1, 0, 0, 0,
                new double[] {1, 2, 3}, s.uavChannelGainDb(), s.bsPathLossDb(), s.uavPathLossDb()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bsChannelGainDb");
        VehicleState twoBs = new VehicleState(s.id(), s.position(), 1, 0, 0, 0,
                new double[] {1, 2}, s.uavChannelGainDb(), new double[] {1, 2}, s.uavPathLossDb());
        assertThatThrownBy(() -> twoBs.encode(PHYSICAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bsChannelGainDb has 2 entries");
        UavState u = TypicalStates.uav(PHYSICAL);
        assertThatThrownBy(() -> new UavState(EntityId.uav(12), u.position(), 1, 0, 0, 0, u.bsChannelGainDb(),
                u.uavChannelGainDb(), u.bsPathLossDb(), u.uavPathLossDb(), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uavChannelGainDb");
        assertThatThrownBy(() -> new UavState(u.id(), u.position(), 1, 0, 0, 0, u.bsChannelGainDb(),
                u.uavChannelGainDb(), u.bsPathLossDb(), u.uavPathLossDb(), -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pendingDataBits");
        BsState b = TypicalStates.baseStation(PHYSICAL);
        assertThatThrownBy(() -> new BsState(b.id(), b.position(), b.vehicleChannelGainDb(), b.uavChannelGainDb(),
                new double[] {1}, b.uavPathLossDb(), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vehiclePathLossDb");
        assertThatThrownBy(() -> new BsState(b.id(), b.position(), b.vehicleChannelGainDb(), b.uavChannelGainDb(),
                b.vehiclePathLossDb(), b.uavPathLossDb(), 0, 0, -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCpuHz");
    }
}

package io.vectwin.model.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionEncodingTest {

    private static final double EPS = 1e-12;
    private static final NetworkParameters P = NetworkParameters.physical(); // B = 4, U = 10
    private static final ScenarioGeometry G = P.geometry();
    private static final EntityId V = EntityId.vehicle(5);
    private static final EntityId U3 = EntityId.uav(3);
    private static final EntityId B1 = EntityId.baseStation(1);

    @Test
    void vehicleActionEncodingFollowsEq58() {
        double pmax = P.radio().vehicleTxPowerW();
        VehicleAction a = new VehicleAction(V, 0.5 * pmax, OffloadPath.parse("u-2>b-0"), 0.35, 2e6);
        double[] e = a.encode(P);
        assertThat(e).hasSize(VehicleAction.encodingLength(G)).hasSize(3 + 4 + 10);
        assertThat(VehicleAction.featureNames(G)).hasSize(e.length);
        assertThat(e[0]).isCloseTo(0.5, within(EPS));
        // one-hot over b0..b3, u0..u9: u-2 is slot 4 + 2 = 6, entry 1 + 6 = 7
        for (int i = 1; i <= 14; i++) {
            assertThat(e[i]).as("hop entry %d", i).isEqualTo(i == 7 ? 1.0 : 0.0);
        }
        assertThat(e[15]).isEqualTo(0.35);
        // 2e6 bits / 8e6 bits
        assertThat(e[16]).isCloseTo(0.25, within(EPS));
        assertThat(a.firstHop()).isEqualTo(EntityId.uav(2));
    }

    @Test
    void vehicleVectorRoundTrips() {
        VehicleAction a = new VehicleAction(V, 0.1, OffloadPath.direct(B1), 0.8, 4e5);
        VehicleAction back = VehicleAction.decode(a.encode(P), V, P);
        assertThat(back.path()).isEqualTo(a.path());
        assertThat(back.txPowerW()).isCloseTo(a.txPowerW(), within(EPS));
        assertThat(back.priority()).isEqualTo(a.priority());
        assertThat(back.dataBits()).isCloseTo(a.dataBits(), within(1e-6));
    }

    @Test
    void vehicleDecodeTakesTheLargestHopAndClipsFractions() {
        double[] v = new double[17];
        v[0] = 1.7;
        v[1 + 4 + 9] = 0.9; // u-9
        v[1 + 1] = 0.3;     // b-1
        v[15] = -0.2;
        v[16] = 0.5;
        VehicleAction a = VehicleAction.decode(v, V, P);
        assertThat(a.firstHop()).isEqualTo(EntityId.uav(9));
        assertThat(a.txPowerW()).isEqualTo(P.radio().vehicleTxPowerW());
        assertThat(a.priority()).isZero();
        assertThat(a.dataBits()).isCloseTo(4e6, within(1e-6));
        assertThatThrownBy(() -> VehicleAction.decode(new double[16], V, P))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vector must have 17 entries");
        double[] nan = v.clone();
        nan[3] = Double.NaN;
        assertThatThrownBy(() -> VehicleAction.decode(nan, V, P))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vector[3]");
    }

    @Test
    void invalidVehicleActionsAreRejected() {
        OffloadPath path = OffloadPath.direct(B1);
        assertThatThrownBy(() -> new VehicleAction(U3, 0.1, path, 0.5, 1e5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vehicle");
        assertThatThrownBy(() -> new VehicleAction(V, -0.1, path, 0.5, 1e5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txPowerW");
        assertThatThrownBy(() -> new VehicleAction(V, 0.1, null, 0.5, 1e5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
        assertThatThrownBy(() -> new VehicleAction(V, 0.1, path, 1.5, 1e5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority");
        assertThatThrownBy(() -> new VehicleAction(V, 0.1, path, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataBits");
        VehicleAction farBs = new VehicleAction(V, 0.1, OffloadPath.direct(EntityId.baseStation(7)), 0.5, 1e5);
        assertThatThrownBy(() -> farBs.encode(P))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path.firstHop b-7");
    }

    @Test
    void uavActionEncodingFollowsEq60() {
        UavAction forward = UavAction.forward(U3, 0.05, 5e9, B1);
        double[] e = forward.encode(P);
        assertThat(e).hasSize(UavAction.encodingLength(G)).hasSize(3 + 10 + 4);
        assertThat(UavAction.featureNames(G)).hasSize(e.length);
        // 0.05 W / 0.19952623 W (23 dBm) = 0.25059..., 5e9 / 1e10
        assertThat(e[0]).isCloseTo(0.05 / 0.19952623149688797, within(1e-9));
        assertThat(e[1]).isCloseTo(0.5, within(EPS));
        assertThat(e[2]).isZero();
        // fwd_u0..u9 all 0, fwd_b1 (entry 3 + 10 + 1 = 14) is 1
        for (int i = 3; i < 17; i++) {
            assertThat(e[i]).as("forward entry %d", i).isEqualTo(i == 14 ? 1.0 : 0.0);
        }
        double[] local = UavAction.processHere(U3, 0.1, 8e9).encode(P);
        assertThat(local[2]).isEqualTo(1.0);
        assertThat(local).containsOnly(local[0], 0.8, 1.0, 0.0);
    }

    @Test
    void uavVectorRoundTrips() {
        for (UavAction a : new UavAction[] {
                UavAction.processHere(U3, 0.1, 8e9),
                UavAction.forward(U3, 0.15, 0.0, EntityId.uav(9)),
                UavAction.forward(U3, 0.0, 3e9, EntityId.baseStation(3))}) {
            UavAction back = UavAction.decode(a.encode(P), U3, P);
            assertThat(back.processLocally()).isEqualTo(a.processLocally());
            assertThat(back.forwardTo()).isEqualTo(a.forwardTo());
            assertThat(back.txPowerW()).isCloseTo(a.txPowerW(), within(EPS));
            assertThat(back.cpuHz()).isCloseTo(a.cpuHz(), within(1e-3));
        }
    }

    @Test
    void uavDecodeNeverForwardsToItselfAndRespectsCpuFloor() {
        double[] v = new double[17];
        v[3 + 3] = 5.0; // own slot u-3, the largest entry
        v[3 + 10 + 2] = 1.0; // b-2
        assertThat(UavAction.decode(v, U3, P).forwardTo()).contains(EntityId.baseStation(2));
        double[] local = new double[17];
        local[2] = 0.9;
        local[1] = 0.0; // asks for 0 Hz: clipped to f_min = 1 GHz (C7)
        assertThat(UavAction.decode(local, U3, P).cpuHz()).isEqualTo(P.compute().minCpuHz());
    }

    @Test
    void invalidUavActionsAreRejected() {
        assertThatThrownBy(() -> new UavAction(U3, 0.1, 1e9, true, Optional.of(B1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardTo must be empty");
        assertThatThrownBy(() -> new UavAction(U3, 0.1, 1e9, false, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardTo is required");
        assertThatThrownBy(() -> UavAction.forward(U3, 0.1, 1e9, U3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardTo must differ");
        assertThatThrownBy(() -> UavAction.forward(U3, 0.1, 1e9, V))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardTo must be a UAV or BS");
        assertThatThrownBy(() -> UavAction.processHere(B1, 0.1, 1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uav");
        assertThatThrownBy(() -> UavAction.processHere(U3, 0.1, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpuHz");
        assertThatThrownBy(() -> UavAction.processHere(U3, Double.NaN, 1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txPowerW");
        assertThatThrownBy(() -> new UavAction(U3, 0.1, 1e9, true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardTo");
    }

    @Test
    void bsActionEncodingFollowsEq62AndRoundTrips() {
        BsAction forward = BsAction.forward(B1, 4.0, EntityId.uav(7), 2e9);
        double[] e = forward.encode(P);
        assertThat(e).hasSize(BsAction.encodingLength(G)).hasSize(3 + 10);
        assertThat(BsAction.featureNames(G)).hasSize(e.length);
        // 4 W / 39.81 W (46 dBm)
        assertThat(e[0]).isCloseTo(4.0 / 39.810717055349734, within(1e-9));
        assertThat(e[1]).isZero();
        assertThat(e[2 + 7]).isEqualTo(1.0);
        assertThat(e[12]).isCloseTo(0.2, within(EPS));
        for (BsAction a : new BsAction[] {forward, BsAction.processHere(B1, 10.0, 1e10)}) {
            BsAction back = BsAction.decode(a.encode(P), B1, P);
            assertThat(back.processLocally()).isEqualTo(a.processLocally());
            assertThat(back.forwardToUav()).isEqualTo(a.forwardToUav());
            assertThat(back.txPowerW()).isCloseTo(a.txPowerW(), within(1e-9));
            assertThat(back.cpuHz()).isCloseTo(a.cpuHz(), within(1e-3));
        }
    }

    @Test
    void invalidBsActionsAreRejected() {
        assertThatThrownBy(() -> BsAction.forward(B1, 1.0, EntityId.baseStation(2), 1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardToUav must be a UAV");
        assertThatThrownBy(() -> new BsAction(B1, 1.0, true, Optional.of(U3), 1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardToUav must be empty");
        assertThatThrownBy(() -> new BsAction(B1, 1.0, false, Optional.empty(), 1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardToUav is required");
        assertThatThrownBy(() -> BsAction.processHere(U3, 1.0, 1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bs");
        assertThatThrownBy(() -> BsAction.processHere(B1, -1.0, 1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txPowerW");
        BsAction toMissingUav = BsAction.forward(B1, 1.0, EntityId.uav(12), 1e9);
        assertThatThrownBy(() -> toMissingUav.encode(P))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forwardToUav u-12");
    }
}

package io.vectwin.model.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.params.ComputeParameters;
import io.vectwin.model.params.NetworkParameters;
import org.junit.jupiter.api.Test;

/**
 * Default weights (RewardWeights.defaults()): ω_L 0.5, ω_E 0.2, ω_Q 0.3; ζ_TF 0.7, ζ_E 0.3;
 * α_η 0.5, α_L 0.3, α_LB 0.2; β_TD 0.4, β_RU 0.4, β_QL 0.2; ζ_TP 0.7. Scales: ϱ = 10 ms,
 * E_max^v = 0.5 J, E_max^z = 33.2 J, Q_min = 60, Q_max = 700.
 */
class RewardTest {

    private static final double EPS = 1e-12;
    private static final NetworkParameters P = NetworkParameters.physical();
    private static final RewardScale SCALE = RewardScale.forParameters(P);

    @Test
    void scaleNormalisesEachTerm() {
        // 5 ms / 10 ms; 0.1 J / 0.5 J; 16.6 J / 33.2 J
        assertThat(SCALE.latency(0.005)).isCloseTo(0.5, within(EPS));
        assertThat(SCALE.energy(EntityKind.VEHICLE, 0.1)).isCloseTo(0.2, within(EPS));
        assertThat(SCALE.energy(EntityKind.UAV, 16.6)).isCloseTo(0.5, within(EPS));
        // Q = 0.7/0.005 - 0.3*0.1 = 139.97; Q93 = 100*(139.97-60)/640 + 60 = 72.4953125; /100
        assertThat(SCALE.qos(139.97)).isCloseTo(0.724953125, within(EPS));
        // eq. (93) fixes Q_min: q_min = 60/100
        assertThat(SCALE.qos(60.0)).isCloseTo(SCALE.qosThreshold(), within(EPS));
        assertThat(SCALE.qosThreshold()).isEqualTo(0.6);
    }

    @Test
    void vehicleRewardEq64() {
        VehicleReward r = VehicleReward.forParameters(P);
        double qos = QualityOfService.raw(0.005, 0.1, P.qos()); // 139.97
        // -0.5*0.5 - 0.2*0.2 + 0.3*0.724953125 = -0.25 - 0.04 + 0.2174859375 = -0.0725140625
        assertThat(r.value(0.005, 0.1, qos)).isCloseTo(-0.0725140625, within(EPS));
        // L = 25 ms, E = 0.75 J: Q = 28 - 0.225 = 27.775, q = (100*(27.775-60)/640 + 60)/100 = 0.5496484375
        // -0.5*2.5 - 0.2*1.5 + 0.3*0.5496484375 = -1.38510546875
        assertThat(r.value(new AgentOutcome(EntityKind.VEHICLE, 0.025, 0.75, 27.775)))
                .isCloseTo(-1.38510546875, within(EPS));
        assertThatThrownBy(() -> r.value(new AgentOutcome(EntityKind.UAV, 0.025, 0.75, 27.775)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcome.agent");
    }

    @Test
    void uavRewardEq65To67() {
        UavReward r = UavReward.forParameters(P);
        UavRewardInputs in = new UavRewardInputs(0.9, 0.008, 0.8, 0.6, 0.25, 16.6);
        // LB = 0.4*0.8 + 0.4*0.6 - 0.2*0.25 = 0.51
        assertThat(r.loadBalance(in)).isCloseTo(0.51, within(EPS));
        // TF = 0.5*0.9 - 0.3*0.8 + 0.2*0.51 = 0.312
        assertThat(r.taskForwarding(in)).isCloseTo(0.312, within(EPS));
        // R_U = 0.7*0.312 - 0.3*(16.6/33.2) = 0.2184 - 0.15 = 0.0684
        assertThat(r.value(in)).isCloseTo(0.0684, within(EPS));
    }

    @Test
    void bsRewardEq68WithOurTp() {
        BsReward r = BsReward.forParameters(P);
        BsRewardInputs in = new BsRewardInputs(0.95, 0.004, 3.32);
        // TP = 0.5*0.95 - 0.3*0.4 = 0.355; R_B = 0.7*0.355 - 0.3*0.1 = 0.2185
        assertThat(r.taskProcessing(in)).isCloseTo(0.355, within(EPS));
        assertThat(r.value(in)).isCloseTo(0.2185, within(EPS));
    }

    @Test
    void closedLinksGiveTheWorstFiniteRewards() {
        double inf = Double.POSITIVE_INFINITY;
        double closedQos = QualityOfService.raw(inf, inf, P.qos()); // -inf
        double vehicle = VehicleReward.forParameters(P).value(inf, inf, closedQos);
        // -0.5*10 - 0.2*10 + 0.3*(-10) = -10
        assertThat(vehicle).isFinite().isCloseTo(-10.0, within(EPS));
        // no input does worse: every term sits at its cap (1 s, 100 J and Q = -1e6 are capped too) ...
        assertThat(vehicle).isLessThanOrEqualTo(VehicleReward.forParameters(P).value(1.0, 100.0, -1e6));
        // ... and a bad link that still closes does strictly better: -0.5*5 - 0.2*2 + 0.3*q(-10)
        assertThat(vehicle).isLessThan(VehicleReward.forParameters(P).value(0.05, 1.0, -10.0));

        double uav = UavReward.forParameters(P).value(new UavRewardInputs(0, inf, 0, 0, 1, inf));
        // LB = -0.2; TF = -0.3*10 + 0.2*(-0.2) = -3.04; R_U = 0.7*(-3.04) - 0.3*10 = -5.128
        assertThat(uav).isFinite().isCloseTo(-5.128, within(EPS));

        double bs = BsReward.forParameters(P).value(new BsRewardInputs(0, inf, inf));
        // TP = -3; R_B = 0.7*(-3) - 0.3*10 = -5.1
        assertThat(bs).isFinite().isCloseTo(-5.1, within(EPS));

        IncentivePenalty ip = IncentivePenalty.forParameters(P);
        AgentOutcome closed = new AgentOutcome(EntityKind.VEHICLE, inf, inf, closedQos);
        AdjustedReward adj = AdjustedReward.of(vehicle, closed, ip);
        // P = 0.5*9 + 0.2*9 + 0.2*(0.6 + 10) = 8.42; R_adj = -10 - 8.42
        assertThat(adj.penalty()).isCloseTo(8.42, within(EPS));
        assertThat(adj.adjusted()).isFinite().isCloseTo(-18.42, within(EPS));
    }

    @Test
    void finiteButHugeInputsAreCapped() {
        VehicleReward r = VehicleReward.forParameters(P);
        // L = 1 s -> L~ = 100 capped to 10; E = 1e9 J capped; Q = 1e12 -> q capped to +10
        assertThat(r.value(1.0, 1e9, 1e12)).isCloseTo(-0.5 * 10 - 0.2 * 10 + 0.3 * 10, within(EPS));
        assertThat(r.value(0.0, 0.0, -1e300)).isCloseTo(0.3 * -10, within(EPS));
    }

    @Test
    void invalidRewardInputsAreRejected() {
        assertThatThrownBy(() -> SCALE.latency(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latencyS");
        assertThatThrownBy(() -> SCALE.energy(EntityKind.BASE_STATION, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("energyJ");
        assertThatThrownBy(() -> new UavRewardInputs(1.2, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forwardSuccessRate");
        assertThatThrownBy(() -> new UavRewardInputs(1, 0, 0, 0, 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queueLength");
        assertThatThrownBy(() -> new BsRewardInputs(-0.1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("processingSuccessRate");
        assertThatThrownBy(() -> new AgentOutcome(EntityKind.UAV, 0.01, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qos");
    }

    @Test
    void loadBalanceHelpers() {
        // Jain: (1+1+2)^2 / (3*(1+1+4)) = 16/18
        assertThat(UavRewardInputs.taskDistribution(1, 1, 2)).isCloseTo(16.0 / 18.0, within(EPS));
        assertThat(UavRewardInputs.taskDistribution(0, 0, 0)).isEqualTo(1.0);
        assertThat(UavRewardInputs.taskDistribution(5, 0, 0, 0)).isCloseTo(0.25, within(EPS));
        assertThat(UavRewardInputs.resourceUtilisation(3e8, 2e8)).isEqualTo(1.0);
        assertThat(UavRewardInputs.resourceUtilisation(5e7, 2e8)).isCloseTo(0.25, within(EPS));
        // 1.35e8 / 2.7e8
        assertThat(UavRewardInputs.queueLength(1.35e8, ComputeParameters.tableII())).isCloseTo(0.5, within(EPS));
        assertThat(UavRewardInputs.queueLength(1e10, ComputeParameters.tableII())).isEqualTo(1.0);
    }
}

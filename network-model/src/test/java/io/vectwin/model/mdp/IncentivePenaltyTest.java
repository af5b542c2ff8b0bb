package io.vectwin.model.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import org.junit.jupiter.api.Test;

/**
 * Default weights: ω_lat 0.5, ω_ene 0.2, ω_qos 0.2; λ_lat 0.5, λ_ene 0.2, λ_qos 0.2.
 * ϱ = 10 ms, E_max^v = 0.5 J, E_max^z = 33.2 J, q_min = 0.6.
 */
class IncentivePenaltyTest {

    private static final double EPS = 1e-12;
    private static final IncentivePenalty IP = IncentivePenalty.forParameters(NetworkParameters.physical());

    /** L = 5 ms, E = 0.1 J, Q = 139.97: every metric better than its target. */
    private static final AgentOutcome GOOD = new AgentOutcome(EntityKind.VEHICLE, 0.005, 0.1, 139.97);
    /** L = 25 ms, E = 0.75 J, Q = 27.775: every metric worse than its target. */
    private static final AgentOutcome BAD = new AgentOutcome(EntityKind.VEHICLE, 0.025, 0.75, 27.775);

    @Test
    void latencyBelowDeadlineGivesIncentiveOnly() {
        // eq. (90): 0.5 * max(0, 1 - 0.5) = 0.25
        assertThat(IP.latencyIncentive(GOOD)).isCloseTo(0.25, within(EPS));
        assertThat(IP.latencyPenalty(GOOD)).isZero();
    }

    @Test
    void latencyAboveDeadlineGivesPenaltyOnly() {
        // 0.5 * max(0, 2.5 - 1) = 0.75
        assertThat(IP.latencyIncentive(BAD)).isZero();
        assertThat(IP.latencyPenalty(BAD)).isCloseTo(0.75, within(EPS));
    }

    @Test
    void energyAndQosAreSymmetricToo() {
        // eq. (91): 0.2 * (1 - 0.1/0.5) = 0.16; eq. (92): 0.2 * (0.724953125 - 0.6) = 0.024990625
        assertThat(IP.energyIncentive(GOOD)).isCloseTo(0.16, within(EPS));
        assertThat(IP.qosIncentive(GOOD)).isCloseTo(0.024990625, within(EPS));
        assertThat(IP.energyPenalty(GOOD)).isZero();
        assertThat(IP.qosPenalty(GOOD)).isZero();
        // 0.2 * (1.5 - 1) = 0.1; 0.2 * (0.6 - 0.5496484375) = 0.0100703125
        assertThat(IP.energyPenalty(BAD)).isCloseTo(0.1, within(EPS));
        assertThat(IP.qosPenalty(BAD)).isCloseTo(0.0100703125, within(EPS));
        // eq. (91) clipped: over budget gives no negative incentive
        assertThat(IP.energyIncentive(BAD)).isZero();
        assertThat(IP.qosIncentive(BAD)).isZero();
    }

    @Test
    void atTheTargetsNeitherLatencyNorQosTermFires() {
        AgentOutcome exact = new AgentOutcome(EntityKind.UAV, 0.010, 33.2, 60.0);
        assertThat(IP.incentive(exact)).isZero();
        assertThat(IP.penalty(exact)).isZero();
    }

    @Test
    void sumsAndAlgorithm3AdjustedReward() {
        // I = 0.25 + 0.16 + 0.024990625 = 0.434990625
        assertThat(IP.incentive(GOOD)).isCloseTo(0.434990625, within(EPS));
        // P = 0.75 + 0.1 + 0.0100703125 = 0.8600703125
        assertThat(IP.penalty(BAD)).isCloseTo(0.8600703125, within(EPS));

        double rGood = VehicleReward.forParameters(NetworkParameters.physical()).value(GOOD);
        AdjustedReward good = AdjustedReward.of(rGood, GOOD, IP);
        // -0.0725140625 + 0.434990625 - 0 = 0.3624765625
        assertThat(good.adjusted()).isCloseTo(0.3624765625, within(EPS));

        double rBad = VehicleReward.forParameters(NetworkParameters.physical()).value(BAD);
        AdjustedReward bad = AdjustedReward.of(rBad, BAD, IP);
        // -1.38510546875 + 0 - 0.8600703125 = -2.24517578125
        assertThat(bad.adjusted()).isCloseTo(-2.24517578125, within(EPS));

        // R + I - P, not R + I*P
        assertThat(new AdjustedReward(1.0, 0.5, 0.25).adjusted()).isEqualTo(1.25);
    }

    @Test
    void nodeEnergyIsScaledByTheNodeBudget() {
        // UAV with 16.6 J of a 33.2 J budget: 0.2 * (1 - 0.5) = 0.1
        AgentOutcome uav = new AgentOutcome(EntityKind.UAV, 0.005, 16.6, 139.97);
        assertThat(IP.energyIncentive(uav)).isCloseTo(0.1, within(EPS));
    }

    @Test
    void adjustedRewardRejectsNegativeTerms() {
        assertThatThrownBy(() -> new AdjustedReward(0, -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incentive");
        assertThatThrownBy(() -> new AdjustedReward(Double.NaN, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reward");
    }
}

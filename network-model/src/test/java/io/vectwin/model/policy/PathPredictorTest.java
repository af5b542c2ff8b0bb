package io.vectwin.model.policy;

import static io.vectwin.model.policy.Contexts.PHYSICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.vectwin.model.channel.LinkBudget;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.params.ComputeParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PathPredictorTest {

    private static final EntityId B0 = EntityId.baseStation(0);
    private static final EntityId U0 = EntityId.uav(0);
    private static final double P_MAX_V = 0.19952623149688797; // 23 dBm

    /*
     * The hand-built scene, physical profile (3.5 GHz, 20 MHz, n = 1000, ε = 1e-6, M = 4, CSI σ² = 0.05):
     * vehicle on the ground at the origin (antenna (0, 0, 1.5)); b-0 at (150, 0, 25) with 8 GHz available
     * and 2e7 cycles queued; u-0 at (200, 100, 60) with 10 GHz and an empty queue; a 50 KB subtask
     * (D = 400 000 bit, C·D = 1.65e7 cycles).
     *
     * Independent values from numpy/scipy (/tmp/policy/calc.py, reproduced here):
     *   zeta = norm.isf(1e-6)/ln 2; rate(w) = B·(log2(1+w) − sqrt((1−(1+w)^−2)/n)·zeta)
     *   V2B: UMa NLoS = max(LoS eq.17 (d2D=150 ≤ d'BP = 4·24·0.5·3.5e9/3e8 = 560 m), 13.54 + 39.08·log10(d3D)
     *        + 20·log10(3.5)) = 109.66878 dB; w = P·10^(−PL/10)·4·1.05/σ²_b, σ²_b = −174 + 73.01 + 5 dBm
     *        → R_vb = 9.9791313878e7 bit/s
     *   V2U: d = 231.13 m, pLoS = 100/d + (1 − 100/d)·exp(−d/63) = 0.44712, gain = pLoS·10^(−LoS/10)
     *        + (1 − pLoS)·10^(−NLoS/10) (TR 36.777, h = 60 m), ‖h‖² = 1.05, σ²_u with 9 dB NF
     *        → R_vu = 1.3552285411e8 bit/s
     *   U2B: d = 117.15 m, pLoS = 0.87638, ‖h‖² = 4·1.05, σ²_b, P_u = 23 dBm → R_ub = 2.6344812046e8 bit/s
     */
    private static final double R_VB = 9.9791313878e7;
    private static final double R_VU = 1.3552285411e8;
    private static final double R_UB = 2.6344812046e8;
    private static final double BITS = 400_000.0;

    private static final EntityState BS = Contexts.node(B0, new Position(150, 0, 25), 8e9, 2e7);
    private static final EntityState UAV = Contexts.node(U0, new Position(200, 100, 60), 10e9, 0.0);
    private static final Subtask S = Contexts.subtask(0, BITS);

    private static PredictionSession scene() {
        return new PathPredictor(PHYSICAL).session(
                Contexts.context(Contexts.task(1, BITS), Contexts.vehicleAt(0, 0), BS, UAV));
    }

    @Test
    void linkRatesMatchAnIndependentComputationOfTheMeanChannel() {
        PredictionSession s = scene();
        assertThat(s.link(Contexts.VEHICLE, B0).rateBps()).isCloseTo(R_VB, withinPercentage(1e-6));
        assertThat(s.link(Contexts.VEHICLE, U0).rateBps()).isCloseTo(R_VU, withinPercentage(1e-6));
        assertThat(s.link(U0, B0).rateBps()).isCloseTo(R_UB, withinPercentage(1e-6));
    }

    @Test
    void directPathToAQueuedBaseStation() {
        PathPrediction p = scene().predict(S, OffloadPath.direct(B0), P_MAX_V);
        // airtime 4e5 / 9.9791313878e7 = 4.0083649e-3 s > queue wait 2e7 / 8e9 = 2.5e-3 s,
        // so L = 4.0083649013e-3 + 1.65e7 / 8e9 (2.0625e-3) = 6.0708649013e-3 s
        assertThat(p.latencyS()).isCloseTo(6.0708649013e-3, withinPercentage(1e-6));
        // E = 0.19952623 W · 4.0083649013e-3 s = 7.9977394321e-4 J
        assertThat(p.vehicleEnergyJ()).isCloseTo(7.9977394321e-4, withinPercentage(1e-6));
        // Q = 0.7 / L − 0.3 · E = 115.30458259
        assertThat(p.qos()).isCloseTo(115.30458259, withinPercentage(1e-6));
        assertThat(p.txPowerW()).isEqualTo(P_MAX_V);
    }

    @Test
    void aRequestedProcessingFrequencySlowsTheNodeButNeverSpeedsItPastWhatIsAvailable() {
        // u-0 idle at 10 GHz asked for 2.5 GHz: L = 2.9515317001e-3 + 1.65e7 / 2.5e9 (6.6e-3) = 9.5515317001e-3 s
        PathPrediction slow = scene().predict(S, OffloadPath.direct(U0), P_MAX_V, 2.5e9);
        assertThat(slow.latencyS()).isCloseTo(9.5515317001e-3, withinPercentage(1e-6));
        assertThat(slow.processingCpuHz()).isEqualTo(2.5e9);
        assertThat(slow.decisionFor(0).processingCpuHz()).isEqualTo(2.5e9);
        // asked for 20 GHz it runs at the 10 GHz it has; 0 asks nothing
        assertThat(scene().predict(S, OffloadPath.direct(U0), P_MAX_V, 20e9).latencyS())
                .isCloseTo(4.6015317001e-3, withinPercentage(1e-6));
        assertThat(scene().predict(S, OffloadPath.direct(U0), P_MAX_V, 0).latencyS())
                .isCloseTo(4.6015317001e-3, withinPercentage(1e-6));
        // b-0 asked for 4 GHz: its queue now waits 2e7 / 4e9 = 5e-3 s > the 4.0083649e-3 s airtime,
        // L = 5e-3 + 1.65e7 / 4e9 (4.125e-3) = 9.125e-3 s
        assertThat(scene().predict(S, OffloadPath.direct(B0), P_MAX_V, 4e9).latencyS())
                .isCloseTo(9.125e-3, withinPercentage(1e-6));
        assertThatThrownBy(() -> scene().predict(S, OffloadPath.direct(B0), P_MAX_V, -1))
                .hasMessageContaining("processingCpuHz");
    }

    @Test
    void directPathToAnIdleUav() {
        PathPrediction p = scene().predict(S, OffloadPath.direct(U0), P_MAX_V);
        // L = 4e5 / 1.3552285411e8 (2.9515317e-3) + 1.65e7 / 1e10 (1.65e-3) = 4.6015317001e-3 s
        assertThat(p.latencyS()).isCloseTo(4.6015317001e-3, withinPercentage(1e-6));
        assertThat(p.vehicleEnergyJ()).isCloseTo(5.8890799726e-4, withinPercentage(1e-6));
        assertThat(p.qos()).isCloseTo(152.12308263, withinPercentage(1e-6));
    }

    @Test
    void forwardedPathAddsEveryHopsAirtimeAndPaysOnlyTheFirstHopsVehicleEnergy() {
        PathPrediction p = scene().predict(S, OffloadPath.parse("u-0>b-0"), P_MAX_V);
        // airtime 2.9515317e-3 + 4e5 / 2.6344812046e8 (1.5183255e-3) = 4.4698572e-3 > 2.5e-3 wait;
        // L = 4.4698572e-3 + 2.0625e-3 = 6.5323572030e-3 s
        assertThat(p.latencyS()).isCloseTo(6.5323572030e-3, withinPercentage(1e-6));
        assertThat(p.vehicleEnergyJ()).isCloseTo(5.8890799726e-4, withinPercentage(1e-6));
        assertThat(p.qos()).isCloseTo(107.15869083, withinPercentage(1e-6));
    }

    @Test
    void assignedCyclesQueueAtTheNodeAndCanDominateTheAirtime() {
        PredictionSession s = scene();
        PathPrediction first = s.predict(S, OffloadPath.direct(B0), P_MAX_V);
        s.assign(Contexts.subtask(1, 484_848.48484848486), first); // 484 848.48 bit · 41.25 = 2e7 cycles
        assertThat(s.backlogCycles(B0)).isCloseTo(4e7, withinPercentage(1e-9));
        // wait 4e7 / 8e9 = 5e-3 s > airtime 4.0083649e-3 s: L = 5e-3 + 2.0625e-3 = 7.0625e-3 s
        assertThat(s.predict(S, OffloadPath.direct(B0), P_MAX_V).latencyS()).isCloseTo(7.0625e-3, withinPercentage(1e-9));
        assertThat(s.backlogCycles(U0)).isZero();
    }

    @Test
    void lowerPowerScalesTheSnrAndMatchesTheLinkEvaluatorAtThatPower() {
        PathPrediction p = scene().predict(S, OffloadPath.direct(B0), P_MAX_V / 2);
        // numpy: rate(w_vb / 2) = 8.0566878953e7 bit/s; airtime 4.9648617e-3 s; E = P/2 · airtime
        double airtime = BITS / 8.0566878953e7;
        assertThat(p.latencyS()).isCloseTo(airtime + 2.0625e-3, withinPercentage(1e-6));
        assertThat(p.vehicleEnergyJ()).isCloseTo(P_MAX_V / 2 * airtime, withinPercentage(1e-6));
        LinkEvaluator links = new LinkEvaluator(PHYSICAL.radio(), PHYSICAL.geometry().slotSeconds());
        LinkBudget direct = links.expected(LinkType.V2B, links.defaultModel(LinkType.V2B), new Position(0, 0, 1.5),
                new Position(150, 0, 25), P_MAX_V / 2);
        assertThat(BITS / direct.rateBps()).isCloseTo(airtime, withinPercentage(1e-9));
    }

    @Test
    void powerAboveTheVehiclesMaximumIsCappedAsTheExecutorCapsIt() {
        PathPrediction p = scene().predict(S, OffloadPath.direct(U0), 5.0);
        assertThat(p.txPowerW()).isEqualTo(P_MAX_V);
        assertThat(p.latencyS()).isCloseTo(4.6015317001e-3, withinPercentage(1e-6));
    }

    @Test
    void aClosedLinkGivesInfiniteLatencyAndEnergyAndNoQueue() {
        // a BS 30 km away: numpy gives an SNR of 3.8e-8, below what eq. (23) needs at ε = 1e-6, so R = 0
        EntityState far = Contexts.node(EntityId.baseStation(1), new Position(30_000, 0, 25), 10e9, 0.0);
        PredictionSession s = new PathPredictor(PHYSICAL).session(
                Contexts.context(Contexts.task(1, BITS), Contexts.vehicleAt(0, 0), BS, UAV, far));
        assertThat(s.link(Contexts.VEHICLE, far.id()).isClosed()).isTrue();
        PathPrediction p = s.predict(S, OffloadPath.direct(far.id()), P_MAX_V);
        assertThat(p.latencyS()).isInfinite();
        assertThat(p.vehicleEnergyJ()).isInfinite();
        assertThat(p.qos()).isEqualTo(Double.NEGATIVE_INFINITY);
        s.assign(S, p);
        assertThat(s.backlogCycles(far.id())).isZero();
        assertThat(s.candidatePaths()).filteredOn(path -> path.nodes().size() > 1)
                .noneMatch(path -> path.nodes().contains(far.id()));
    }

    @Test
    void aPathThroughAnUnknownNodeOrAnAbsurdPowerIsRejected() {
        PredictionSession s = scene();
        assertThatThrownBy(() -> s.predict(S, OffloadPath.direct(EntityId.uav(7)), P_MAX_V))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u-7");
        assertThatThrownBy(() -> s.predict(S, OffloadPath.direct(U0), 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txPowerW");
        assertThatThrownBy(() -> s.link(EntityId.vehicle(3), U0)).hasMessageContaining("v-3");
    }

    @Test
    void candidatesAreEveryDirectPathPlusBoundedOpenForwardedPaths() {
        DecisionContext c = Contexts.scenarioContexts(5, 1, 1).get(0);
        PredictionSession s = new PathPredictor(PHYSICAL).session(c);
        List<OffloadPath> paths = s.candidatePaths();
        int n = c.edgeNodes().size();
        assertThat(n).isEqualTo(14);
        assertThat(paths.subList(0, n)).extracting(OffloadPath::toString)
                .containsExactlyElementsOf(c.edgeNodes().stream().map(e -> e.id().toString()).toList());
        // at most N + N·k + N·k² = 14 + 42 + 126 with k = 3
        assertThat(paths).hasSizeGreaterThan(n).hasSizeLessThanOrEqualTo(182).doesNotHaveDuplicates();
        for (OffloadPath p : paths) {
            assertThat(p.forwardingHops()).isLessThanOrEqualTo(PHYSICAL.compute().maxForwardingHops());
            if (p.forwardingHops() > 0) {
                EntityId from = c.vehicle().id();
                for (EntityId to : p.nodes()) {
                    assertThat(s.link(from, to).isClosed()).as("hop %s>%s of %s", from, to, p).isFalse();
                    from = to;
                }
            }
        }
        // shortest first
        for (int i = 1; i < paths.size(); i++) {
            assertThat(paths.get(i).forwardingHops()).isGreaterThanOrEqualTo(paths.get(i - 1).forwardingHops());
        }
        // each forwarding hop keeps at most k = 3 next nodes per prefix
        Map<List<EntityId>, Long> children = paths.stream().filter(p -> p.forwardingHops() > 0)
                .collect(Collectors.groupingBy(p -> p.nodes().subList(0, p.nodes().size() - 1), Collectors.counting()));
        assertThat(children.values()).allMatch(count -> count <= 3);
    }

    @Test
    void theForwardedHopsAreTheBestRatedNextNodes() {
        DecisionContext c = Contexts.scenarioContexts(5, 1, 1).get(0);
        PredictionSession s = new PathPredictor(PHYSICAL, 1).session(c);
        for (OffloadPath p : s.candidatePaths()) {
            if (p.forwardingHops() == 1) {
                EntityId from = p.firstHop();
                EntityId chosen = p.processingNode();
                for (EntityState other : c.edgeNodes()) {
                    boolean allowed = !other.id().equals(from) && !(from.kind() == EntityKind.BASE_STATION
                            && other.id().kind() == EntityKind.BASE_STATION);
                    if (allowed) {
                        assertThat(s.link(from, chosen).rateBps()).isGreaterThanOrEqualTo(s.link(from, other.id()).rateBps());
                    }
                }
            }
        }
    }

    @Test
    void withoutForwardingOnlyDirectPathsAreCandidates() {
        ComputeParameters c = PHYSICAL.compute();
        var noForwarding = PHYSICAL.withCompute(new ComputeParameters(c.maxCpuHz(), c.minCpuHz(), c.cpuDeviationVariance(),
                c.twinEstimateErrorHz(), c.nodeCapacityCycles(), c.energyPerCycleJ(), c.nodeEnergyBudgetJ(),
                c.vehicleEnergyBudgetJ(), 0));
        DecisionContext ctx = Contexts.scenarioContexts(5, 1, 1).get(0);
        assertThat(new PathPredictor(noForwarding).session(ctx).candidatePaths())
                .hasSize(14).allMatch(p -> p.forwardingHops() == 0);
    }

    @Test
    void eachLinkIsEvaluatedOncePerSessionWhateverTheNumberOfSubtasks() {
        DecisionContext c = Contexts.scenarioContexts(9, 6, 1).get(0);
        PredictionSession s = new PathPredictor(PHYSICAL).session(c);
        List<OffloadPath> paths = s.candidatePaths();
        int afterEnumeration = s.linkEvaluations();
        // at most every vehicle → node link and every ordered node pair: 14 + 14·13
        assertThat(afterEnumeration).isLessThanOrEqualTo(14 + 14 * 13);
        for (int round = 0; round < 3; round++) {
            for (Subtask sub : c.task().subtasks()) {
                for (OffloadPath p : paths) {
                    s.predict(sub, p, P_MAX_V / (round + 1));
                }
            }
        }
        assertThat(s.linkEvaluations()).isEqualTo(afterEnumeration);
    }
}

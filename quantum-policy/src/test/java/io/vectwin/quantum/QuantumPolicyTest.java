package io.vectwin.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.env.AgentStates;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.JointAction;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.EnvironmentBridge;
import io.vectwin.model.policy.PathPredictor;
import io.vectwin.model.policy.SubtaskDecision;
import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.circuit.VariationalCircuit;
import io.vectwin.quantum.policy.ActionSelection;
import io.vectwin.quantum.policy.QpnFileException;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QpnParametersFile;
import io.vectwin.quantum.policy.QuantumPolicyNetwork;
import io.vectwin.quantum.policy.SoftmaxReadout;
import io.vectwin.quantum.simulator.BasisPermutation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantumPolicyTest {

    private static final NetworkParameters PHYSICAL = NetworkParameters.physical();

    /** Contexts of the first slots of Sec. VI's scenario (B = 4, U = 10), with the observations they came from. */
    private record Decision(Observation observation, DecisionContext context) {
    }

    /** Built once: stepping the environment is the slow part of these tests. */
    private static final List<Decision> SCENARIO = scenario(7, 12);

    private static List<Decision> scenario(long seed, int count) {
        VecEnvironment env = new VecEnvironment(PHYSICAL, seed);
        List<Decision> out = new ArrayList<>();
        Observation obs = env.observation();
        while (out.size() < count) {
            for (DecisionContext c : EnvironmentBridge.contexts(obs)) {
                if (out.size() < count) {
                    out.add(new Decision(obs, c));
                }
            }
            obs = env.step(JointAction.of(List.of())).next();
        }
        return out;
    }

    private static QpnParameters randomParameters(long seed) {
        return QpnParameters.initial(CircuitShape.paper(), Encoding.AMPLITUDE, false, 56, new SplittableRandom(seed));
    }

    @Test
    void everySubtaskGetsTheNetworksGreedyActionAsADirectPath() {
        QuantumPolicy policy = new QuantumPolicy(randomParameters(1), PHYSICAL);
        VehicleActionSpace space = policy.actionSpace();
        assertThat(space.size()).isEqualTo(56);
        VehicleStateInput input = new VehicleStateInput(PHYSICAL);
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        for (Decision d : SCENARIO.subList(0, 12)) {
            DecisionContext c = d.context();
            List<SubtaskDecision> decisions = policy.decide(c);
            double[] x = input.input(c, predictor.session(c), 64);
            int action = ActionSelection.greedy(policy.network().actionProbabilities(x));
            OffloadPath expected = OffloadPath.direct(space.firstHop(action));
            assertThat(decisions).hasSize(c.task().subtasks().size());
            for (int j = 0; j < decisions.size(); j++) {
                SubtaskDecision s = decisions.get(j);
                assertThat(s.subtaskIndex()).isEqualTo(j);
                assertThat(s.path()).isEqualTo(expected);
                assertThat(s.txPowerW()).isEqualTo(space.txPowerW(space.powerLevel(action)));
                assertThat(s.predictedLatencyS()).isPositive();
            }
        }
    }

    @Test
    void aModelWithTheSegmentChoiceCutsEverySubtaskIntoTheSegmentsOfItsGreedyAction() {
        QuantumPolicy policy = new QuantumPolicy(QpnParameters.initial(CircuitShape.paper(), Encoding.AMPLITUDE, false, 168,
                new SplittableRandom(5)), PHYSICAL);
        VehicleStateInput input = new VehicleStateInput(PHYSICAL);
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        double pmax = PHYSICAL.radio().vehicleTxPowerW();
        Set<Integer> segmentCounts = new java.util.HashSet<>();
        for (Decision d : SCENARIO) {
            DecisionContext c = d.context();
            double[] x = input.input(c, predictor.session(c), 64);
            int action = ActionSelection.greedy(policy.network().actionProbabilities(x));
            // index = (slot * 4 + level) * 3 + sigma; slots 0-3 are b-0..b-3, 4-13 are u-0..u-9
            int slot = action / 12;
            EntityId firstHop = slot < 4 ? EntityId.baseStation(slot) : EntityId.uav(slot - 4);
            double power = ((action / 3) % 4 + 1) * pmax / 4;
            int m = 1 << (action % 3);
            segmentCounts.add(m);
            List<SubtaskDecision> decisions = policy.decide(c);
            assertThat(decisions).hasSize(m * c.task().subtasks().size());
            for (int k = 0; k < decisions.size(); k++) {
                SubtaskDecision s = decisions.get(k);
                assertThat(s.subtaskIndex()).isEqualTo(k);
                assertThat(s.segmentsPerSubtask()).isEqualTo(m);
                assertThat(s.path()).isEqualTo(OffloadPath.direct(firstHop));
                assertThat(s.txPowerW()).isCloseTo(power, org.assertj.core.api.Assertions.within(1e-15));
            }
        }
        assertThat(segmentCounts).as("the scenario exercises more than one segment size").hasSizeGreaterThan(1);
    }

    @Test
    void theStateIsTheOneTheEnvironmentBuildsForTraining() {
        // AgentStates (env) builds s_v from an Observation; the policy from the session's links: same numbers
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        AgentStates agentStates = new AgentStates(PHYSICAL, predictor.links());
        VehicleStateInput input = new VehicleStateInput(PHYSICAL);
        for (Decision d : SCENARIO.subList(0, 5)) {
            DecisionContext c = d.context();
            double[] fromSession = input.state(c, predictor.session(c)).encode(PHYSICAL);
            double[] fromEnvironment = agentStates.vehicle(d.observation(), c.vehicle().id()).encode(PHYSICAL);
            assertThat(fromSession).containsExactly(fromEnvironment);
            assertThat(fromSession).hasSize(36);
            double[] padded = input.input(c, predictor.session(c), 64);
            assertThat(padded).hasSize(64).startsWith(fromSession);
            assertThat(Arrays.copyOfRange(padded, 36, 64)).containsOnly(0.0);
        }
    }

    @Test
    void withAllAnglesZeroTheChoiceFollowsTheLargestFeatureThroughTheCnotRing() {
        // θ = 0: each of the 4 layers only permutes basis states by the ring d, P(d⁴(i)) = f_i²/‖f‖²; with the outcome-group
        // read-out action a scores P(a) + P(a + 56) (a < 8) or P(a)
        QuantumPolicy policy = new QuantumPolicy(QpnParameters.circuitOnly(CircuitShape.paper(), new double[72]), PHYSICAL);
        BasisPermutation ring = VariationalCircuit.entanglingRingPermutation(6);
        VehicleStateInput input = new VehicleStateInput(PHYSICAL);
        PathPredictor predictor = new PathPredictor(PHYSICAL);
        for (Decision d : SCENARIO.subList(0, 6)) {
            DecisionContext c = d.context();
            double[] f = input.input(c, predictor.session(c), 64);
            double[] groups = new double[56];
            for (int i = 0; i < 64; i++) {
                int outcome = i;
                for (int layer = 0; layer < 4; layer++) {
                    outcome = ring.destination(outcome); // one ring per layer
                }
                groups[outcome % 56] += f[i] * f[i];
            }
            int expected = ActionSelection.greedy(groups);
            VehicleActionSpace space = policy.actionSpace();
            SubtaskDecision first = policy.decide(c).get(0);
            assertThat(first.path().firstHop()).isEqualTo(space.firstHop(expected));
            assertThat(first.txPowerW()).isEqualTo(space.txPowerW(space.powerLevel(expected)));
        }
    }

    @Test
    void deterministicAcrossInstancesAndCalls() {
        List<Decision> decisions = SCENARIO.subList(0, 8);
        QuantumPolicy a = new QuantumPolicy(randomParameters(9), PHYSICAL);
        QuantumPolicy b = new QuantumPolicy(randomParameters(9), PHYSICAL);
        for (Decision d : decisions) {
            assertThat(a.decide(d.context())).isEqualTo(b.decide(d.context())).isEqualTo(a.decide(d.context()));
        }
    }

    @Test
    void nodesTheContextDoesNotListAreNeverChosen() {
        QuantumPolicy policy = new QuantumPolicy(randomParameters(2), PHYSICAL);
        for (Decision d : SCENARIO.subList(0, 6)) {
            DecisionContext full = d.context();
            EntityId chosen = policy.decide(full).get(0).path().firstHop();
            List<EntityState> others = full.edgeNodes().stream().filter(n -> !n.id().equals(chosen))
                    .collect(Collectors.toList());
            DecisionContext without = new DecisionContext(full.task(), full.vehicle(), others, full.nowSeconds());
            assertThat(policy.decide(without)).allSatisfy(s -> assertThat(s.path().firstHop()).isNotEqualTo(chosen));
        }
    }

    @Test
    void theModelFileMustFitTheScenarioActionSpace(@TempDir Path dir) {
        Path good = dir.resolve("good.json");
        QpnParametersFile.write(randomParameters(4), good);
        assertThat(new QuantumPolicy(good, PHYSICAL).name()).isEqualTo("quantum");

        Path circuitOnly = dir.resolve("circuit.json");
        QpnParametersFile.write(QpnParameters.circuitOnly(CircuitShape.paper(), new double[72]), circuitOnly);
        assertThat(new QuantumPolicy(circuitOnly, PHYSICAL).network().readout())
                .isEqualTo(SoftmaxReadout.outcomeGroups(56, 64));

        Path wrong = dir.resolve("wrong.json");
        QpnParametersFile.write(randomParameters(4).withReadout(SoftmaxReadout.outcomeGroups(10, 64)), wrong);
        assertThatThrownBy(() -> new QuantumPolicy(wrong, PHYSICAL)).isInstanceOf(QpnFileException.class)
                .hasMessage(wrong + ": readout: the vehicle model outputs 10 values, but the scenario's vehicle action"
                        + " space has 168 (4 BSs + 10 UAVs, 4 power levels, 3 segment levels) or, for a model without the"
                        + " segment choice, 56");
    }

    @Test
    void quantumPoliciesCreatesTheQuantumPolicyOrDelegates(@TempDir Path dir) {
        Path model = dir.resolve("m.json");
        QpnParametersFile.write(randomParameters(6), model);
        assertThat(QuantumPolicies.names()).containsExactly("greedy", "random", "quantum", "ppo", "ddpg");
        assertThat(QuantumPolicies.create(" Quantum ", PHYSICAL, 1, Optional.of(model)))
                .isInstanceOf(QuantumPolicy.class);
        assertThat(QuantumPolicies.create("greedy", PHYSICAL, 1, Optional.empty()).name()).isEqualTo("greedy");
        assertThat(QuantumPolicies.create("random", PHYSICAL, 1, Optional.empty()).name()).isEqualTo("random");
        assertThatThrownBy(() -> QuantumPolicies.create("quantum", PHYSICAL, 1, Optional.empty()))
                .hasMessageContaining("policy 'quantum' needs a model file");
        assertThatThrownBy(() -> QuantumPolicies.create("greedy", PHYSICAL, 1, Optional.of(model)))
                .hasMessageContaining("a model file is for the trained policies only");
        assertThatThrownBy(() -> QuantumPolicies.create("qpn", PHYSICAL, 1, Optional.empty()))
                .hasMessage("unknown policy 'qpn' (known: greedy, random, quantum, ppo, ddpg)");
        assertThatThrownBy(() -> QuantumPolicies.create("quantum", PHYSICAL, 1, Optional.of(dir.resolve("none.json"))))
                .isInstanceOf(QpnFileException.class).hasMessageContaining("none.json: cannot read");
    }

    private static QpnParameters nodeParameters(int actions, long seed) {
        return QpnParameters.initial(CircuitShape.paper(), Encoding.AMPLITUDE, false, actions, new SplittableRandom(seed));
    }

    @Test
    void withNodeAgentsTheFirstHopsAgentRoutesEverySubtaskOnTheStateTrainingBuildsForIt() {
        NodeActionSpace uavSpace = NodeActionSpace.forParameters(PHYSICAL, EntityKind.UAV);
        NodeActionSpace bsSpace = NodeActionSpace.forParameters(PHYSICAL, EntityKind.BASE_STATION);
        assertThat(uavSpace.size()).isEqualTo(18);
        assertThat(bsSpace.size()).isEqualTo(14);
        QpnParameters uav = nodeParameters(18, 3);
        QpnParameters bs = nodeParameters(14, 4);
        QuantumPolicy policy = new QuantumPolicy(randomParameters(1), uav, bs, PHYSICAL);
        QuantumPolicy vehicleOnly = new QuantumPolicy(randomParameters(1), PHYSICAL);
        assertThat(policy.hasNodeAgents()).isTrue();
        assertThat(policy.readsOtherVehicles()).isTrue();
        assertThat(vehicleOnly.hasNodeAgents()).isFalse();
        assertThat(vehicleOnly.readsOtherVehicles()).isFalse();
        // the node's state as the trainer builds it: from the environment's whole observation
        AgentStates agentStates = new AgentStates(PHYSICAL, new PathPredictor(PHYSICAL).links());
        QuantumPolicyNetwork uavNet = new QuantumPolicyNetwork(uav, 18);
        QuantumPolicyNetwork bsNet = new QuantumPolicyNetwork(bs, 14);
        int forwarded = 0;
        Set<EntityKind> firstHopKinds = EnumSet.noneOf(EntityKind.class);
        for (Decision d : SCENARIO) {
            DecisionContext c = d.context();
            EntityId firstHop = vehicleOnly.decide(c).get(0).path().firstHop();
            firstHopKinds.add(firstHop.kind());
            boolean isUav = firstHop.kind() == EntityKind.UAV;
            NodeActionSpace space = isUav ? uavSpace : bsSpace;
            List<SubtaskDecision> decisions = policy.decide(c);
            for (SubtaskDecision s : decisions) {
                Subtask subtask = c.task().subtasks().get(s.subtaskIndex());
                double[] state = agentStates.nodeFeatures(d.observation(), firstHop, subtask.dataBits(),
                        subtask.cyclesPerBit());
                double[] p = (isUav ? uavNet : bsNet).actionProbabilities(Arrays.copyOf(state, 64));
                int best = -1;
                for (int a = 0; a < p.length; a++) {
                    boolean self = isUav && a >= space.cpuLevels() && space.target(a).equals(firstHop);
                    if (!self && (best < 0 || p[a] > p[best])) {
                        best = a;
                    }
                }
                OffloadPath expected = best < space.cpuLevels() ? OffloadPath.direct(firstHop)
                        : new OffloadPath(List.of(firstHop, space.target(best)));
                assertThat(s.path()).as("%s subtask %d", c.task().taskId(), s.subtaskIndex()).isEqualTo(expected);
                // processing index k of K = 4 levels asks for (k + 1)/4 of f_max; a forwarded subtask asks nothing
                double cpu = best < 4 ? (best + 1) / 4.0 * PHYSICAL.compute().maxCpuHz() : 0.0;
                assertThat(s.processingCpuHz()).isEqualTo(cpu);
                forwarded += s.path().nodes().size() > 1 ? 1 : 0;
            }
        }
        assertThat(firstHopKinds).as("both node agents asked").containsExactlyInAnyOrder(EntityKind.UAV,
                EntityKind.BASE_STATION);
        assertThat(forwarded).as("some subtasks forwarded").isPositive();
        assertThat(policy.modelVersion()).contains("uav").contains("bs");
    }

    @Test
    void whileTheTwinDoesNotKnowEveryNodeTheFirstHopProcesses() {
        QuantumPolicy policy = new QuantumPolicy(randomParameters(1), nodeParameters(18, 3), nodeParameters(14, 4),
                PHYSICAL);
        for (Decision d : SCENARIO) {
            DecisionContext c = d.context();
            List<EntityState> someNodes = c.edgeNodes().stream().filter(n -> n.id().index() % 2 == 0).toList();
            DecisionContext partial = new DecisionContext(c.task(), c.vehicle(), someNodes, c.nowSeconds(),
                    c.otherVehicles());
            for (SubtaskDecision s : policy.decide(partial)) {
                assertThat(s.path().nodes()).hasSize(1);
                assertThat(someNodes).extracting(EntityState::id).contains(s.path().firstHop());
            }
        }
    }

    @Test
    void nodeAgentsLoadFromBesideTheVehicleModelOrNotAtAll(@TempDir Path dir) throws Exception {
        Path vehicle = dir.resolve("vehicle.qpn.json");
        QpnParametersFile.write(randomParameters(1), vehicle);
        assertThat(new QuantumPolicy(vehicle, PHYSICAL).hasNodeAgents()).isFalse();
        QpnParametersFile.write(nodeParameters(18, 3), dir.resolve("uav.qpn.json"));
        assertThatThrownBy(() -> new QuantumPolicy(vehicle, PHYSICAL)).isInstanceOf(QpnFileException.class)
                .hasMessageContaining("uav.qpn.json").hasMessageContaining("bs.qpn.json");
        QpnParametersFile.write(nodeParameters(18, 4), dir.resolve("bs.qpn.json"));
        assertThatThrownBy(() -> new QuantumPolicy(vehicle, PHYSICAL)).isInstanceOf(QpnFileException.class)
                .hasMessageContaining("bs.qpn.json").hasMessageContaining("14");
        QpnParametersFile.write(nodeParameters(14, 4), dir.resolve("bs.qpn.json"));
        QuantumPolicy policy = new QuantumPolicy(vehicle, PHYSICAL);
        assertThat(policy.hasNodeAgents()).isTrue();
        assertThat(policy.modelVersion()).matches("[0-9a-f]{12} \\(uav [0-9a-f]{12}, bs [0-9a-f]{12}\\)");
    }
}

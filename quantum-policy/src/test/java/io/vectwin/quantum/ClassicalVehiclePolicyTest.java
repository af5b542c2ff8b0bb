package io.vectwin.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.env.AgentStates;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.EnvironmentBridge;
import io.vectwin.model.policy.OffloadingPolicy;
import io.vectwin.model.policy.PathPredictor;
import io.vectwin.model.policy.SubtaskDecision;
import io.vectwin.model.twin.ExactTwinView;
import io.vectwin.quantum.policy.ActionSelection;
import io.vectwin.quantum.training.AgentAct;
import io.vectwin.quantum.training.ClassicalNetworks;
import io.vectwin.quantum.training.ExplorationSchedule;
import io.vectwin.quantum.training.LearningSettings;
import io.vectwin.quantum.training.MultiAgentTrainer;
import io.vectwin.quantum.training.NodeRoute;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassicalVehiclePolicyTest {

    private static final NetworkParameters SMALL;

    static {
        NetworkParameters p = NetworkParameters.physical();
        SMALL = p.withGeometry(p.geometry().withCounts(4, 2, 2));
    }

    /** The vehicle actor a baseline run writes, as the job loads it. */
    private static Path trainedActor(TrainingAlgorithm algorithm, Path dir) throws IOException {
        return trained(algorithm).vehicle().writePolicy(dir);
    }

    private static MultiAgentTrainer.Brains trained(TrainingAlgorithm algorithm) {
        MultiAgentTrainer trainer = new MultiAgentTrainer(SMALL, algorithm, new ExactTwinView(),
                new LearningSettings(0.99, 0.01, 1e-3, 4, 1, 500, 0.05, 8, 0.0, 3), ExplorationSchedule.forEpisodes(2), 4,
                9L);
        trainer.trainEpisode(0);
        trainer.trainEpisode(1);
        return trainer.brains();
    }

    @Test
    void withTheRunsNodeActorsBesideItTheFirstHopsAgentRoutesEachSubtaskAsItsDl4jActorChooses(@TempDir Path dir)
            throws IOException {
        Observation obs = new VecEnvironment(SMALL, 4).observation();
        List<DecisionContext> contexts = EnvironmentBridge.contexts(obs);
        AgentStates states = new AgentStates(SMALL, new PathPredictor(SMALL).links());
        for (TrainingAlgorithm a : List.of(TrainingAlgorithm.PPO, TrainingAlgorithm.DDPG)) {
            MultiAgentTrainer.Brains brains = trained(a);
            Path run = Files.createDirectories(dir.resolve(a.cliName()));
            Path vehicleOnly = Files.createDirectories(dir.resolve(a.cliName() + "-vehicle"));
            Path model = brains.vehicle().writePolicy(run);
            brains.vehicle().writePolicy(vehicleOnly);
            MultiLayerNetwork uav = ClassicalNetworks.load(brains.uav().writePolicy(run), false);
            MultiLayerNetwork bs = ClassicalNetworks.load(brains.baseStation().writePolicy(run), false);
            ClassicalVehiclePolicy.Kind kind = a == TrainingAlgorithm.PPO ? ClassicalVehiclePolicy.Kind.PPO
                    : ClassicalVehiclePolicy.Kind.DDPG;
            ClassicalVehiclePolicy policy = new ClassicalVehiclePolicy(model, kind, SMALL);
            ClassicalVehiclePolicy firstHops = new ClassicalVehiclePolicy(vehicleOnly.resolve(model.getFileName()), kind,
                    SMALL);
            assertThat(policy.hasNodeAgents()).isTrue();
            assertThat(policy.readsOtherVehicles()).isTrue();
            assertThat(firstHops.hasNodeAgents()).isFalse();
            assertThat(policy.modelVersion()).startsWith(ModelVersion.of(model) + " (uav ");
            for (DecisionContext ctx : contexts) {
                EntityId firstHop = firstHops.decide(ctx).get(0).path().firstHop();
                NodeActionSpace space = NodeActionSpace.forParameters(SMALL, firstHop.kind());
                for (SubtaskDecision d : policy.decide(ctx)) {
                    Subtask subtask = TaskSegmentation.split(ctx.task(), d.segmentsPerSubtask()).subtasks()
                            .get(d.subtaskIndex());
                    // the node's state from the environment's observation, through DL4J's own forward pass
                    double[] state = states.nodeFeatures(obs, firstHop, subtask.dataBits(), subtask.cyclesPerBit());
                    double[] out = ClassicalNetworks.outputs(firstHop.kind() == EntityKind.UAV ? uav : bs, List.of(state),
                            state.length)[0];
                    boolean[] allowed = space.allowed(firstHop, SMALL.compute().maxForwardingHops());
                    AgentAct act = a == TrainingAlgorithm.PPO
                            ? AgentAct.discrete(state, ActionSelection.greedy(out, allowed), 1.0, allowed)
                            : AgentAct.continuous(state, out);
                    NodeRoute expected = NodeRoute.of(firstHop, act, space, SMALL);
                    assertThat(d.path()).as("%s %s#%d", a, ctx.task().taskId(), d.subtaskIndex())
                            .isEqualTo(expected.path());
                    // DL4J computes in float, the deployed copy in double
                    assertThat(d.processingCpuHz()).isCloseTo(expected.processingCpuHz(),
                            within(1e-6 * expected.processingCpuHz()));
                }
            }
        }
    }

    @Test
    void deployedBaselineActorsCutAndSendEverySubtaskAsTheirDl4jActorChoosesAndNameTheirVersion(@TempDir Path dir)
            throws IOException {
        Observation obs = new VecEnvironment(SMALL, 4).observation();
        List<DecisionContext> contexts = EnvironmentBridge.contexts(obs);
        assertThat(contexts).isNotEmpty();
        AgentStates states = new AgentStates(SMALL, new PathPredictor(SMALL).links());
        double pmax = SMALL.radio().vehicleTxPowerW();
        for (TrainingAlgorithm a : List.of(TrainingAlgorithm.PPO, TrainingAlgorithm.DDPG)) {
            Path model = trainedActor(a, dir);
            MultiLayerNetwork actor = ClassicalNetworks.load(model, false);
            OffloadingPolicy policy = QuantumPolicies.create(a.cliName(), SMALL, 1L, Optional.of(model));
            assertThat(policy.name()).isEqualTo(a.cliName());
            assertThat(policy.modelVersion()).hasSize(12).isEqualTo(ModelVersion.of(model));
            for (DecisionContext ctx : contexts) {
                double[] state = states.vehicle(obs, ctx.vehicle().id()).encode(SMALL);
                double[] out = ClassicalNetworks.outputs(actor, List.of(state), state.length)[0];
                // B = 2, U = 2, L = 4, S = 3: slots b-0, b-1, u-0, u-1
                int slot;
                double power;
                int m;
                if (a == TrainingAlgorithm.PPO) {
                    int index = ActionSelection.greedy(out); // the twin lists every node here
                    slot = index / 12;
                    power = ((index / 3) % 4 + 1) * pmax / 4;
                    m = 1 << (index % 3);
                } else {
                    // out = [power, hop_b0, hop_b1, hop_u0, hop_u1, segment]
                    slot = ActionSelection.greedy(java.util.Arrays.copyOfRange(out, 1, 5));
                    power = Math.max(Math.max(0, Math.min(1, out[0])) * pmax, pmax / 4);
                    m = 1 << (int) Math.floor(Math.max(0, Math.min(1, out[5])) * 2 + 0.5);
                }
                EntityId firstHop = slot < 2 ? EntityId.baseStation(slot) : EntityId.uav(slot - 2);
                List<SubtaskDecision> d = policy.decide(ctx);
                assertThat(d).as("%s %s", a, ctx.task().taskId()).hasSize(m * ctx.task().subtasks().size());
                for (int k = 0; k < d.size(); k++) {
                    assertThat(d.get(k).subtaskIndex()).isEqualTo(k);
                    assertThat(d.get(k).segmentsPerSubtask()).isEqualTo(m);
                    assertThat(d.get(k).path().nodes()).containsExactly(firstHop);
                    // DL4J computes in float, the deployed copy in double
                    assertThat(d.get(k).txPowerW()).isCloseTo(power, within(1e-6 * power));
                }
                assertThat(policy.decide(ctx)).isEqualTo(d); // greedy: the same context, the same decisions
            }
        }
    }

    @Test
    void anActorOfAnotherScenarioOrKindIsRefusedWithTheFileNamed(@TempDir Path dir) throws IOException {
        Path ppo = trainedActor(TrainingAlgorithm.PPO, dir);
        assertThatThrownBy(() -> new ClassicalVehiclePolicy(ppo, ClassicalVehiclePolicy.Kind.DDPG, SMALL))
                .hasMessageStartingWith(ppo + ": the vehicle model outputs 48 values");
        NetworkParameters other = SMALL.withGeometry(SMALL.geometry().withCounts(4, 3, 2));
        assertThatThrownBy(() -> new ClassicalVehiclePolicy(ppo, ClassicalVehiclePolicy.Kind.PPO, other))
                .hasMessageContaining("for this scenario");
        assertThatThrownBy(() -> QuantumPolicies.create("ppo", SMALL, 1L, Optional.empty()))
                .hasMessageContaining("needs a model file");
        Path missing = dir.resolve("none.zip");
        assertThatThrownBy(() -> new ClassicalVehiclePolicy(missing, ClassicalVehiclePolicy.Kind.PPO, SMALL))
                .hasMessage(missing + ": no such model file");
    }
}

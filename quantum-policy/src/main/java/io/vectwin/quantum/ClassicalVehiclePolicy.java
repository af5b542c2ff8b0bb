package io.vectwin.quantum;

import io.vectwin.model.env.AgentStates;
import io.vectwin.model.mdp.FeatureScaling;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mdp.VehicleChoice;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.NodeLinks;
import io.vectwin.model.policy.OffloadingPolicy;
import io.vectwin.model.policy.PathPredictor;
import io.vectwin.model.policy.PredictionSession;
import io.vectwin.model.policy.SubtaskDecision;
import io.vectwin.quantum.policy.ActionSelection;
import io.vectwin.quantum.training.ClassicalNetworks;
import io.vectwin.quantum.training.DenseForward;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A vehicle actor trained by a classical baseline ({@code vectwin train --algo ppo|ddpg}) deciding in
 * the Flink job ("ppo", "ddpg"): the vehicle's state s_v(t) (eq. 57) encoded as in training, through
 * the actor network, greedily —
 * <ul>
 *   <li>PPO: the most probable {@link VehicleActionSpace} index among the nodes the twin knows;</li>
 *   <li>DDPG: μ(s_v) read as eq. (58)'s power, first-hop scores and segment size
 *       ({@link VehicleActionSpace#choice(double[])}), the highest-scoring known node, at least the
 *       lowest power level (a vehicle that offloads must transmit) —</li>
 * </ul>
 * then the task's subtasks cut into the chosen number of segments and every segment sent to that
 * node ({@link VehicleAgentDecisions#direct}), as the quantum vehicle actor does; an actor trained
 * before the segment choice existed still loads and keeps whole subtasks. When the run's UAV and BS
 * actors ({@code uav.ppo.zip}, {@code bs.ppo.zip} or the {@code .ddpg.zip} pair) lie beside the
 * vehicle actor, the first hop's agent routes each segment
 * and sets its processing frequency ({@link NodeAgents}). The actors run as {@link DenseForward}
 * copies of the DL4J networks (a DL4J call per task cost about a millisecond). Deterministic; not
 * thread-safe (the copies reuse their buffers), one per operator instance.
 */
public final class ClassicalVehiclePolicy implements OffloadingPolicy {

    /** The baselines whose vehicle actors can be deployed. */
    public enum Kind {
        PPO, DDPG;

        public String policyName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;
    private final NetworkParameters params;
    private final DenseForward actor;
    private final PathPredictor predictor;
    private final NodeLinks nodeLinks;
    private final VehicleActionSpace actions;
    private final VehicleStateInput input;
    private final FeatureScaling scaling;
    /** The run's UAV and BS actors, when they lie beside the vehicle actor; else the first hop processes. */
    private final NodeAgents nodeAgents;
    private final String modelVersion;

    /**
     * @throws IllegalArgumentException if the file is not a DL4J network of the scenario's sizes
     */
    public ClassicalVehiclePolicy(Path modelFile, Kind kind, NetworkParameters params) {
        this.kind = kind;
        this.params = params;
        if (!Files.isRegularFile(modelFile)) {
            throw new IllegalArgumentException(modelFile + ": no such model file");
        }
        try {
            this.actor = DenseForward.of(ClassicalNetworks.load(modelFile, false));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(modelFile + ": not a DL4J dense network file (" + e.getMessage() + ")", e);
        }
        int inputs = actor.inputs();
        int stateLength = io.vectwin.model.mdp.VehicleState.featureNames(params.geometry()).size();
        if (inputs != stateLength) {
            throw new IllegalArgumentException(modelFile + ": the network reads " + inputs + " inputs, but a "
                    + kind.policyName() + " vehicle actor for this scenario reads " + stateLength);
        }
        try {
            this.actions = VehicleActionSpace.forModelOutputs(params, actor.outputs(), kind == Kind.DDPG);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(modelFile + ": " + e.getMessage(), e);
        }
        this.predictor = new PathPredictor(params);
        this.nodeLinks = predictor.newNodeLinks();
        this.input = new VehicleStateInput(params);
        this.scaling = FeatureScaling.forParameters(params);
        this.nodeAgents = NodeAgents.beside(modelFile, kind == Kind.PPO ? NodeAgents.Family.PPO : NodeAgents.Family.DDPG,
                params, new AgentStates(params, predictor.links())).orElse(null);
        this.modelVersion = NodeAgents.modelVersion(ModelVersion.of(modelFile), nodeAgents);
    }

    @Override
    public String name() {
        return kind.policyName();
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public List<SubtaskDecision> decide(DecisionContext context) {
        if (context == null) {
            throw new IllegalArgumentException("context is required");
        }
        PredictionSession session = predictor.session(context, nodeLinks);
        double[] state = input.state(context, session).encode(params, scaling);
        double[] out = actor.output(state);
        VehicleChoice choice;
        if (kind == Kind.PPO) {
            choice = actions.choice(ActionSelection.greedy(out, VehicleAgentDecisions.allowedActions(context, actions, params)));
        } else {
            boolean[] listed = VehicleAgentDecisions.listedSlots(context, actions, params);
            for (int slot = 0; slot < listed.length; slot++) {
                if (!listed[slot]) {
                    out[1 + slot] = -Double.MAX_VALUE; // a node the twin does not know cannot be chosen
                }
            }
            choice = actions.choice(out);
        }
        return VehicleAgentDecisions.afterVehicleChoice(context, session, choice, nodeAgents, params);
    }

    /** Whether the run's UAV and BS actors route the subtasks, not only the vehicle its first hop. */
    public boolean hasNodeAgents() {
        return nodeAgents != null;
    }

    /** With node agents: a BS's state ranks the vehicles it hears (eq. 61). */
    @Override
    public boolean readsOtherVehicles() {
        return hasNodeAgents();
    }
}

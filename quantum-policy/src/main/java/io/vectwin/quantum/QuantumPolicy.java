package io.vectwin.quantum;

import io.vectwin.model.env.AgentStates;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.OffloadingPolicy;
import io.vectwin.model.policy.NodeLinks;
import io.vectwin.model.policy.PathPredictor;
import io.vectwin.model.policy.PredictionSession;
import io.vectwin.model.policy.SubtaskDecision;
import io.vectwin.quantum.policy.QpnFileException;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QpnParametersFile;
import io.vectwin.quantum.policy.QuantumPolicyNetwork;
import java.nio.file.Path;
import java.util.List;

/**
 * The quantum policy ("quantum"): the quantum policy network of Sec. V-C (eq. 75–88) deciding each
 * task's first hop, transmit power and segment size.
 *
 * <h2>One decision</h2>
 * <ol>
 *   <li>The vehicle's state s_v(t) (eq. 57) is built from the context and the decision's
 *       {@link PredictionSession} links, encoded and fitted to the circuit's input
 *       ({@link VehicleStateInput}: zero-padded to 2^N for amplitude encoding).</li>
 *   <li>The circuit gives the outcome probabilities (eq. 85); the read-out maps them onto the
 *       {@link VehicleActionSpace} indices (eq. 88): index = (slot·L + level)·S + σ, the first hop's
 *       slot (BSs, then UAVs), one of L = {@value VehicleActionSpace#DEFAULT_POWER_LEVELS} power
 *       levels (ℓ+1)/L·P_max,v and one of S = {@value VehicleActionSpace#DEFAULT_SEGMENT_LEVELS}
 *       segment sizes (every subtask cut into 2^σ segments, eq. 58's D_{i,j}). A read-out trained
 *       before the segment choice existed maps to S = 1 and still loads. With the outcome-group
 *       read-out (a circuit-only file, S = 1) action a scores the outcomes i ≡ a (mod A): for
 *       Sec. VI's A = (4 + 10)·4 = 56 on 64 outcomes, outcomes 56–63 add to actions 0–7; with more
 *       actions than outcomes the extra actions are never chosen (see
 *       {@link io.vectwin.quantum.policy.SoftmaxReadout}).</li>
 *   <li>The action is chosen greedily (argmax, ties to the lowest index), so the policy is
 *       deterministic and draws nothing; actions whose node the context does not list are masked
 *       out first.</li>
 *   <li>The task's subtasks are cut into the chosen number of segments
 *       ({@link io.vectwin.model.mec.TaskSegmentation}); the chosen (first hop, power) becomes a
 *       direct {@link OffloadPath} for every segment, or the first hop's agent routes each segment
 *       when the model has node agents (eq. 60/62), predicted by the session like every policy's
 *       decision, segments in descending priority (eq. 1) with each one's cycles queued for the
 *       next, as {@code GreedyPolicy} does.</li>
 * </ol>
 * s_v(t) describes the vehicle, not the subtask, so it is computed once per task and every segment
 * of a task gets the same vehicle action; only the node agents' routes and the predictions
 * (queueing) differ between them.
 *
 * <p>Not thread-safe (it holds the network's buffers), as {@link OffloadingPolicy} allows.
 */
public final class QuantumPolicy implements OffloadingPolicy {

    public static final String NAME = "quantum";

    private final NetworkParameters params;
    private final PathPredictor predictor;
    /** Node → node links, reused by the decisions of one slot (the nodes move once per slot). */
    private final NodeLinks nodeLinks;
    private final VehicleActionSpace actions;
    private final QuantumPolicyNetwork network;
    private final VehicleStateInput input;
    /** The UAV and BS agents, when the model came with them; else the first hop processes. */
    private final NodeAgents nodeAgents;
    private final String modelVersion;

    /**
     * The policy of a parameter file ({@link QpnParametersFile}) for a scenario. When the file lies
     * in a training run's policy directory beside {@code uav.qpn.json} and {@code bs.qpn.json}, the
     * node agents act too ({@link NodeAgents}).
     *
     * @throws QpnFileException if a file cannot be read, is malformed, or its read-out does not map
     *                          onto the scenario's action space; if only one node actor is there
     */
    public QuantumPolicy(Path modelFile, NetworkParameters params) {
        this(QpnParametersFile.read(modelFile), params, modelFile, ModelVersion.of(modelFile), null, null);
    }

    /** The policy of these parameters for a scenario, the vehicle agent alone. */
    public QuantumPolicy(QpnParameters parameters, NetworkParameters params) {
        this(parameters, params, null, "", null, null);
    }

    /** The policy of these parameters for a scenario, the vehicle, UAV and BS agents. */
    public QuantumPolicy(QpnParameters vehicle, QpnParameters uav, QpnParameters bs, NetworkParameters params) {
        this(vehicle, params, null, "", uav, bs);
    }

    private QuantumPolicy(QpnParameters parameters, NetworkParameters params, Path source, String modelVersion,
            QpnParameters uav, QpnParameters bs) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters is required");
        }
        if (params == null) {
            throw new IllegalArgumentException("params is required");
        }
        this.params = params;
        this.predictor = new PathPredictor(params);
        this.nodeLinks = this.predictor.newNodeLinks();
        try {
            // a circuit-only file (outcome groups, no trained read-out) keeps whole subtasks
            this.actions = parameters.hasReadout()
                    ? VehicleActionSpace.forModelOutputs(params, parameters.readout().actions(), false)
                    : VehicleActionSpace.forParameters(params, VehicleActionSpace.DEFAULT_POWER_LEVELS, 1);
        } catch (IllegalArgumentException e) {
            throw source == null ? new IllegalArgumentException("readout: " + e.getMessage())
                    : new QpnFileException(source, "readout", e.getMessage());
        }
        this.network = new QuantumPolicyNetwork(parameters, actions.size());
        this.input = new VehicleStateInput(params);
        AgentStates states = new AgentStates(params, predictor.links());
        this.nodeAgents = uav != null ? NodeAgents.of(uav, bs, params, states)
                : source == null ? null : NodeAgents.beside(source, NodeAgents.Family.QUANTUM, params, states).orElse(null);
        this.modelVersion = NodeAgents.modelVersion(modelVersion, nodeAgents);
    }

    /** Whether the UAV and BS agents decide process-or-forward, not only the vehicle its first hop. */
    public boolean hasNodeAgents() {
        return nodeAgents != null;
    }

    /** With node agents: a BS's state ranks the vehicles it hears (eq. 61). */
    @Override
    public boolean readsOtherVehicles() {
        return hasNodeAgents();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The network, e.g. to inspect p(a|ψ). */
    public QuantumPolicyNetwork network() {
        return network;
    }

    public VehicleActionSpace actionSpace() {
        return actions;
    }

    @Override
    public List<SubtaskDecision> decide(DecisionContext context) {
        if (context == null) {
            throw new IllegalArgumentException("context is required");
        }
        PredictionSession session = predictor.session(context, nodeLinks);
        int action = network.greedyAction(input.input(context, session, network.inputLength()),
                VehicleAgentDecisions.allowedActions(context, actions, params));
        return VehicleAgentDecisions.afterVehicleChoice(context, session, actions.choice(action), nodeAgents, params);
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }
}

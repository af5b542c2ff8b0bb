package io.vectwin.quantum;

import io.vectwin.model.env.AgentStates;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.BsAction;
import io.vectwin.model.mdp.BsState;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mdp.UavAction;
import io.vectwin.model.mdp.UavState;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.ScenarioGeometry;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.quantum.policy.ActionSelection;
import io.vectwin.quantum.policy.QpnFileException;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QpnParametersFile;
import io.vectwin.quantum.policy.QuantumPolicyNetwork;
import io.vectwin.quantum.training.AgentAct;
import io.vectwin.quantum.training.ClassicalNetworks;
import io.vectwin.quantum.training.DenseForward;
import io.vectwin.quantum.training.NodeRoute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The UAV and BS agents of a multi-agent run, deciding in the job as they were trained
 * ({@code MultiAgentTrainer}): the node a vehicle chose as first hop looks at its own state with the
 * subtask it received — s_u(t) of eq. (59) for a UAV, s_b(t) of eq. (61) for a BS, with D_{i,j} and
 * C_{i,j} of that subtask ({@link AgentStates#nodeFeatures}) — and its actor picks what to do with
 * it, greedily: process it (κ = 1) at a CPU frequency, or forward it to one other node (Γ of
 * eq. 60/62), forwarding only where C11 allows a hop ({@link NodeRoute#of} reads the action the
 * same way the trainer does).
 * <ul>
 *   <li>quantum ({@code uav.qpn.json}, {@code bs.qpn.json}): the most probable allowed
 *       {@link NodeActionSpace} index of the quantum policy network (eq. 75–88);</li>
 *   <li>PPO ({@code uav.ppo.zip}, {@code bs.ppo.zip}): the most probable allowed index of the
 *       softmax actor;</li>
 *   <li>DDPG ({@code uav.ddpg.zip}, {@code bs.ddpg.zip}): μ(s) read as {@link UavAction} /
 *       {@link BsAction}.</li>
 * </ul>
 *
 * <p>The frequency a processing decision asks for travels with the decision
 * ({@code processingCpuHz}); the world runs the node at the highest its slot's decisions ask for,
 * capped by what is available, as the trainer's node controls do.
 *
 * <p>A BS ranks the vehicles it hears (eq. 61's K strongest): the job's context gives it the
 * issuing vehicle and the other vehicles the twin shares with the deciding operator
 * ({@link DecisionContext#otherVehicles()}).
 *
 * <p>Not thread-safe (the actors hold buffers).
 */
final class NodeAgents {

    /** The trained actor families and the file name suffix {@code vectwin train} gives their actors. */
    enum Family {
        QUANTUM("qpn.json"), PPO("ppo.zip"), DDPG("ddpg.zip");

        private final String suffix;

        Family(String suffix) {
            this.suffix = suffix;
        }

        /** The actor file of a node kind: {@code uav.<suffix>} or {@code bs.<suffix>}. */
        String fileName(EntityKind kind) {
            return (kind == EntityKind.UAV ? "uav." : "bs.") + suffix;
        }
    }

    /** A node kind's trained actor, greedy: its action for a state. */
    private interface Actor {
        AgentAct act(double[] features, boolean[] allowed);
    }

    /** One node kind's actor, action space and model version. */
    private record Agent(Actor actor, NodeActionSpace actions, String version) {
    }

    private final NetworkParameters params;
    private final AgentStates states;
    private final Agent uav;
    private final Agent baseStation;

    private NodeAgents(NetworkParameters params, AgentStates states, Agent uav, Agent baseStation) {
        this.params = params;
        this.states = states;
        this.uav = uav;
        this.baseStation = baseStation;
    }

    /**
     * The node agents of {@code family} whose files lie beside {@code vehicleModel} (a training run's
     * policy directory), or none when neither file is there.
     *
     * @throws IllegalArgumentException (a {@link QpnFileException} for the quantum family) if only one
     *                                  of the two is there, or one does not load or does not fit its
     *                                  kind's state and action spaces
     */
    static Optional<NodeAgents> beside(Path vehicleModel, Family family, NetworkParameters params, AgentStates states) {
        Path dir = vehicleModel.toAbsolutePath().getParent();
        Path uavFile = dir.resolve(family.fileName(EntityKind.UAV));
        Path bsFile = dir.resolve(family.fileName(EntityKind.BASE_STATION));
        boolean hasUav = Files.isRegularFile(uavFile);
        boolean hasBs = Files.isRegularFile(bsFile);
        if (!hasUav && !hasBs) {
            return Optional.empty();
        }
        if (!hasUav || !hasBs) {
            Path present = hasUav ? uavFile : bsFile;
            String reason = "the " + (hasUav ? bsFile : uavFile).getFileName() + " of the same run is missing beside"
                    + " it; both node actors act or neither";
            throw family == Family.QUANTUM ? new QpnFileException(present, "node agents", reason)
                    : new IllegalArgumentException(present + ": " + reason);
        }
        return Optional.of(new NodeAgents(params, states, agent(uavFile, family, EntityKind.UAV, params),
                agent(bsFile, family, EntityKind.BASE_STATION, params)));
    }

    /** Quantum node agents of these parameters (e.g. a training run's actors held in memory). */
    static NodeAgents of(QpnParameters uavParameters, QpnParameters bsParameters, NetworkParameters params,
            AgentStates states) {
        return new NodeAgents(params, states, quantum(uavParameters, EntityKind.UAV, params, null, ""),
                quantum(bsParameters, EntityKind.BASE_STATION, params, null, ""));
    }

    /**
     * The version a decision names: the vehicle actor's, followed by the node actors' when there are
     * any, e.g. {@code 1a2b3c4d5e6f (uav 0f1e2d3c4b5a, bs 9a8b7c6d5e4f)}.
     */
    static String modelVersion(String vehicleVersion, NodeAgents nodeAgents) {
        if (nodeAgents == null) {
            return vehicleVersion;
        }
        String nodes = "(uav " + nodeAgents.uav.version() + ", bs " + nodeAgents.baseStation.version() + ")";
        return vehicleVersion.isEmpty() ? nodes : vehicleVersion + " " + nodes;
    }

    /**
     * The twin's view of the network as the node agents' states read it: the issuing vehicle and the
     * other vehicles the context knows, its UAVs and BSs.
     */
    static Observation observation(DecisionContext context) {
        List<EntityState> vehicles = new ArrayList<>(1 + context.otherVehicles().size());
        vehicles.add(context.vehicle());
        vehicles.addAll(context.otherVehicles());
        List<EntityState> uavs = new ArrayList<>();
        List<EntityState> baseStations = new ArrayList<>();
        for (EntityState node : context.edgeNodes()) {
            (node.id().kind() == EntityKind.UAV ? uavs : baseStations).add(node);
        }
        // slot k of a node state's arrays is node k (UavState, BsState)
        uavs.sort(Comparator.comparing(EntityState::id));
        baseStations.sort(Comparator.comparing(EntityState::id));
        return new Observation(0, context.nowSeconds(), vehicles, uavs, baseStations, List.of());
    }

    /**
     * The route {@code firstHop}'s agent gives {@code subtask}: processed there at the frequency it
     * chose, or forwarded one hop (the next node runs at its available frequency). The node states
     * hold one entry per BS and UAV of the scenario; while the twin does not know them all yet (a job
     * that has just started), the first hop processes.
     */
    NodeRoute route(Observation twin, EntityId firstHop, Subtask subtask) {
        if (!knowsEveryNode(twin)) {
            return NodeRoute.direct(firstHop);
        }
        Agent agent = firstHop.kind() == EntityKind.UAV ? uav : baseStation;
        double[] features = states.nodeFeatures(twin, firstHop, subtask.dataBits(), subtask.cyclesPerBit());
        boolean[] allowed = agent.actions().allowed(firstHop, params.compute().maxForwardingHops());
        return NodeRoute.of(firstHop, agent.actor().act(features, allowed), agent.actions(), params);
    }

    /** Whether {@code twin} lists u-0 … u-(U−1) and b-0 … b-(B−1), each once (a context lists no node twice). */
    private boolean knowsEveryNode(Observation twin) {
        return listsExactly(twin.uavs(), params.geometry().uavs())
                && listsExactly(twin.baseStations(), params.geometry().baseStations());
    }

    private static boolean listsExactly(List<EntityState> nodes, int count) {
        if (nodes.size() != count) {
            return false;
        }
        for (EntityState n : nodes) {
            if (n.id().index() >= count) {
                return false;
            }
        }
        return true;
    }

    private static Agent agent(Path file, Family family, EntityKind kind, NetworkParameters params) {
        if (family == Family.QUANTUM) {
            return quantum(QpnParametersFile.read(file), kind, params, file, ModelVersion.of(file));
        }
        DenseForward net;
        try {
            net = DenseForward.of(ClassicalNetworks.load(file, false));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a DL4J dense network file (" + e.getMessage() + ")", e);
        }
        NodeActionSpace actions = NodeActionSpace.forParameters(params, kind);
        ScenarioGeometry g = params.geometry();
        int stateLength = kind == EntityKind.UAV ? UavState.featureNames(g).size() : BsState.featureNames(g).size();
        int outputs = family == Family.PPO ? actions.size()
                : kind == EntityKind.UAV ? UavAction.encodingLength(g) : BsAction.encodingLength(g);
        if (net.inputs() != stateLength || net.outputs() != outputs) {
            throw new IllegalArgumentException(file + ": the network maps " + net.inputs() + " inputs to "
                    + net.outputs() + " outputs, but a " + family.name().toLowerCase(Locale.ROOT) + " " + kind
                    + " actor for this scenario maps " + stateLength + " to " + outputs);
        }
        Actor actor = family == Family.PPO
                ? (features, allowed) -> AgentAct.discrete(features,
                        ActionSelection.greedy(net.output(features), allowed), 1.0, allowed)
                : (features, allowed) -> AgentAct.continuous(features, net.output(features).clone());
        return new Agent(actor, actions, ModelVersion.of(file));
    }

    private static Agent quantum(QpnParameters parameters, EntityKind kind, NetworkParameters params, Path source,
            String version) {
        NodeActionSpace actions = NodeActionSpace.forParameters(params, kind);
        if (parameters.hasReadout() && parameters.readout().actions() != actions.size()) {
            String reason = "maps to " + parameters.readout().actions() + " actions, but a " + kind + " agent of this"
                    + " scenario has " + actions.cpuLevels() + " CPU levels + " + actions.targets()
                    + " forwarding targets = " + actions.size();
            throw source == null ? new IllegalArgumentException(reason) : new QpnFileException(source, "readout", reason);
        }
        QuantumPolicyNetwork network = new QuantumPolicyNetwork(parameters, actions.size());
        Actor actor = (features, allowed) -> AgentAct.discrete(features,
                network.greedyAction(VehicleStateInput.fit(features, network.inputLength()), allowed), 1.0, allowed);
        return new Agent(actor, actions, version);
    }
}

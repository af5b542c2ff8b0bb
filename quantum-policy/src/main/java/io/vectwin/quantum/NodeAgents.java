package io.vectwin.quantum;

import io.vectwin.model.env.AgentStates;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.quantum.policy.QpnFileException;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QpnParametersFile;
import io.vectwin.quantum.policy.QuantumPolicyNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The UAV and BS agents of the multi-agent quantum policy, deciding in the job as they were trained
 * ({@code MultiAgentTrainer}): the node a vehicle chose as first hop looks at its own state with the
 * subtask it received — s_u(t) of eq. (59) for a UAV, s_b(t) of eq. (61) for a BS, with D_{i,j} and
 * C_{i,j} of that subtask ({@link AgentStates#nodeFeatures}) — and its quantum policy network
 * (eq. 75–88, greedy, as {@link QuantumPolicy} decides for the vehicle) picks one
 * {@link NodeActionSpace} index: process here (κ = 1) or forward to one other node (Γ of eq. 60/62),
 * forwarding only where C11 allows a hop.
 *
 * <p>A processing index also names a CPU-frequency level, the node's f_cpu of eq. (60)/(62), which
 * the decision carries ({@code processingCpuHz}) and the prediction uses; the world runs the node
 * at the highest frequency its slot's decisions ask for, capped by what is available, as the
 * trainer's node controls do.
 *
 * <p>A BS ranks the vehicles it hears (eq. 61's K strongest): the job's context gives it the
 * issuing vehicle and the other vehicles the twin shares with the deciding operator
 * ({@link DecisionContext#otherVehicles()}).
 *
 * <p>Not thread-safe (the networks hold buffers).
 */
final class NodeAgents {

    /** The file names {@code vectwin train} gives the node actors beside {@code vehicle.qpn.json}. */
    static final String UAV_FILE = "uav.qpn.json";
    static final String BS_FILE = "bs.qpn.json";

    private final NetworkParameters params;
    private final AgentStates states;
    private final Agent uav;
    private final Agent baseStation;

    /** One kind's trained network and action space. */
    private record Agent(QuantumPolicyNetwork network, NodeActionSpace actions, String version) {
    }

    private NodeAgents(NetworkParameters params, AgentStates states, Agent uav, Agent baseStation) {
        this.params = params;
        this.states = states;
        this.uav = uav;
        this.baseStation = baseStation;
    }

    /**
     * The node agents whose files lie beside {@code vehicleModel} (a training run's policy directory),
     * or none when neither file is there.
     *
     * @throws QpnFileException if only one of the two is there, or one does not load or does not fit
     *                          its kind's action space
     */
    static Optional<NodeAgents> beside(Path vehicleModel, NetworkParameters params, AgentStates states) {
        Path dir = vehicleModel.toAbsolutePath().getParent();
        Path uavFile = dir.resolve(UAV_FILE);
        Path bsFile = dir.resolve(BS_FILE);
        boolean hasUav = Files.isRegularFile(uavFile);
        boolean hasBs = Files.isRegularFile(bsFile);
        if (!hasUav && !hasBs) {
            return Optional.empty();
        }
        if (!hasUav || !hasBs) {
            Path present = hasUav ? uavFile : bsFile;
            throw new QpnFileException(present, "node agents", "the " + (hasUav ? BS_FILE : UAV_FILE)
                    + " of the same run is missing beside it; both node actors act or neither");
        }
        return Optional.of(new NodeAgents(params, states, agent(uavFile, EntityKind.UAV, params),
                agent(bsFile, EntityKind.BASE_STATION, params)));
    }

    /** Node agents of these parameters (e.g. a training run's actors held in memory). */
    static NodeAgents of(QpnParameters uavParameters, QpnParameters bsParameters, NetworkParameters params,
            AgentStates states) {
        return new NodeAgents(params, states, agent(uavParameters, EntityKind.UAV, params, null, ""),
                agent(bsParameters, EntityKind.BASE_STATION, params, null, ""));
    }

    /** The two actors' versions, UAV then BS, for the decision's model version. */
    String modelVersion() {
        return "uav " + uav.version() + ", bs " + baseStation.version();
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
     * The route {@code firstHop}'s agent gives {@code subtask}: processed there at the CPU level it
     * chose, or forwarded one hop (the next node runs at its available frequency).
     * The node states hold one entry per BS and UAV of the scenario; while the twin does not know
     * them all yet (a job that has just started), the first hop processes.
     */
    VehicleAgentDecisions.Route route(Observation twin, EntityId firstHop, Subtask subtask) {
        if (!knowsEveryNode(twin)) {
            return VehicleAgentDecisions.Route.direct(firstHop);
        }
        Agent agent = firstHop.kind() == EntityKind.UAV ? uav : baseStation;
        double[] features = states.nodeFeatures(twin, firstHop, subtask.dataBits(), subtask.cyclesPerBit());
        NodeActionSpace space = agent.actions();
        boolean[] allowed = space.allowed(firstHop, params.compute().maxForwardingHops());
        int action = agent.network().greedyAction(VehicleStateInput.fit(features, agent.network().inputLength()),
                allowed);
        // a processing index's frequency as the trainer's node control sets it: its share of f_max
        double cpuHz = space.processesHere(action) ? space.cpuFraction(action) * params.compute().maxCpuHz() : 0.0;
        return new VehicleAgentDecisions.Route(space.path(firstHop, action), cpuHz);
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

    private static Agent agent(Path file, EntityKind kind, NetworkParameters params) {
        return agent(QpnParametersFile.read(file), kind, params, file, ModelVersion.of(file));
    }

    private static Agent agent(QpnParameters parameters, EntityKind kind, NetworkParameters params, Path source,
            String version) {
        NodeActionSpace actions = NodeActionSpace.forParameters(params, kind);
        if (parameters.hasReadout() && parameters.readout().actions() != actions.size()) {
            String reason = "maps to " + parameters.readout().actions() + " actions, but a " + kind + " agent of this"
                    + " scenario has " + actions.cpuLevels() + " CPU levels + " + actions.targets()
                    + " forwarding targets = " + actions.size();
            throw source == null ? new IllegalArgumentException(reason) : new QpnFileException(source, "readout", reason);
        }
        return new Agent(new QuantumPolicyNetwork(parameters, actions.size()), actions, version);
    }
}

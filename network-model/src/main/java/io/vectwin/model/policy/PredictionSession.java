package io.vectwin.model.policy;

import io.vectwin.model.channel.LinkBudget;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.Energy;
import io.vectwin.model.mec.HopLatency;
import io.vectwin.model.mec.PathLatency;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The predictions of {@link PathPredictor} for one decision: candidate paths, per-path
 * predictions and the queue the policy builds up while it assigns the task's subtasks. Every
 * link (from, to) is evaluated at most once per session, at the transmitter's P_max; the
 * vehicle's rate at a lower power is derived from the cached SNR, which is linear in the power
 * (ω = p·‖h‖²/σ², eq. 22), through the URLLC rate of eq. (23).
 *
 * <p>Mutable, single-threaded, short-lived: create it at the start of {@code decide()} and drop it
 * at the end (it references the context).
 */
public final class PredictionSession {

    private final NetworkParameters params;
    private final LinkEvaluator links;
    private final int fanout;
    private final EntityId vehicle;
    private final List<EntityState> nodes;
    private final Map<EntityId, Integer> slotOf;
    private final Position vehicleAntenna;
    private final Position[] nodeAntennas;
    private final double vehicleMaxPowerW;
    /** Vehicle → node i at P_max,v; null until evaluated. */
    private final LinkBudget[] fromVehicle;
    /** Node i → node j at P_max of i's kind; null until evaluated. */
    private final LinkBudget[][] betweenNodes;
    /** Open next nodes from node i, best rate first; null until ranked. */
    private final int[][] rankedNextNodes;
    private final double[] assignedCycles;
    private List<OffloadPath> candidates;
    private int linkEvaluations;

    PredictionSession(NetworkParameters params, LinkEvaluator links, int fanout, DecisionContext context) {
        this.params = params;
        this.links = links;
        this.fanout = fanout;
        this.vehicle = context.vehicle().id();
        this.nodes = context.edgeNodes();
        int n = nodes.size();
        this.slotOf = new HashMap<>(2 * n);
        this.nodeAntennas = new Position[n];
        for (int i = 0; i < n; i++) {
            slotOf.put(nodes.get(i).id(), i);
            nodeAntennas[i] = params.radio().antennaPosition(nodes.get(i).id().kind(), nodes.get(i).motion().position());
        }
        this.vehicleAntenna = params.radio().antennaPosition(context.vehicle().id().kind(), context.vehicle().motion().position());
        this.vehicleMaxPowerW = links.maxTxPowerW(EntityKind.VEHICLE);
        this.fromVehicle = new LinkBudget[n];
        this.betweenNodes = new LinkBudget[n][n];
        this.rankedNextNodes = new int[n][];
        this.assignedCycles = new double[n];
    }

    /**
     * The mean-channel link budget from {@code from} (the context's vehicle or an edge node) to
     * the edge node {@code to}, at the transmitter's P_max; cached.
     */
    public LinkBudget link(EntityId from, EntityId to) {
        Require.notNull("from", from);
        int j = slot(to);
        if (from.equals(vehicle)) {
            return vehicleLink(j);
        }
        if (from.kind() == EntityKind.VEHICLE) {
            throw new IllegalArgumentException("from must be the deciding vehicle " + vehicle + " or an edge node, got " + from);
        }
        return nodeLink(slot(from), j);
    }

    /**
     * Candidate paths, direct ones first (in the context's node order), then forwarded ones by
     * number of hops; see {@link PathPredictor} for the enumeration and its bound. The same list
     * for every subtask of the task; computed on first use.
     */
    public List<OffloadPath> candidatePaths() {
        if (candidates == null) {
            candidates = Collections.unmodifiableList(enumerate());
        }
        return candidates;
    }

    /**
     * Predicts {@code subtask} along {@code path} with the vehicle transmitting at
     * {@code txPowerW} (capped at P_max,v), given the queue as it stands in this session.
     */
    public PathPrediction predict(Subtask subtask, OffloadPath path, double txPowerW) {
        Require.notNull("subtask", subtask);
        Require.notNull("path", path);
        Require.positive("txPowerW", txPowerW);
        double power = Math.min(txPowerW, vehicleMaxPowerW);
        double bits = subtask.dataBits();
        List<EntityId> hops = path.nodes();
        int previous = slot(hops.get(0));
        double firstRate = vehicleRate(previous, power);
        double transmission = HopLatency.transmission(bits, firstRate);
        for (int k = 1; k < hops.size(); k++) {
            int next = slot(hops.get(k));
            transmission += HopLatency.transmission(bits, nodeLink(previous, next).rateBps());
            previous = next;
        }
        double energy = Energy.vehicleTransmit(power, bits, firstRate);
        EntityState processor = nodes.get(previous);
        double cpuHz = processor.availableCpuHz();
        double latency = cpuHz > 0
                ? PathLatency.afterTransmission(transmission, subtask.cyclesPerBit(), bits, cpuHz, backlogCycles(previous))
                : Double.POSITIVE_INFINITY;
        return new PathPrediction(path, power, latency, energy, QualityOfService.raw(latency, energy, params.qos()));
    }

    /**
     * Records that {@code subtask} goes as {@code prediction} says: its cycles join the processing
     * node's queue for later predictions in this session. Work on a path predicted unreachable
     * (L = +∞) never arrives, so, as in the executor, it loads no node.
     */
    public void assign(Subtask subtask, PathPrediction prediction) {
        Require.notNull("subtask", subtask);
        Require.notNull("prediction", prediction);
        if (Double.isFinite(prediction.latencyS())) {
            assignedCycles[slot(prediction.path().processingNode())] += subtask.cycles();
        }
    }

    /** The node's queue as predictions see it: reported backlog plus cycles assigned in this session. */
    public double backlogCycles(EntityId node) {
        return backlogCycles(slot(node));
    }

    /** Links evaluated so far (each pair at most once); for tests. */
    int linkEvaluations() {
        return linkEvaluations;
    }

    private double backlogCycles(int i) {
        return nodes.get(i).backlogCycles() + assignedCycles[i];
    }

    private int slot(EntityId node) {
        Require.notNull("node", node);
        Integer i = slotOf.get(node);
        if (i == null) {
            throw new IllegalArgumentException("node " + node + " is not among the context's edge nodes");
        }
        return i;
    }

    private double vehicleRate(int node, double powerW) {
        LinkBudget atMax = vehicleLink(node);
        double scale = powerW / vehicleMaxPowerW;
        return scale == 1.0 ? atMax.rateBps() : links.rate().achievable(atMax.sinr() * scale);
    }

    private LinkBudget vehicleLink(int j) {
        if (fromVehicle[j] == null) {
            fromVehicle[j] = evaluate(vehicle.kind(), vehicleAntenna, j, vehicleMaxPowerW);
        }
        return fromVehicle[j];
    }

    private LinkBudget nodeLink(int i, int j) {
        if (betweenNodes[i][j] == null) {
            EntityKind kind = nodes.get(i).id().kind();
            betweenNodes[i][j] = evaluate(kind, nodeAntennas[i], j, links.maxTxPowerW(kind));
        }
        return betweenNodes[i][j];
    }

    private LinkBudget evaluate(EntityKind fromKind, Position from, int j, double powerW) {
        LinkType type = LinkType.between(fromKind, nodes.get(j).id().kind());
        linkEvaluations++;
        return links.expected(type, links.defaultModel(type), from, nodeAntennas[j], powerW);
    }

    private List<OffloadPath> enumerate() {
        int n = nodes.size();
        List<OffloadPath> out = new ArrayList<>();
        List<int[]> frontier = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(OffloadPath.direct(nodes.get(i).id()));
            if (!vehicleLink(i).isClosed()) {
                frontier.add(new int[] {i});
            }
        }
        for (int hop = 1; hop <= params.compute().maxForwardingHops() && !frontier.isEmpty(); hop++) {
            List<int[]> extended = new ArrayList<>();
            for (int[] prefix : frontier) {
                int taken = 0;
                for (int next : rankedNextNodes(prefix[prefix.length - 1])) {
                    if (taken == fanout) {
                        break;
                    }
                    if (contains(prefix, next)) {
                        continue;
                    }
                    int[] path = Arrays.copyOf(prefix, prefix.length + 1);
                    path[prefix.length] = next;
                    extended.add(path);
                    out.add(toPath(path));
                    taken++;
                }
            }
            frontier = extended;
        }
        return out;
    }

    /** Nodes reachable from node i over an open link Table I allows, best rate first (ties: context order). */
    private int[] rankedNextNodes(int i) {
        if (rankedNextNodes[i] == null) {
            boolean fromBs = nodes.get(i).id().kind() == EntityKind.BASE_STATION;
            List<Integer> open = new ArrayList<>();
            for (int j = 0; j < nodes.size(); j++) {
                boolean bsToBs = fromBs && nodes.get(j).id().kind() == EntityKind.BASE_STATION;
                if (j != i && !bsToBs && !nodeLink(i, j).isClosed()) {
                    open.add(j);
                }
            }
            open.sort((a, b) -> Double.compare(nodeLink(i, b).rateBps(), nodeLink(i, a).rateBps()));
            rankedNextNodes[i] = open.stream().mapToInt(Integer::intValue).toArray();
        }
        return rankedNextNodes[i];
    }

    private OffloadPath toPath(int[] slots) {
        List<EntityId> ids = new ArrayList<>(slots.length);
        for (int s : slots) {
            ids.add(nodes.get(s).id());
        }
        return new OffloadPath(ids);
    }

    private static boolean contains(int[] values, int x) {
        for (int v : values) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }
}

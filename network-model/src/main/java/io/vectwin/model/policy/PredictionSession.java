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
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

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
    private final EntityId vehicle;
    private final List<EntityState> nodes;
    /** slotOf[kind ordinal][index]: the node's position in {@link #nodes}, -1 if absent (no hashing on the hot path). */
    private final int[][] slotOf;
    private final Position vehicleAntenna;
    private final Position[] nodeAntennas;
    private final double vehicleMaxPowerW;
    /** Vehicle → node i at P_max,v; null until evaluated. */
    private final LinkBudget[] fromVehicle;
    /** Everything that does not depend on the vehicle, possibly shared with earlier sessions. */
    private final NodeLinks nodeLinks;
    private final long nodeEvaluationsBefore;
    private final double[] assignedCycles;
    private List<OffloadPath> candidates;
    private int vehicleLinkEvaluations;

    PredictionSession(NetworkParameters params, LinkEvaluator links, DecisionContext context, NodeLinks nodeLinks) {
        this.params = params;
        this.links = links;
        this.vehicle = context.vehicle().id();
        this.nodes = context.edgeNodes();
        int n = nodes.size();
        this.slotOf = slotTable(nodes);
        this.nodeAntennas = new Position[n];
        for (int i = 0; i < n; i++) {
            nodeAntennas[i] = params.radio().antennaPosition(nodes.get(i).id().kind(), nodes.get(i).motion().position());
        }
        this.vehicleAntenna = params.radio().antennaPosition(context.vehicle().id().kind(), context.vehicle().motion().position());
        this.vehicleMaxPowerW = links.maxTxPowerW(EntityKind.VEHICLE);
        this.fromVehicle = new LinkBudget[n];
        this.nodeLinks = nodeLinks;
        nodeLinks.adopt(nodes, nodeAntennas);
        this.nodeEvaluationsBefore = nodeLinks.evaluations();
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
            candidates = enumerate();
        }
        return candidates;
    }

    /**
     * Predicts {@code subtask} along {@code path} with the vehicle transmitting at
     * {@code txPowerW} (capped at P_max,v), given the queue as it stands in this session.
     */
    public PathPrediction predict(Subtask subtask, OffloadPath path, double txPowerW) {
        return predict(subtask, path, txPowerW, 0.0);
    }

    /**
     * {@link #predict(Subtask, OffloadPath, double)} with the processing node running at
     * {@code processingCpuHz} (its agent's f_cpu, eq. 60/62), capped by what it has available as the
     * executor caps a node's control; 0 leaves it at its available frequency.
     */
    public PathPrediction predict(Subtask subtask, OffloadPath path, double txPowerW, double processingCpuHz) {
        double latency = latency(subtask, path, txPowerW, processingCpuHz);
        double power = Math.min(txPowerW, vehicleMaxPowerW);
        double bits = subtask.dataBits();
        double energy = Energy.vehicleTransmit(power, bits, vehicleRate(slot(path.firstHop()), power));
        return new PathPrediction(path, power, latency, energy, QualityOfService.raw(latency, energy, params.qos()),
                processingCpuHz);
    }

    /**
     * The latency {@link #predict} would give, without the energy, the QoS or the record: what a
     * policy that compares many paths by latency needs for each of them (eq. 6–7 with the
     * processing node's queue; +∞ over a closed hop or at a node without available CPU).
     */
    public double latency(Subtask subtask, OffloadPath path, double txPowerW) {
        return latency(subtask, path, txPowerW, 0.0);
    }

    private double latency(Subtask subtask, OffloadPath path, double txPowerW, double processingCpuHz) {
        Require.notNull("subtask", subtask);
        Require.notNull("path", path);
        Require.positive("txPowerW", txPowerW);
        Require.nonNegative("processingCpuHz", processingCpuHz);
        double bits = subtask.dataBits();
        double transmission = transmissionSeconds(bits, path, txPowerW);
        int processorSlot = slot(path.processingNode());
        double available = nodes.get(processorSlot).availableCpuHz();
        double cpuHz = processingCpuHz > 0 ? Math.min(processingCpuHz, available) : available;
        return cpuHz > 0
                ? PathLatency.afterTransmission(transmission, subtask.cyclesPerBit(), bits, cpuHz, backlogCycles(processorSlot))
                : Double.POSITIVE_INFINITY;
    }

    /**
     * Σ_k D/R_k over the hops of {@code path} (the transmission part of eq. 6–7) for {@code bits}
     * sent by the vehicle at {@code txPowerW} (capped at P_max,v) and forwarded by nodes at their
     * P_max; +∞ over a closed hop.
     */
    public double transmissionSeconds(double bits, OffloadPath path, double txPowerW) {
        Require.notNull("path", path);
        Require.positive("txPowerW", txPowerW);
        List<EntityId> hops = path.nodes();
        int previous = slot(hops.get(0));
        double transmission = HopLatency.transmission(bits, vehicleRate(previous, Math.min(txPowerW, vehicleMaxPowerW)));
        for (int k = 1; k < hops.size(); k++) {
            int next = slot(hops.get(k));
            transmission += HopLatency.transmission(bits, nodeLink(previous, next).rateBps());
            previous = next;
        }
        return transmission;
    }

    /** Queues {@code cycles} more at {@code node} for later predictions in this session (work decided elsewhere). */
    public void addBacklog(EntityId node, double cycles) {
        Require.nonNegative("cycles", cycles);
        assignedCycles[slot(node)] += cycles;
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

    /** Links this session evaluated so far (each pair at most once; none a shared {@link NodeLinks} held); for tests. */
    int linkEvaluations() {
        return vehicleLinkEvaluations + (int) (nodeLinks.evaluations() - nodeEvaluationsBefore);
    }

    private double backlogCycles(int i) {
        return nodes.get(i).backlogCycles() + assignedCycles[i];
    }

    private int slot(EntityId node) {
        Require.notNull("node", node);
        int[] ofKind = slotOf[node.kind().ordinal()];
        int i = node.index() < ofKind.length ? ofKind[node.index()] : -1;
        if (i < 0) {
            throw new IllegalArgumentException("node " + node + " is not among the context's edge nodes");
        }
        return i;
    }

    private static int[][] slotTable(List<EntityState> nodes) {
        int[][] table = new int[EntityKind.values().length][];
        for (EntityKind kind : EntityKind.values()) {
            int size = nodes.stream().filter(s -> s.id().kind() == kind).mapToInt(s -> s.id().index() + 1).max().orElse(0);
            table[kind.ordinal()] = new int[size];
            Arrays.fill(table[kind.ordinal()], -1);
        }
        for (int i = 0; i < nodes.size(); i++) {
            EntityId id = nodes.get(i).id();
            table[id.kind().ordinal()][id.index()] = i;
        }
        return table;
    }

    private double vehicleRate(int node, double powerW) {
        LinkBudget atMax = vehicleLink(node);
        double scale = powerW / vehicleMaxPowerW;
        return scale == 1.0 ? atMax.rateBps() : links.rate().achievable(atMax.sinr() * scale);
    }

    private LinkBudget vehicleLink(int j) {
        if (fromVehicle[j] == null) {
            LinkType type = LinkType.between(vehicle.kind(), nodes.get(j).id().kind());
            vehicleLinkEvaluations++;
            fromVehicle[j] = links.expected(type, links.defaultModel(type), vehicleAntenna, nodeAntennas[j], vehicleMaxPowerW);
        }
        return fromVehicle[j];
    }

    private LinkBudget nodeLink(int i, int j) {
        return nodeLinks.link(i, j);
    }

    /**
     * Direct paths to every node in context order, then, for 1 … maxForwardingHops forwarding
     * hops, the forwarded paths of every node the vehicle reaches over an open link, in context
     * order; the list for a set of open first hops is built once per {@link NodeLinks}
     * ({@link NodeLinks#candidates}).
     */
    private List<OffloadPath> enumerate() {
        BitSet openFirstHops = new BitSet(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (!vehicleLink(i).isClosed()) {
                openFirstHops.set(i);
            }
        }
        return nodeLinks.candidates(openFirstHops);
    }
}

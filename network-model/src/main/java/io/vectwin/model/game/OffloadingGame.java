package io.vectwin.model.game;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.AdjustedReward;
import io.vectwin.model.mdp.AgentOutcome;
import io.vectwin.model.mdp.IncentivePenalty;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mdp.VehicleReward;
import io.vectwin.model.mec.Energy;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.PathLatency;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.NodeLinks;
import io.vectwin.model.policy.PathPredictor;
import io.vectwin.model.policy.PredictionSession;
import io.vectwin.model.policy.PriorityOrder;
import java.util.List;

/**
 * The one-slot game the vehicles of a slot play through the edge nodes' queues, and its pure Nash
 * equilibrium by iterated best response: Algorithm 3, lines 8–16 ("compute Nash equilibrium a*
 * satisfying a*_x = argmax U_x(a_x, a*_−x)"), for the vehicle agents.
 *
 * <h2>The game</h2>
 * <ul>
 *   <li>Players: the vehicles with a task request this slot (one {@link DecisionContext} each).</li>
 *   <li>Actions: the {@link VehicleActionSpace} indices — first hop, transmit-power level and segment
 *       size (eq. 58), the segments processed where they land (forwarding is the nodes' decision,
 *       eq. 60/62).</li>
 *   <li>Utility U_v(a_v, a_−v): the mean over v's subtasks (segments) of the adjusted vehicle reward
 *       R_V + I − P (eq. 64 with eq. 90–92) predicted on the mean channel (eq. 6–7, 23, 48), where a
 *       node's queue holds its reported backlog, every other player's subtasks sent to it (all of
 *       them ahead: the congestion a vehicle must expect from its neighbours) and v's own
 *       higher-priority segments (eq. 1), as the simulator serves them.</li>
 * </ul>
 * The other players enter U_v only through the cycles they queue at each node, so a profile is
 * evaluated in O(players · actions · subtasks) arithmetic: each player's transmission times to
 * every node at every power are computed once ({@link PredictionSession#transmissionSeconds}).
 *
 * <h2>Best response</h2>
 * Starting from the given profile (the agents' own proposals), players take turns in order; each
 * moves to its best action given everyone else's current one, keeping its action on a tie with the
 * best (so the iteration cannot cycle between equally good actions) and otherwise taking the lowest
 * such index. It stops after a round without a change (a pure Nash equilibrium: no player gains by
 * deviating alone) or after {@code maxRounds}. Congestion games of this kind need not have a pure
 * equilibrium reachable in few rounds; the result says whether the cap ended it.
 *
 * <p>Not thread-safe; one instance per training thread.
 */
public final class OffloadingGame {

    private final NetworkParameters params;
    private final PathPredictor predictor;
    private final NodeLinks nodeLinks;
    private final VehicleActionSpace actions;
    private final VehicleReward reward;
    private final IncentivePenalty incentives;
    private final int maxRounds;

    public OffloadingGame(NetworkParameters params, VehicleActionSpace actions, int maxRounds) {
        this.params = Require.notNull("params", params);
        this.actions = Require.notNull("actions", actions);
        this.maxRounds = Require.positive("maxRounds", maxRounds);
        this.predictor = new PathPredictor(params);
        this.nodeLinks = predictor.newNodeLinks();
        this.reward = VehicleReward.forParameters(params);
        this.incentives = IncentivePenalty.forParameters(params);
    }

    public int maxRounds() {
        return maxRounds;
    }

    /**
     * Iterated best response from {@code start} (one action per context).
     *
     * @param contexts the players' decisions, all over the same edge nodes (one slot's twin view)
     * @param start    the initial profile, e.g. the players' greedy actions
     */
    public NashEquilibrium solve(List<DecisionContext> contexts, int[] start) {
        Require.notNull("contexts", contexts);
        Require.notNull("start", start);
        if (start.length != contexts.size()) {
            throw new IllegalArgumentException("start has " + start.length + " actions for " + contexts.size() + " players");
        }
        int n = contexts.size();
        if (n == 0) {
            return new NashEquilibrium(new int[0], new double[0], 0, true);
        }
        List<EntityState> nodes = contexts.get(0).edgeNodes();
        Player[] players = new Player[n];
        for (int p = 0; p < n; p++) {
            players[p] = new Player(contexts.get(p), nodes);
        }
        int[] profile = start.clone();
        double[] load = new double[actions.edgeNodes()];
        for (int p = 0; p < n; p++) {
            players[p].addLoad(profile[p], load, +1);
        }
        int rounds = 0;
        boolean converged = false;
        while (rounds < maxRounds && !converged) {
            rounds++;
            converged = true;
            for (int p = 0; p < n; p++) {
                players[p].addLoad(profile[p], load, -1);
                int best = profile[p];
                double bestUtility = players[p].utility(best, load);
                for (int a = 0; a < actions.size(); a++) {
                    double u = players[p].utility(a, load);
                    if (u > bestUtility) {
                        best = a;
                        bestUtility = u;
                    }
                }
                if (best != profile[p]) {
                    profile[p] = best;
                    converged = false;
                }
                players[p].addLoad(profile[p], load, +1);
            }
        }
        double[] utilities = new double[n];
        for (int p = 0; p < n; p++) {
            players[p].addLoad(profile[p], load, -1);
            utilities[p] = players[p].utility(profile[p], load);
            players[p].addLoad(profile[p], load, +1);
        }
        return new NashEquilibrium(profile, utilities, rounds, converged);
    }

    /**
     * U_p(profile_p, profile_−p): player {@code player}'s utility when every player acts as
     * {@code profile} says (the quantity best response maximises; for checking an equilibrium).
     */
    public double utility(List<DecisionContext> contexts, int[] profile, int player) {
        List<EntityState> nodes = contexts.get(0).edgeNodes();
        double[] load = new double[actions.edgeNodes()];
        Player self = null;
        for (int p = 0; p < contexts.size(); p++) {
            Player other = new Player(contexts.get(p), nodes);
            if (p == player) {
                self = other;
            } else {
                other.addLoad(profile[p], load, +1);
            }
        }
        return self.utility(profile[player], load);
    }

    /**
     * One vehicle's precomputed view: its issued subtasks and their transmission times, and for every
     * segment level the segments in service order ({@link TaskSegmentation}).
     */
    private final class Player {

        private final Subtask[] issued;
        /** segments[σ][k]: the k-th segment in service order (eq. 1) when subtasks are cut at segment level σ. */
        private final Subtask[][] segments;
        /** parent[σ][k]: the issued subtask segments[σ][k] was cut from. */
        private final int[][] parent;
        /** transmission[slot][level][j]: D/R of issued subtask j to the node in that action slot; a segment's is 1/m of it. */
        private final double[][][] transmission;
        private final double[] cpuHz;
        private final double[] backlog;

        Player(DecisionContext context, List<EntityState> nodes) {
            TaskRequest task = context.task();
            issued = task.subtasks().toArray(new Subtask[0]);
            segments = new Subtask[actions.segmentLevels()][];
            parent = new int[actions.segmentLevels()][];
            for (int level = 0; level < actions.segmentLevels(); level++) {
                int m = actions.segmentsPerSubtask(level);
                TaskRequest cut = TaskSegmentation.split(task, m);
                int[] order = PriorityOrder.descending(cut, params.tasks().priorityWeights());
                segments[level] = new Subtask[order.length];
                parent[level] = new int[order.length];
                for (int k = 0; k < order.length; k++) {
                    segments[level][k] = cut.subtasks().get(order[k]);
                    parent[level][k] = TaskSegmentation.issuedSubtaskIndex(order[k], m);
                }
            }
            int slots = actions.edgeNodes();
            transmission = new double[slots][actions.powerLevels()][issued.length];
            cpuHz = new double[slots];
            backlog = new double[slots];
            PredictionSession session = predictor.session(context, nodeLinks);
            boolean[] listed = new boolean[slots];
            for (EntityState node : nodes) {
                if (!inScenario(node.id())) {
                    continue;
                }
                int slot = slot(node.id());
                listed[slot] = true;
                cpuHz[slot] = node.availableCpuHz();
                backlog[slot] = node.backlogCycles();
                OffloadPath path = OffloadPath.direct(node.id());
                for (int level = 0; level < actions.powerLevels(); level++) {
                    double power = actions.txPowerW(level);
                    for (int j = 0; j < issued.length; j++) {
                        transmission[slot][level][j] = session.transmissionSeconds(issued[j].dataBits(), path, power);
                    }
                }
            }
            for (int slot = 0; slot < slots; slot++) {
                if (!listed[slot]) {
                    for (double[] byLevel : transmission[slot]) {
                        java.util.Arrays.fill(byLevel, Double.POSITIVE_INFINITY); // an unknown node cannot be reached
                    }
                }
            }
        }

        /**
         * Adds (sign +1) or removes (−1) this player's reachable cycles under {@code action} to the nodes'
         * loads; cutting subtasks into segments does not change how many cycles arrive.
         */
        void addLoad(int action, double[] load, int sign) {
            int slot = actions.slot(action);
            int level = actions.powerLevel(action);
            for (int j = 0; j < issued.length; j++) {
                if (Double.isFinite(transmission[slot][level][j]) && cpuHz[slot] > 0) {
                    load[slot] += sign * issued[j].cycles();
                }
            }
            if (load[slot] < 0) {
                load[slot] = 0; // rounding of many +/- pairs; a queue is never negative
            }
        }

        /** Mean adjusted vehicle reward over this player's segments under {@code action}, the others' loads as given. */
        double utility(int action, double[] othersLoad) {
            int slot = actions.slot(action);
            int level = actions.powerLevel(action);
            int segmentLevel = actions.segmentLevel(action);
            int m = actions.segmentsPerSubtask(segmentLevel);
            double power = actions.txPowerW(level);
            Subtask[] served = segments[segmentLevel];
            double own = 0;
            double sum = 0;
            for (int k = 0; k < served.length; k++) {
                Subtask s = served[k];
                // D/R is linear in D: a segment of D_j / m bits takes 1/m of its subtask's time
                double trans = transmission[slot][level][parent[segmentLevel][k]] / m;
                double latency;
                double energy;
                if (!Double.isFinite(trans) || !(cpuHz[slot] > 0)) {
                    latency = Double.POSITIVE_INFINITY;
                    energy = Double.isFinite(trans) ? Energy.vehicleTransmit(power, s.dataBits(), s.dataBits() / trans)
                            : Double.POSITIVE_INFINITY;
                } else {
                    latency = PathLatency.afterTransmission(trans, s.cyclesPerBit(), s.dataBits(), cpuHz[slot],
                            backlog[slot] + othersLoad[slot] + own);
                    energy = Energy.vehicleTransmit(power, s.dataBits(), s.dataBits() / trans);
                    own += s.cycles();
                }
                AgentOutcome o = new AgentOutcome(EntityKind.VEHICLE, latency, energy,
                        QualityOfService.raw(latency, energy, params.qos()));
                sum += AdjustedReward.of(reward.value(o), o, incentives).adjusted();
            }
            return served.length == 0 ? 0.0 : sum / served.length;
        }

        private boolean inScenario(EntityId node) {
            return node.kind() == EntityKind.BASE_STATION ? node.index() < actions.baseStations()
                    : node.kind() == EntityKind.UAV && node.index() < actions.uavs();
        }

        private int slot(EntityId node) {
            return actions.slot(actions.index(node, 0));
        }
    }
}

package io.vectwin.quantum.training;

import io.vectwin.model.constraint.ConstraintCheck;
import io.vectwin.model.env.AgentStates;
import io.vectwin.model.env.JointAction;
import io.vectwin.model.env.NodeControl;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.StepResult;
import io.vectwin.model.env.SubtaskAssignment;
import io.vectwin.model.env.SubtaskOutcome;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.game.NashEquilibrium;
import io.vectwin.model.game.OffloadingGame;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.AdjustedReward;
import io.vectwin.model.mdp.BsState;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mdp.UavState;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mdp.VehicleState;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.ScenarioGeometry;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.EnvironmentBridge;
import io.vectwin.model.policy.PriorityOrder;
import io.vectwin.model.twin.TwinView;
import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.policy.QpnParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Multi-agent Quantum-DRL, Algorithm 2, on {@link VecEnvironment} with the agents deciding on a
 * {@link TwinView} (the LSTM twin, a twin without prediction, or none).
 *
 * <h2>Agents and their decisions, one slot</h2>
 * <ol>
 *   <li>Every vehicle with a task request encodes s_v(t) (eq. 57, {@link AgentStates} on the twin's
 *       view) into the circuit (eq. 75–79) and its actor picks, ε-greedily, one index of the
 *       {@link VehicleActionSpace}: first hop and transmit-power level for the task's subtasks.</li>
 *   <li>Multi-agent only: the vehicles' choices are the starting profile of Algorithm 3's best
 *       response ({@link OffloadingGame}); its a*_v goes with each vehicle's transition.</li>
 *   <li>Multi-agent only: for every subtask, in priority order (eq. 1), the first-hop node's agent —
 *       the UAV actor or the BS actor — encodes s_u (eq. 59) or s_b (eq. 61) with the subtask's D and C
 *       and picks a {@link NodeActionSpace} index: process here at a CPU level (κ = 1, f_cpu) or
 *       forward to one node (κ = 0, Γ). A node runs at the highest CPU level any of its processing
 *       decisions asked for in the slot ({@link NodeControl}; a node has one clock).
 *       Single-agent: the first hop processes at its available CPU.</li>
 *   <li>The joint action runs on the true channel ({@link VecEnvironment#step}); each agent's reward
 *       r_x is its adjusted reward R_x + I_x − P_x (eq. 64–68, 90–92; Algorithm 3, lines 17–21) —
 *       single-agent: the slot's mean agent reward, eq. (63) over the number of agents.</li>
 *   <li>Transitions go to the agent type's replay D_x; each agent type makes one update (lines 13–15,
 *       {@link AgentLearner}).</li>
 * </ol>
 *
 * <h2>Reproducibility</h2>
 * Episode e of a run with seed k resets the environment from {@link #environmentSeed(long, int)}, which
 * depends on k and e only, so every algorithm and ablation trained with seed k meets the same
 * traffic, positions and channels in episode e ("same environment, same seeds"). Exploration and
 * minibatch sampling draw from a stream of the same (k, e), so a run resumed from a checkpoint at
 * episode e continues exactly as the uninterrupted run would.
 *
 * <p>Not thread-safe: one trainer per thread.
 */
public final class QdrlTrainer {

    private final NetworkParameters params;
    private final QdrlVariant variant;
    private final TwinView view;
    private final LearningSettings settings;
    private final ExplorationSchedule exploration;
    private final int stepsPerEpisode;
    private final long seed;
    private final VecEnvironment env;
    private final AgentStates agentStates;
    private final VehicleActionSpace vehicleActions;
    private final NodeActionSpace uavActions;
    private final NodeActionSpace bsActions;
    private final AgentLearner vehicles;
    private final AgentLearner uavs;
    private final AgentLearner baseStations;
    private final OffloadingGame game;

    /**
     * @param initial the learners to start from (a checkpoint's), or null for fresh ones drawn from {@code seed}
     */
    public QdrlTrainer(NetworkParameters params, QdrlVariant variant, TwinView view, LearningSettings settings,
            ExplorationSchedule exploration, int stepsPerEpisode, long seed, Learners initial) {
        if (stepsPerEpisode < 1) {
            throw new IllegalArgumentException("stepsPerEpisode must be >= 1, got " + stepsPerEpisode);
        }
        this.params = params;
        this.variant = variant;
        this.view = view;
        this.settings = settings;
        this.exploration = exploration;
        this.stepsPerEpisode = stepsPerEpisode;
        this.seed = seed;
        this.env = new VecEnvironment(params, environmentSeed(seed, 0));
        this.agentStates = new AgentStates(params, env.links());
        this.vehicleActions = VehicleActionSpace.forParameters(params);
        this.uavActions = NodeActionSpace.forParameters(params, EntityKind.UAV);
        this.bsActions = NodeActionSpace.forParameters(params, EntityKind.BASE_STATION);
        Learners learners = initial != null ? initial : freshLearners(params, variant, settings, seed);
        this.vehicles = learners.vehicle();
        this.uavs = learners.uav();
        this.baseStations = learners.baseStation();
        this.game = variant.multiAgent() ? new OffloadingGame(params, vehicleActions, settings.nashRounds()) : null;
    }

    /** The three learners (UAV and BS absent for a single-agent run). */
    public record Learners(AgentLearner vehicle, AgentLearner uav, AgentLearner baseStation) {
        public List<AgentLearner> all() {
            List<AgentLearner> out = new ArrayList<>();
            out.add(vehicle);
            if (uav != null) {
                out.add(uav);
            }
            if (baseStation != null) {
                out.add(baseStation);
            }
            return out;
        }
    }

    /** Fresh actors (θ uniform in [0, π), outcome-group read-out) and critics for {@code variant}. */
    public static Learners freshLearners(NetworkParameters params, QdrlVariant variant, LearningSettings settings,
            long seed) {
        ScenarioGeometry g = params.geometry();
        SplittableRandom init = new SplittableRandom(seed ^ 0x5DEECE66DL);
        AgentLearner vehicle = learner("vehicle", VehicleActionSpace.forParameters(params).size(),
                VehicleState.featureNames(g).size(), settings, init);
        if (!variant.multiAgent()) {
            return new Learners(vehicle, null, null);
        }
        AgentLearner uav = learner("uav", NodeActionSpace.forParameters(params, EntityKind.UAV).size(),
                UavState.featureNames(g).size(), settings, init);
        AgentLearner bs = learner("bs", NodeActionSpace.forParameters(params, EntityKind.BASE_STATION).size(),
                BsState.featureNames(g).size(), settings, init);
        return new Learners(vehicle, uav, bs);
    }

    private static AgentLearner learner(String name, int actions, int stateLength, LearningSettings s,
            SplittableRandom init) {
        QpnParameters qpn = QpnParameters.initial(CircuitShape.paper(), Encoding.AMPLITUDE, false, actions, init);
        QuantumActor actor = new QuantumActor(qpn, actions, s.actorLearningRate());
        ValueCritic critic = new ValueCritic(stateLength, s.criticHidden(), s.criticLearningRate(), init.nextLong());
        return new AgentLearner(name, actor, critic, new ReplayBuffer(s.replayCapacity()), s);
    }

    public Learners learners() {
        return new Learners(vehicles, uavs, baseStations);
    }

    public QdrlVariant variant() {
        return variant;
    }

    /** The environment seed of episode {@code episode} of a run with seed {@code seed}, shared by every algorithm. */
    public static long environmentSeed(long seed, int episode) {
        return mix(seed * 0x9E3779B97F4A7C15L + episode);
    }

    private static long learningSeed(long seed, int episode) {
        return mix(environmentSeed(seed, episode) ^ 0xD1B54A32D192ED03L);
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Trains one episode (Algorithm 2, lines 5–20) and reports it. */
    public EpisodeMetrics trainEpisode(int episode) {
        return run(episode, exploration.epsilon(episode), true);
    }

    /**
     * Runs one episode greedily (ε = 0) without storing or learning anything: how the current
     * policies act, on episode {@code episode}'s environment.
     */
    public EpisodeMetrics evaluateEpisode(int episode) {
        return run(episode, 0.0, false);
    }

    private EpisodeMetrics run(int episode, double epsilon, boolean learn) {
        long started = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(learningSeed(seed, episode));
        view.reset();
        Observation truth = env.reset(environmentSeed(seed, episode));
        Observation seen = view.view(truth);
        EpisodeTally tally = new EpisodeTally(params);
        for (int t = 0; t < stepsPerEpisode; t++) {
            SlotDecisions slot = decide(seen, epsilon, rng, tally);
            StepResult result = env.step(slot.action());
            boolean terminal = t == stepsPerEpisode - 1;
            Observation nextSeen = terminal ? seen : view.view(result.next());
            tally.add(result);
            if (learn) {
                store(slot, result, seen, nextSeen, terminal);
                for (AgentLearner l : learners().all()) {
                    tally.add(l.update(rng));
                }
            }
            seen = nextSeen;
        }
        return tally.metrics(episode, epsilon, (System.nanoTime() - started) / 1e9);
    }

    /** A decision waiting for its reward: who made it and the transition without reward and s'. */
    private record Pending(AgentLearner learner, EntityId agent, Transition transition) {
    }

    private record SlotDecisions(JointAction action, List<Pending> pending) {
    }

    private SlotDecisions decide(Observation seen, double epsilon, SplittableRandom rng, EpisodeTally tally) {
        List<DecisionContext> contexts = EnvironmentBridge.contexts(seen);
        int n = contexts.size();
        int[] chosen = new int[n];
        QuantumActor.Choice[] choices = new QuantumActor.Choice[n];
        double[][] vehicleStates = new double[n][];
        for (int p = 0; p < n; p++) {
            vehicleStates[p] = agentStates.vehicle(seen, contexts.get(p).vehicle().id()).encode(params);
            choices[p] = vehicles.actor().choose(actorInput(vehicles, vehicleStates[p]), null, epsilon, rng);
            chosen[p] = choices[p].action();
        }
        int[] nash = new int[n];
        java.util.Arrays.fill(nash, -1);
        if (game != null && n > 0) {
            NashEquilibrium eq = game.solve(contexts, chosen);
            nash = eq.actions();
            tally.addNash(eq);
        }
        List<Pending> pending = new ArrayList<>();
        List<SubtaskAssignment> assignments = new ArrayList<>();
        Map<EntityId, Double> cpuShare = new LinkedHashMap<>();
        for (int p = 0; p < n; p++) {
            DecisionContext ctx = contexts.get(p);
            EntityId vehicle = ctx.vehicle().id();
            pending.add(new Pending(vehicles, vehicle, new Transition(vehicleStates[p],
                    actorInput(vehicles, vehicleStates[p]), chosen[p], choices[p].behaviour(), null, 0.0, null, false,
                    nash[p])));
            EntityId firstHop = vehicleActions.firstHop(chosen[p]);
            double power = vehicleActions.txPowerW(vehicleActions.powerLevel(chosen[p]));
            for (int j : PriorityOrder.descending(ctx.task(), params.tasks().priorityWeights())) {
                Subtask subtask = ctx.task().subtasks().get(j);
                OffloadPath path = OffloadPath.direct(firstHop);
                if (variant.multiAgent()) {
                    path = nodeDecision(seen, firstHop, subtask, epsilon, rng, pending, cpuShare);
                }
                assignments.add(new SubtaskAssignment(ctx.task().taskId(), j, path, power));
            }
        }
        Map<EntityId, NodeControl> controls = new HashMap<>();
        cpuShare.forEach((node, share) -> controls.put(node, new NodeControl(node,
                env.links().maxTxPowerW(node.kind()), share * params.compute().maxCpuHz())));
        return new SlotDecisions(new JointAction(assignments, controls), pending);
    }

    private OffloadPath nodeDecision(Observation seen, EntityId node, Subtask subtask, double epsilon,
            SplittableRandom rng, List<Pending> pending, Map<EntityId, Double> cpuShare) {
        boolean uav = node.kind() == EntityKind.UAV;
        AgentLearner learner = uav ? uavs : baseStations;
        NodeActionSpace space = uav ? uavActions : bsActions;
        double[] state = nodeState(seen, node, subtask.dataBits(), subtask.cyclesPerBit());
        boolean[] allowed = space.allowed(node);
        if (params.compute().maxForwardingHops() < 1) {
            for (int a = space.cpuLevels(); a < allowed.length; a++) {
                allowed[a] = false; // C11 allows no forwarding at all
            }
        }
        double[] input = actorInput(learner, state);
        QuantumActor.Choice choice = learner.actor().choose(input, allowed, epsilon, rng);
        pending.add(new Pending(learner, node, new Transition(state, input, choice.action(), choice.behaviour(), allowed,
                0.0, null, false, -1)));
        if (space.processesHere(choice.action())) {
            cpuShare.merge(node, space.cpuFraction(choice.action()), Math::max);
            return OffloadPath.direct(node);
        }
        return new OffloadPath(List.of(node, space.target(choice.action())));
    }

    private double[] nodeState(Observation obs, EntityId node, double bits, double cyclesPerBit) {
        return node.kind() == EntityKind.UAV ? agentStates.uav(obs, node, bits, cyclesPerBit).encode(params)
                : agentStates.baseStation(obs, node, bits, cyclesPerBit).encode(params);
    }

    private static double[] actorInput(AgentLearner learner, double[] state) {
        return java.util.Arrays.copyOf(state, learner.actor().inputLength());
    }

    private void store(SlotDecisions slot, StepResult result, Observation seen, Observation nextSeen, boolean terminal) {
        double teamReward = result.rewards().isEmpty() ? 0.0 : result.totalReward() / result.rewards().size();
        Map<EntityId, double[]> nextStates = new HashMap<>();
        for (Pending p : slot.pending()) {
            double reward;
            if (!variant.multiAgent()) {
                reward = teamReward;
            } else {
                AdjustedReward r = result.rewards().get(p.agent());
                reward = r == null ? 0.0 : r.adjusted();
            }
            double[] next = nextStates.computeIfAbsent(p.agent(), id -> id.kind() == EntityKind.VEHICLE
                    ? agentStates.vehicle(nextSeen, id).encode(params)
                    : nodeState(nextSeen, id, 0.0, 0.0));
            Transition t = p.transition();
            p.learner().remember(new Transition(t.criticState(), t.actorInput(), t.action(), t.behaviour(), t.allowed(),
                    reward, next, terminal, t.nashAction()));
        }
    }

    /** Sums an episode's slots into {@link EpisodeMetrics}. */
    private static final class EpisodeTally {
        private final NetworkParameters params;
        private double reward;
        private int agentRewards;
        private int subtasks;
        private int finite;
        private double latency;
        private double energy;
        private double qos;
        private int deadlineMet;
        private int violations;
        private int nashSlots;
        private int nashRounds;
        private int nashConverged;
        private int updates;
        private double criticMse;

        EpisodeTally(NetworkParameters params) {
            this.params = params;
        }

        void add(StepResult r) {
            reward += r.totalReward();
            agentRewards += r.rewards().size();
            for (SubtaskOutcome o : r.outcomes()) {
                subtasks++;
                if (o.deadlineMet()) {
                    deadlineMet++;
                }
                if (Double.isFinite(o.latencyS()) && Double.isFinite(o.vehicleEnergyJ())) {
                    finite++;
                    latency += o.latencyS();
                    energy += o.vehicleEnergyJ() + o.nodeEnergyJ();
                    qos += QualityOfService.normalised(o.qos(), params.qos());
                }
            }
            for (ConstraintCheck c : r.constraints()) {
                if (c.violated()) {
                    violations++;
                }
            }
        }

        void add(AgentLearner.UpdateStats u) {
            updates += u.updates();
            criticMse += u.criticMse() * u.updates();
        }

        void addNash(NashEquilibrium eq) {
            nashSlots++;
            nashRounds += eq.rounds();
            nashConverged += eq.converged() ? 1 : 0;
        }

        EpisodeMetrics metrics(int episode, double epsilon, double seconds) {
            return new EpisodeMetrics(episode, reward, agentRewards == 0 ? 0.0 : reward / agentRewards,
                    finite == 0 ? 0.0 : 1e3 * latency / finite, finite == 0 ? 0.0 : energy / finite,
                    finite == 0 ? 0.0 : qos / finite, subtasks == 0 ? 1.0 : deadlineMet / (double) subtasks, violations,
                    subtasks, epsilon, nashSlots == 0 ? 0.0 : nashRounds / (double) nashSlots,
                    nashSlots == 0 ? 1.0 : nashConverged / (double) nashSlots, updates == 0 ? 0.0 : criticMse / updates,
                    seconds);
        }
    }
}

package io.vectwin.quantum.training;

import io.vectwin.model.constraint.ConstraintCheck;
import io.vectwin.model.env.AgentStates;
import io.vectwin.model.env.JointAction;
import io.vectwin.model.env.NodeCpuRequests;
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
import io.vectwin.model.mdp.BsAction;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mdp.UavAction;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mdp.VehicleChoice;
import io.vectwin.model.mdp.VehicleAction;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.EnvironmentBridge;
import io.vectwin.model.policy.PriorityOrder;
import io.vectwin.model.twin.TwinView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Multi-agent training on {@link VecEnvironment} — Algorithm 2 for the quantum agents, the same
 * loop for the PPO and DDPG baselines — with the agents deciding on a {@link TwinView} (the LSTM
 * twin, a twin without prediction, or none).
 *
 * <h2>Agents and their decisions, one slot</h2>
 * <ol>
 *   <li>Every vehicle with a task request encodes s_v(t) (eq. 57, {@link AgentStates} on the twin's
 *       view) and its type's brain picks the first hop, transmit power and segment size (eq. 58) for
 *       the task: an index of the {@link VehicleActionSpace} (quantum, PPO) or a vector of power,
 *       first-hop and segment entries (DDPG), both read by {@link VehicleActionSpace#choice}; the task's
 *       subtasks are cut into the chosen number of segments ({@link TaskSegmentation}), each offloaded
 *       as a subtask of its own.</li>
 *   <li>Nash-guided algorithms: the vehicles' choices are the starting profile of Algorithm 3's best
 *       response ({@link OffloadingGame}); its a*_v goes with each vehicle's transition.</li>
 *   <li>Multi-agent algorithms: for every segment, in priority order (eq. 1), the first-hop node's
 *       brain — UAV or BS — encodes s_u (eq. 59) or s_b (eq. 61) with the subtask's D and C and decides
 *       process here at a CPU frequency (κ = 1, f_cpu) or forward to one node (κ = 0, Γ): a
 *       {@link NodeActionSpace} index, or a vector decoded by {@link UavAction#decode} /
 *       {@link BsAction#decode}. A node runs at the highest frequency any of its processing decisions
 *       asked for in the slot ({@link io.vectwin.model.env.NodeControl}; a node has one clock). Single-agent: the first
 *       hop processes at its available CPU.</li>
 *   <li>The joint action runs on the true channel ({@link VecEnvironment#step}); each agent's reward
 *       r_x is its adjusted reward R_x + I_x − P_x (eq. 64–68, 90–92; Algorithm 3, lines 17–21) —
 *       single-agent: the slot's mean agent reward, eq. (63) over the number of agents.</li>
 *   <li>Each decision's outcome goes to its brain ({@link AgentBrain#observe}); every brain learns after
 *       every {@link LearningSettings#updateEvery} steps (off-policy) and after the episode (on-policy).</li>
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
public final class MultiAgentTrainer {

    private final NetworkParameters params;
    private final TrainingAlgorithm algorithm;
    private final TwinView view;
    private final ExplorationSchedule exploration;
    private final int stepsPerEpisode;
    private final long seed;
    private final VecEnvironment env;
    private final AgentStates agentStates;
    private final VehicleActionSpace vehicleActions;
    private final NodeActionSpace uavActions;
    private final NodeActionSpace bsActions;
    private final Brains brains;
    private final OffloadingGame game;
    private final int updateEvery;

    public MultiAgentTrainer(NetworkParameters params, TrainingAlgorithm algorithm, TwinView view,
            LearningSettings settings, ExplorationSchedule exploration, int stepsPerEpisode, long seed) {
        if (stepsPerEpisode < 1) {
            throw new IllegalArgumentException("stepsPerEpisode must be >= 1, got " + stepsPerEpisode);
        }
        this.params = params;
        this.algorithm = algorithm;
        this.view = view;
        this.exploration = exploration;
        this.stepsPerEpisode = stepsPerEpisode;
        this.seed = seed;
        this.env = new VecEnvironment(params, environmentSeed(seed, 0));
        this.agentStates = new AgentStates(params, env.links());
        this.vehicleActions = VehicleActionSpace.forParameters(params);
        this.uavActions = NodeActionSpace.forParameters(params, EntityKind.UAV);
        this.bsActions = NodeActionSpace.forParameters(params, EntityKind.BASE_STATION);
        this.brains = AgentBrains.create(params, algorithm, settings, seed);
        this.updateEvery = settings.updateEvery();
        this.game = algorithm.nashGuided() ? new OffloadingGame(params, vehicleActions, settings.nashRounds()) : null;
    }

    /** The agent types' brains (UAV and BS absent for a single-agent algorithm). */
    public record Brains(AgentBrain vehicle, AgentBrain uav, AgentBrain baseStation) {
        public List<AgentBrain> all() {
            List<AgentBrain> out = new ArrayList<>();
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

    public Brains brains() {
        return brains;
    }

    public TrainingAlgorithm algorithm() {
        return algorithm;
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
        return run(episode, exploration.epsilon(episode), true).metrics();
    }

    /**
     * Runs one episode greedily (ε = 0) without storing or learning anything: how the current
     * policies act, on episode {@code episode}'s environment.
     */
    public EpisodeMetrics evaluateEpisode(int episode) {
        return evaluate(episode).metrics();
    }

    /** {@link #evaluateEpisode} with the mean latency of every time step. */
    public Evaluation evaluate(int episode) {
        return run(episode, 0.0, false);
    }

    /** Replaces the brains with a finished run's ({@link TrainingRun#checkpointDirectory}), e.g. to evaluate them. */
    public void restore(java.nio.file.Path checkpoint) {
        TrainingCheckpoint.restore(checkpoint, brains.all());
    }

    /**
     * Replaces every brain's actor with the policy a finished run wrote in {@code runDirectory}
     * ({@link AgentBrain#readPolicy}): what evaluation needs, without the checkpoint's critics,
     * optimiser states and replay buffers.
     */
    public void restorePolicies(java.nio.file.Path runDirectory) {
        for (AgentBrain b : brains.all()) {
            try {
                b.readPolicy(runDirectory);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the policies in " + runDirectory, e);
            }
        }
    }

    /**
     * An evaluated episode.
     *
     * @param stepLatencyMs mean latency (ms) of the subtasks of each time step whose links closed (NaN if none)
     */
    public record Evaluation(EpisodeMetrics metrics, double[] stepLatencyMs) {
    }

    private Evaluation run(int episode, double epsilon, boolean learn) {
        long started = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(learningSeed(seed, episode));
        view.reset();
        Observation truth = env.reset(environmentSeed(seed, episode));
        Observation seen = view.view(truth);
        EpisodeTally tally = new EpisodeTally(params);
        double[] stepLatencyMs = new double[stepsPerEpisode];
        for (int t = 0; t < stepsPerEpisode; t++) {
            SlotDecisions slot = decide(seen, epsilon, rng, tally);
            StepResult result = env.step(slot.action());
            stepLatencyMs[t] = result.costs().closedOrUndecided() == result.costs().subtasks() ? Double.NaN
                    : 1e3 * result.costs().meanLatencyS();
            boolean terminal = t == stepsPerEpisode - 1;
            Observation nextSeen = terminal ? seen : view.view(result.next());
            tally.add(result);
            if (learn) {
                observe(slot, result, nextSeen, terminal);
                if ((t + 1) % updateEvery == 0) {
                    for (AgentBrain b : brains.all()) {
                        tally.add(b.afterStep(rng));
                    }
                }
            }
            seen = nextSeen;
        }
        if (learn) {
            for (AgentBrain b : brains.all()) {
                tally.add(b.afterEpisode(rng));
            }
        }
        return new Evaluation(tally.metrics(episode, epsilon, (System.nanoTime() - started) / 1e9), stepLatencyMs);
    }

    /** A decision waiting for its outcome: whose brain, which agent, what it did, a* if known. */
    private record Pending(AgentBrain brain, EntityId agent, AgentAct act, int nashAction) {
    }

    private record SlotDecisions(JointAction action, List<Pending> pending) {
    }

    /** A subtask waiting for its first-hop node's decision. */
    private record NodeRequest(String taskId, int subtaskIndex, EntityId node, double txPowerW, double[] state,
            boolean[] allowed) {
    }

    private SlotDecisions decide(Observation seen, double epsilon, SplittableRandom rng, EpisodeTally tally) {
        List<DecisionContext> contexts = EnvironmentBridge.contexts(seen);
        int n = contexts.size();
        List<double[]> vehicleStates = new ArrayList<>(n);
        for (DecisionContext ctx : contexts) {
            vehicleStates.add(agentStates.vehicle(seen, ctx.vehicle().id()).encode(params));
        }
        List<AgentAct> acts = brains.vehicle().actAll(vehicleStates, java.util.Collections.nCopies(n, null), epsilon, rng);
        int[] nash = new int[n];
        java.util.Arrays.fill(nash, -1);
        if (game != null && n > 0) {
            int[] chosen = new int[n];
            for (int p = 0; p < n; p++) {
                chosen[p] = acts.get(p).index();
            }
            NashEquilibrium eq = game.solve(contexts, chosen);
            nash = eq.actions();
            tally.addNash(eq);
        }
        List<Pending> pending = new ArrayList<>();
        List<NodeRequest> requests = new ArrayList<>();
        Map<String, Integer> segments = new HashMap<>();
        for (int p = 0; p < n; p++) {
            DecisionContext ctx = contexts.get(p);
            EntityId vehicle = ctx.vehicle().id();
            AgentAct act = acts.get(p);
            pending.add(new Pending(brains.vehicle(), vehicle, act, nash[p]));
            VehicleChoice choice = act.isDiscrete() ? vehicleActions.choice(act.index())
                    : vehicleActions.choice(act.vector());
            TaskRequest offloaded = TaskSegmentation.split(ctx.task(), choice.segmentsPerSubtask());
            if (choice.segmentsPerSubtask() != 1) {
                segments.put(offloaded.taskId(), choice.segmentsPerSubtask());
            }
            EntityId firstHop = choice.firstHop();
            for (int j : PriorityOrder.descending(offloaded, params.tasks().priorityWeights())) {
                Subtask subtask = offloaded.subtasks().get(j);
                double[] state = algorithm.multiAgent()
                        ? agentStates.nodeFeatures(seen, firstHop, subtask.dataBits(), subtask.cyclesPerBit()) : null;
                requests.add(new NodeRequest(offloaded.taskId(), j, firstHop, choice.txPowerW(), state,
                        allowedFor(firstHop)));
            }
        }
        List<AgentAct> nodeActs = algorithm.multiAgent() ? nodeActs(requests, epsilon, rng) : null;
        List<SubtaskAssignment> assignments = new ArrayList<>(requests.size());
        NodeCpuRequests cpu = new NodeCpuRequests();
        for (int r = 0; r < requests.size(); r++) {
            NodeRequest q = requests.get(r);
            OffloadPath path = OffloadPath.direct(q.node());
            if (nodeActs != null) {
                AgentAct act = nodeActs.get(r);
                pending.add(new Pending(brainOf(q.node()), q.node(), act, -1));
                NodeRoute route = NodeRoute.of(q.node(), act,
                        q.node().kind() == EntityKind.UAV ? uavActions : bsActions, params);
                path = route.path();
                cpu.request(q.node(), route.processingCpuHz());
            }
            assignments.add(new SubtaskAssignment(q.taskId(), q.subtaskIndex(), path, q.txPowerW()));
        }
        return new SlotDecisions(new JointAction(assignments, cpu.controls(env.links()), segments), pending);
    }

    /** The node brains' decisions for every request, in request order, each brain asked once for its batch. */
    private List<AgentAct> nodeActs(List<NodeRequest> requests, double epsilon, SplittableRandom rng) {
        AgentAct[] out = new AgentAct[requests.size()];
        for (EntityKind kind : List.of(EntityKind.UAV, EntityKind.BASE_STATION)) {
            List<Integer> index = new ArrayList<>();
            List<double[]> states = new ArrayList<>();
            List<boolean[]> allowed = new ArrayList<>();
            for (int r = 0; r < requests.size(); r++) {
                if (requests.get(r).node().kind() == kind) {
                    index.add(r);
                    states.add(requests.get(r).state());
                    allowed.add(requests.get(r).allowed());
                }
            }
            List<AgentAct> acts = (kind == EntityKind.UAV ? brains.uav() : brains.baseStation())
                    .actAll(states, allowed, epsilon, rng);
            for (int k = 0; k < index.size(); k++) {
                out[index.get(k)] = acts.get(k);
            }
        }
        return List.of(out);
    }

    private AgentBrain brainOf(EntityId node) {
        return node.kind() == EntityKind.UAV ? brains.uav() : brains.baseStation();
    }

    /** The node's discrete actions that may be taken: not to itself, and no forwarding where C11 allows none. */
    private boolean[] allowedFor(EntityId node) {
        NodeActionSpace space = node.kind() == EntityKind.UAV ? uavActions : bsActions;
        return space.allowed(node, params.compute().maxForwardingHops());
    }

    private void observe(SlotDecisions slot, StepResult result, Observation nextSeen, boolean terminal) {
        double teamReward = result.rewards().isEmpty() ? 0.0 : result.totalReward() / result.rewards().size();
        Map<EntityId, double[]> nextStates = new HashMap<>();
        for (Pending p : slot.pending()) {
            double reward;
            if (!algorithm.multiAgent()) {
                reward = teamReward;
            } else {
                AdjustedReward r = result.rewards().get(p.agent());
                reward = r == null ? 0.0 : r.adjusted();
            }
            double[] next = nextStates.computeIfAbsent(p.agent(), id -> id.kind() == EntityKind.VEHICLE
                    ? agentStates.vehicle(nextSeen, id).encode(params)
                    : agentStates.nodeFeatures(nextSeen, id, 0.0, 0.0));
            p.brain().observe(p.agent(), p.act(), reward, next, terminal, p.nashAction());
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
            // per subtask the vehicles issued, so that policies that cut subtasks into segments compare fairly
            for (SubtaskOutcome o : r.issuedOutcomes()) {
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

        void add(UpdateStats u) {
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
                    finite == 0 ? Double.NaN : 1e3 * latency / finite, finite == 0 ? Double.NaN : energy / finite,
                    finite == 0 ? Double.NaN : qos / finite, subtasks == 0 ? 1.0 : deadlineMet / (double) subtasks, violations,
                    subtasks, epsilon, nashSlots == 0 ? 0.0 : nashRounds / (double) nashSlots,
                    nashSlots == 0 ? 1.0 : nashConverged / (double) nashSlots, updates == 0 ? 0.0 : criticMse / updates,
                    seconds);
        }
    }
}

package io.vectwin.model.env;

import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.constraint.ConstraintCheck;
import io.vectwin.model.constraint.ConstraintChecker;
import io.vectwin.model.constraint.JointDecision;
import io.vectwin.model.constraint.NodeStatus;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.AdjustedReward;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.NetworkParameters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The vehicular edge network of Sec. II–IV, stepped one slot τ at a time. Each slot it
 * <ol>
 *   <li>applies the policy's joint action to the task requests of the slot, on the true
 *       channel ({@link SlotExecutor}): latency, energy, QoS of every subtask;</li>
 *   <li>checks the joint decision against C1–C20 ({@link ConstraintChecker});</li>
 *   <li>scores every agent (eq. 63–68 with Algorithm 3's incentives and penalties,
 *       {@link RewardAccounting});</li>
 *   <li>moves vehicles and UAVs (eq. 8–10), lets nodes work off their queues, redraws their
 *       available CPU frequency (eq. 4), and draws the next slot's task requests.</li>
 * </ol>
 * Every random draw comes from two {@link SplittableRandom} streams seeded at construction (or
 * {@link #reset}) and consumed in a fixed order: one for the world (positions, motion, CPU
 * availability, task requests), one for the true channel of executed decisions. The same seed gives
 * the same trajectory, bit for bit; and since how many channel draws a slot takes depends on the
 * decisions (a forwarded subtask draws one link more), keeping them apart means every policy run
 * with a seed meets the same vehicles, nodes and requests — common random numbers for comparing
 * policies. Not thread-safe: one environment per thread.
 */
public final class VecEnvironment {

    /** Mixed into the seed for the channel stream (the golden ratio's bits: unrelated to any seed). */
    private static final long CHANNEL_STREAM = 0x9E3779B97F4A7C15L;

    private final NetworkParameters params;
    private final LinkEvaluator links;
    private final SlotExecutor executor;
    private final ConstraintChecker checker;
    private final RewardAccounting rewards;
    private final TaskGenerator tasks;

    private SplittableRandom rng;
    /** The true channel's draws, apart from {@link #rng} so that decisions cannot change the traffic. */
    private SplittableRandom channelRng;
    private World world;
    private int slot;
    private List<TaskRequest> pending;
    private Map<String, EntityId> previousFirstHops;

    public VecEnvironment(NetworkParameters params, long seed) {
        this.params = params;
        this.links = new LinkEvaluator(params.radio(), params.geometry().slotSeconds());
        this.executor = new SlotExecutor(params, links);
        this.checker = new ConstraintChecker(params);
        this.rewards = new RewardAccounting(params);
        this.tasks = new TaskGenerator(params.tasks());
        reset(seed);
    }

    /** Starts a new episode from {@code seed}: new positions, CPU states, first task requests. */
    public Observation reset(long seed) {
        this.rng = new SplittableRandom(seed);
        this.channelRng = new SplittableRandom(seed ^ CHANNEL_STREAM);
        this.world = new World(params, rng);
        this.slot = 0;
        this.previousFirstHops = Map.of();
        this.pending = drawTasks();
        return observation();
    }

    public NetworkParameters parameters() {
        return params;
    }

    public LinkEvaluator links() {
        return links;
    }

    public int slot() {
        return slot;
    }

    public double timeSeconds() {
        return slot * params.geometry().slotSeconds();
    }

    /** The current slot's true world state and pending requests. */
    public Observation observation() {
        return new Observation(slot, timeSeconds(), world.states(EntityKind.VEHICLE), world.states(EntityKind.UAV),
                world.states(EntityKind.BASE_STATION), pending);
    }

    /**
     * Why {@code assignment} could not be executed in the current slot (an unknown or already
     * expired subtask, an unknown node), if it could not. A simulator fed by a policy over Kafka
     * asks this first, so a bad decision becomes a failed outcome instead of an exception.
     */
    public Optional<String> rejectionReason(SubtaskAssignment assignment) {
        return rejectionReason(assignment, 1);
    }

    /**
     * Why {@code assignment} could not be executed in the current slot if its task is cut into
     * {@code segmentsPerSubtask} segments per subtask (eq. 58's D_{i,j}, {@link io.vectwin.model.mec.TaskSegmentation}),
     * if it could not: also an m out of range, or an index beyond the segmented task.
     */
    public Optional<String> rejectionReason(SubtaskAssignment assignment, int segmentsPerSubtask) {
        return executor.rejection(world, pending, assignment, segmentsPerSubtask);
    }

    /** Applies {@code action} to the current slot and advances the world by τ. */
    public StepResult step(JointAction action) {
        SlotExecutor.Result executed = executor.execute(world, pending, action, channelRng);
        JointDecision decision = jointDecision(executed);
        List<ConstraintCheck> checks = checker.check(decision);
        List<SubtaskOutcome> issued = IssuedSubtasks.merge(executed.outcomes(), params.qos());
        Map<EntityId, AdjustedReward> agentRewards = rewards.score(executed.outcomes(), issued, executed.nodeUsage());
        int finishedSlot = slot;
        SlotCosts costs = SlotCosts.of(issued, params.qos());
        previousFirstHops = decision.firstHopsForNextSlot();

        double tau = params.geometry().slotSeconds();
        double[] cpuUsed = new double[world.edgeNodeCount()];
        for (EntityId node : world.edgeNodes()) {
            cpuUsed[world.nodeIndex(node)] = executed.nodeUsage().get(node).cpuHz();
        }
        world.drainQueues(tau, cpuUsed);
        world.move(tau, rng);
        world.refreshCpu(rng);
        slot++;
        pending = drawTasks();
        return new StepResult(finishedSlot, executed.outcomes(), issued, executed.nodeUsage(), costs, checks, agentRewards,
                observation());
    }

    private List<TaskRequest> drawTasks() {
        List<TaskRequest> out = new ArrayList<>();
        for (int v = 0; v < params.geometry().vehicles(); v++) {
            tasks.maybeIssue(EntityId.vehicle(v), slot, timeSeconds(), rng).ifPresent(out::add);
        }
        return out;
    }

    private JointDecision jointDecision(SlotExecutor.Result executed) {
        List<NodeStatus> nodes = new ArrayList<>();
        executed.nodeUsage().forEach((id, u) -> nodes.add(new NodeStatus(id, u.cpuHz(), u.txPowerW())));
        Set<EntityId> withSubtasks = new LinkedHashSet<>();
        for (TaskRequest t : pending) {
            withSubtasks.add(t.vehicle());
        }
        return new JointDecision(executed.assigned(), nodes, withSubtasks, previousFirstHops);
    }
}

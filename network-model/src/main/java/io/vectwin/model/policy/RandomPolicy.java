package io.vectwin.model.policy;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random-offloading baseline ("random"): each subtask goes directly (no forwarding) to an
 * edge node drawn uniformly among those whose vehicle link is open on the mean channel at
 * P_max,v, the power it transmits at. This is the usual "random offloading" reference: it never
 * sends into a link known to be closed, but uses no other knowledge. If every link is closed it
 * draws among all nodes (the subtask must still get a decision; its prediction says +∞).
 *
 * <p>Draws come from the policy's own {@link SplittableRandom}, one {@code nextInt} per subtask
 * in subtask-index order, so the decisions are fixed by the seed and the sequence of contexts.
 * Predictions are then made in priority order with each subtask's cycles queued for the next
 * ones, as {@link GreedyPolicy} does, so both report comparable expectations. Not thread-safe.
 */
public final class RandomPolicy implements OffloadingPolicy {

    public static final String NAME = "random";

    private final PathPredictor predictor;
    /** Node → node links, reused by the decisions of one slot (the nodes move once per slot). */
    private final NodeLinks nodeLinks;
    private final SplittableRandom rng;

    public RandomPolicy(NetworkParameters params, long seed) {
        this.predictor = new PathPredictor(Require.notNull("params", params));
        this.nodeLinks = this.predictor.newNodeLinks();
        this.rng = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SubtaskDecision> decide(DecisionContext context) {
        PredictionSession session = predictor.session(context, nodeLinks);
        TaskRequest task = context.task();
        EntityId vehicle = context.vehicle().id();
        List<EntityId> open = new ArrayList<>();
        List<EntityId> all = new ArrayList<>();
        for (EntityState node : context.edgeNodes()) {
            all.add(node.id());
            if (!session.link(vehicle, node.id()).isClosed()) {
                open.add(node.id());
            }
        }
        List<EntityId> pool = open.isEmpty() ? all : open;
        int n = task.subtasks().size();
        OffloadPath[] choice = new OffloadPath[n];
        for (int j = 0; j < n; j++) {
            choice[j] = OffloadPath.direct(pool.get(rng.nextInt(pool.size())));
        }
        double power = predictor.links().maxTxPowerW(EntityKind.VEHICLE);
        SubtaskDecision[] decisions = new SubtaskDecision[n];
        for (int j : PriorityOrder.descending(task, predictor.parameters().tasks().priorityWeights())) {
            Subtask subtask = task.subtasks().get(j);
            PathPrediction p = session.predict(subtask, choice[j], power);
            session.assign(subtask, p);
            decisions[j] = p.decisionFor(j);
        }
        return List.of(decisions);
    }
}

package io.vectwin.model.policy;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.List;

/**
 * The greedy baseline ("greedy"): each subtask, highest priority 𝒫_{i,j} (eq. 1) first, takes the
 * candidate path of least predicted latency ({@link PathPredictor}), the vehicle transmitting at
 * P_max,v.
 *
 * <ul>
 *   <li>C2 (one first hop) holds by construction: a subtask gets one path.</li>
 *   <li>C11 (forwarding limit) holds because only candidate paths are considered.</li>
 *   <li>C5/C6 (L ≤ ϱ): the least-latency path meets ϱ whenever any candidate does, so
 *       "least latency among the paths that meet ϱ" and plain least latency are the same choice.
 *       When none meets ϱ the subtask still gets the least-latency path; its predicted latency
 *       says it will miss.</li>
 *   <li>Queueing: the cycles a subtask is given join its processing node's queue for the
 *       subtasks decided after it, so a task's subtasks spread over nodes rather than pile up on
 *       the single best one.</li>
 *   <li>Ties (equal latency, e.g. every link closed) go to the earlier candidate: direct before
 *       forwarded, then the context's node order.</li>
 * </ul>
 * Deterministic (it draws nothing). Not thread-safe ({@link OffloadingPolicy}): it keeps the
 * node → node links of the last decision's nodes ({@link NodeLinks}) for the next one.
 */
public final class GreedyPolicy implements OffloadingPolicy {

    public static final String NAME = "greedy";

    private final PathPredictor predictor;
    /** Node → node links, reused by the decisions of one slot (the nodes move once per slot). */
    private final NodeLinks nodeLinks;

    public GreedyPolicy(NetworkParameters params) {
        this(new PathPredictor(params));
    }

    public GreedyPolicy(PathPredictor predictor) {
        this.predictor = Require.notNull("predictor", predictor);
        this.nodeLinks = this.predictor.newNodeLinks();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SubtaskDecision> decide(DecisionContext context) {
        PredictionSession session = predictor.session(context, nodeLinks);
        TaskRequest task = context.task();
        double power = predictor.links().maxTxPowerW(EntityKind.VEHICLE);
        SubtaskDecision[] decisions = new SubtaskDecision[task.subtasks().size()];
        for (int j : PriorityOrder.descending(task, predictor.parameters().tasks().priorityWeights())) {
            Subtask subtask = task.subtasks().get(j);
            // compare by latency alone; only the chosen path becomes a prediction record
            OffloadPath bestPath = null;
            double bestLatency = Double.NaN;
            for (OffloadPath path : session.candidatePaths()) {
                double latency = session.latency(subtask, path, power);
                if (bestPath == null || latency < bestLatency) {
                    bestPath = path;
                    bestLatency = latency;
                }
            }
            PathPrediction best = session.predict(subtask, bestPath, power);
            session.assign(subtask, best);
            decisions[j] = best.decisionFor(j);
        }
        return List.of(decisions);
    }
}

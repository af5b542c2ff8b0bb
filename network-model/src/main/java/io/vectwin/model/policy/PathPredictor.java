package io.vectwin.model.policy;

import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;

/**
 * Predicts what a subtask will cost along an offloading path, on the mean channel, and
 * enumerates the candidate paths a policy chooses from. The work happens in a
 * {@link PredictionSession}, one per {@code decide()} call, which caches every link budget it
 * evaluates.
 *
 * <h2>What is predicted (the same formulas as {@code env.SlotExecutor} on the true channel)</h2>
 * <ul>
 *   <li>Each hop's rate R_k: {@link LinkEvaluator#expected} with the link type's
 *       {@link LinkEvaluator#defaultModel default path-loss model}, between antenna positions
 *       ({@link Antennas}). The vehicle transmits at the decision's power (capped at P_max,v, as
 *       the executor caps it); a forwarding BS or UAV at its kind's P_max, which is what the
 *       executor uses for a node without a {@code NodeControl}.</li>
 *   <li>Latency, eq. (6)–(7) with the processing node's queue:
 *       L = max(Σ_k D/R_k, backlog/f) + C·D/f, where f is the processing node's available CPU
 *       frequency (eq. 4) and backlog its queued cycles plus the cycles the policy has already
 *       assigned to it in this decision ({@link PredictionSession#assign}). A closed hop
 *       (R = 0) gives L = +∞, and so does a node reporting no available CPU (f ≤ 0).</li>
 *   <li>The vehicle's transmit energy E_v = P_v·D/R_first (C9, eq. 47; {@code mec.Energy}).</li>
 *   <li>QoS, eq. (48): w_L/L − w_E·E_v ({@code mec.QualityOfService.raw}).</li>
 * </ul>
 *
 * <h2>Candidate paths ({@link PredictionSession#candidatePaths})</h2>
 * Every direct path (vehicle → node, the node processes), then paths with 1 … maxForwardingHops
 * forwarding hops (C11), shortest first. A full enumeration respecting Table I (no BS → BS hop)
 * and visiting no node twice holds, for U = 10 and B = 4 with 2 forwarding hops,
 * 14 + 170 + 1920 = 2104 paths; times up to 8 subtasks that is ~17 000 predictions per task, too
 * many for the decision hot path (5 000 subtask decisions/s, p99 ≤ 10 ms). So forwarded paths
 * are pruned: a path is extended only through an open first hop, and each forwarding hop goes
 * to one of the {@link #nextHopFanout() k} best next nodes by mean-channel rate from the current
 * node (open links only, no node already on the path). With k = 3 that is at most
 * N + N·k + N·k² = 14 + 42 + 126 = 182 paths. Ranking by rate alone is the simplification: a
 * forward is worth taking for its link (the direct link to a node is poor or closed), while
 * escaping a loaded node is already possible through the direct path to every other node.
 * Every direct path is always a candidate, even over a closed link (its prediction says +∞).
 *
 * <p>Thread-safe: immutable. Sessions are not.
 */
public final class PathPredictor {

    /** k, the next nodes kept per forwarding hop when none is given. */
    public static final int DEFAULT_NEXT_HOP_FANOUT = 3;

    private final NetworkParameters params;
    private final LinkEvaluator links;
    private final int nextHopFanout;

    public PathPredictor(NetworkParameters params) {
        this(params, DEFAULT_NEXT_HOP_FANOUT);
    }

    public PathPredictor(NetworkParameters params, int nextHopFanout) {
        this.params = Require.notNull("params", params);
        this.nextHopFanout = Require.positive("nextHopFanout", nextHopFanout);
        this.links = new LinkEvaluator(params.radio(), params.geometry().slotSeconds());
    }

    public NetworkParameters parameters() {
        return params;
    }

    public LinkEvaluator links() {
        return links;
    }

    /** k: how many next nodes, best rate first, each forwarding hop may go to. */
    public int nextHopFanout() {
        return nextHopFanout;
    }

    /**
     * A session for one decision over {@code context}, evaluating every link afresh. Drop it when
     * the decision is made: it holds the context and caches that are only valid for it.
     */
    public PredictionSession session(DecisionContext context) {
        return session(context, newNodeLinks());
    }

    /**
     * A session for one decision over {@code context} that takes the node → node links from
     * {@code shared}, which it keeps if the context's edge nodes are those it holds and refills
     * otherwise ({@link NodeLinks}). Policies keep one {@code shared} per instance.
     */
    public PredictionSession session(DecisionContext context, NodeLinks shared) {
        return new PredictionSession(params, links, Require.notNull("context", context), Require.notNull("shared", shared));
    }

    /** An empty {@link NodeLinks} for this predictor's parameters and fanout. */
    public NodeLinks newNodeLinks() {
        return new NodeLinks(links, nextHopFanout, params.compute().maxForwardingHops());
    }
}

package io.vectwin.model.policy;

import io.vectwin.model.channel.LinkBudget;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.OffloadPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of {@link PathPredictor}'s work that does not depend on the deciding vehicle: the
 * node → node link budgets, each node's next nodes ranked by rate, and the forwarded candidate
 * paths that start at each node. It depends only on the edge nodes' ids and antenna positions,
 * which the twin updates once per slot, while a busy twin decides hundreds of tasks per slot; a
 * policy therefore keeps one of these and hands it to every session
 * ({@link PathPredictor#session(DecisionContext, NodeLinks)}), which {@link #adopt adopts} it: kept
 * when the nodes are the same as last time, emptied when any moved, appeared or left. Nothing is
 * approximated: a kept value is exactly the value a fresh evaluation would give.
 *
 * <p>Mutable, single-threaded: one per policy instance (policies are single-threaded by contract).
 */
public final class NodeLinks {

    /** Candidate lists kept at most (one per coverage pattern of open first hops seen). */
    static final int MAX_CACHED_CANDIDATE_LISTS = 256;

    private final LinkEvaluator links;
    private final int fanout;
    private final int maxForwardingHops;
    private EntityId[] ids = new EntityId[0];
    private Position[] antennas = new Position[0];
    /** Node i → node j at P_max of i's kind; null until evaluated. */
    private LinkBudget[][] between = new LinkBudget[0][0];
    /** Open next nodes from node i, best rate first; null until ranked. */
    private int[][] ranked = new int[0][];
    /** forwarded[i][h-1]: the paths with first hop i and h forwarding hops; null until enumerated. */
    private List<List<OffloadPath>>[] forwarded = newForwarded(0);
    private OffloadPath[] direct = new OffloadPath[0];
    /**
     * The whole candidate list per set of open first hops, while {@link #forwarded} stands: nearby
     * vehicles reach the same nodes, so a busy twin asks for the same few lists over and over.
     */
    private final Map<BitSet, List<OffloadPath>> candidates = new HashMap<>();
    /**
     * The rankings the forwarded paths were built from, while a node has moved and they have not
     * been checked against the new links yet; null when there is nothing to check.
     */
    private int[][] rankedBefore;
    private long evaluations;
    private long adoptions;
    private long reuses;

    NodeLinks(LinkEvaluator links, int fanout, int maxForwardingHops) {
        this.links = links;
        this.fanout = fanout;
        this.maxForwardingHops = maxForwardingHops;
    }

    /**
     * Makes this hold the links of {@code nodes} at {@code nodeAntennas}. The same nodes in the
     * same order keep every link between two nodes that did not move; a node that moved loses
     * its links (both ways), and the rankings and forwarded paths, which any moved link may
     * change, are rebuilt. Other nodes, or another order, start from empty.
     */
    void adopt(List<EntityState> nodes, Position[] nodeAntennas) {
        adoptions++;
        int n = nodes.size();
        if (!sameIds(nodes)) {
            ids = new EntityId[n];
            for (int i = 0; i < n; i++) {
                ids[i] = nodes.get(i).id();
            }
            antennas = nodeAntennas.clone();
            between = new LinkBudget[n][n];
            direct = new OffloadPath[n];
            ranked = new int[n][];
            resetForwarded();
            rankedBefore = null;
            return;
        }
        boolean moved = false;
        for (int k = 0; k < n; k++) {
            if (!antennas[k].equals(nodeAntennas[k])) {
                moved = true;
                antennas[k] = nodeAntennas[k];
                for (int i = 0; i < n; i++) {
                    between[k][i] = null;
                    between[i][k] = null;
                }
            }
        }
        if (moved) {
            // a few metres of flight rarely reorder any node's next hops: keep the forwarded paths
            // unless a ranking they were built from turns out different (checked when next needed)
            if (rankedBefore == null) {
                rankedBefore = ranked;
            }
            ranked = new int[n][];
        } else {
            reuses++;
        }
    }

    private boolean sameIds(List<EntityState> nodes) {
        if (nodes.size() != ids.length) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            if (!ids[i].equals(nodes.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /** The link budget node i → node j at the P_max of i's kind. */
    LinkBudget link(int i, int j) {
        if (between[i][j] == null) {
            EntityKind kind = ids[i].kind();
            LinkType type = LinkType.between(kind, ids[j].kind());
            evaluations++;
            between[i][j] = links.expected(type, links.defaultModel(type), antennas[i], antennas[j], links.maxTxPowerW(kind));
        }
        return between[i][j];
    }

    /** Node i processing where it lands. */
    OffloadPath direct(int i) {
        if (direct[i] == null) {
            direct[i] = OffloadPath.direct(ids[i]);
        }
        return direct[i];
    }

    /**
     * The candidate paths whose first hop is node i and that forward {@code hops} times (1 …
     * maxForwardingHops), in {@link PathPredictor}'s order: each hop to one of the {@code fanout}
     * best-ranked next nodes not yet on the path.
     */
    List<OffloadPath> forwarded(int first, int hops) {
        if (rankedBefore != null) {
            keepForwardedOnlyIfRankingsHeld();
        }
        if (forwarded[first] == null) {
            forwarded[first] = enumerateFrom(first);
        }
        return hops <= forwarded[first].size() ? forwarded[first].get(hops - 1) : List.of();
    }

    /**
     * The candidate paths of {@link PathPredictor} for a vehicle whose open first hops are
     * {@code openFirstHops} (node slots): every direct path in node order, then for 1 …
     * maxForwardingHops the {@link #forwarded} paths of each open first hop in node order.
     * Unmodifiable; the same list while the nodes' links stand.
     */
    List<OffloadPath> candidates(BitSet openFirstHops) {
        if (rankedBefore != null) {
            keepForwardedOnlyIfRankingsHeld();
        }
        List<OffloadPath> cached = candidates.get(openFirstHops);
        if (cached != null) {
            return cached;
        }
        List<OffloadPath> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            out.add(direct(i));
        }
        for (int hops = 1; hops <= maxForwardingHops; hops++) {
            for (int first = openFirstHops.nextSetBit(0); first >= 0; first = openFirstHops.nextSetBit(first + 1)) {
                out.addAll(forwarded(first, hops));
            }
        }
        if (candidates.size() >= MAX_CACHED_CANDIDATE_LISTS) {
            candidates.clear(); // vehicles spread over many coverage patterns: start over rather than grow
        }
        List<OffloadPath> list = List.copyOf(out);
        candidates.put((BitSet) openFirstHops.clone(), list);
        return list;
    }

    private void resetForwarded() {
        forwarded = newForwarded(ids.length);
        candidates.clear();
    }

    private List<List<OffloadPath>> enumerateFrom(int first) {
        List<List<OffloadPath>> byHops = new ArrayList<>(maxForwardingHops);
        List<int[]> frontier = List.of(new int[] {first});
        for (int hop = 1; hop <= maxForwardingHops && !frontier.isEmpty(); hop++) {
            List<int[]> extended = new ArrayList<>();
            List<OffloadPath> paths = new ArrayList<>();
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
                    paths.add(toPath(path));
                    taken++;
                }
            }
            byHops.add(Collections.unmodifiableList(paths));
            frontier = extended;
        }
        return Collections.unmodifiableList(byHops);
    }

    /**
     * The forwarded paths were enumerated from {@link #rankedBefore}: they stay valid exactly when
     * every ranking they used is the same on the new links (rankings never computed were not used).
     */
    private void keepForwardedOnlyIfRankingsHeld() {
        int[][] before = rankedBefore;
        rankedBefore = null;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != null && !Arrays.equals(before[i], rankedNextNodes(i))) {
                resetForwarded();
                return;
            }
        }
    }

    /** Nodes reachable from node i over an open link Table I allows, best rate first (ties: context order). */
    private int[] rankedNextNodes(int i) {
        if (ranked[i] == null) {
            boolean fromBs = ids[i].kind() == EntityKind.BASE_STATION;
            List<Integer> open = new ArrayList<>();
            for (int j = 0; j < ids.length; j++) {
                boolean bsToBs = fromBs && ids[j].kind() == EntityKind.BASE_STATION;
                if (j != i && !bsToBs && !link(i, j).isClosed()) {
                    open.add(j);
                }
            }
            open.sort((a, b) -> Double.compare(link(i, b).rateBps(), link(i, a).rateBps()));
            ranked[i] = open.stream().mapToInt(Integer::intValue).toArray();
        }
        return ranked[i];
    }

    private OffloadPath toPath(int[] slots) {
        List<EntityId> path = new ArrayList<>(slots.length);
        for (int s : slots) {
            path.add(ids[s]);
        }
        return new OffloadPath(path);
    }

    private static boolean contains(int[] values, int x) {
        for (int v : values) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<List<OffloadPath>>[] newForwarded(int n) {
        return (List<List<OffloadPath>>[]) new List<?>[n];
    }

    /** Link evaluations made so far, over every adoption. */
    long evaluations() {
        return evaluations;
    }

    /** How many sessions adopted this, and how many of them found every node where it was; for tests and tuning. */
    long adoptions() {
        return adoptions;
    }

    long reuses() {
        return reuses;
    }
}

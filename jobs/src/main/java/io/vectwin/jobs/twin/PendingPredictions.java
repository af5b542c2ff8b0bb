package io.vectwin.jobs.twin;

import java.util.Arrays;

/**
 * The predicted latencies of decisions whose outcome has not come back yet, in the order they
 * were made, so that expiring them costs only the ones that expire. Decisions are added in
 * processing-time order (it never goes back within one operator instance), so the oldest sits
 * at the head of a ring.
 *
 * <p>Plain Java, not Flink state: a prediction lives at most the outcome wait (seconds), and
 * checkpointing tens of thousands of them every checkpoint — a full serialisation plus a
 * copy-on-write copy of every vehicle's map — stalled the decisions running beside it on a
 * two-core machine. Lost on a restore, they only turn the outcomes of the last few seconds'
 * decisions into outcomes without decision, which the operator counts.
 *
 * <p>Primitive arrays only, no object per prediction: at 5 000 decisions/s and a 5 s wait,
 * 25 000 map entries churning through the old generation are what every young collection must
 * scan for references into the young one (G1's "scan heap roots" phase, most of each pause).
 * A subtask is therefore known by a 64-bit hash of (task id, subtask index); two of the
 * predictions waiting at one time share a hash with probability about n²/2⁶⁵ (≈ 2·10⁻¹¹ for
 * n = 25 000), and then an outcome would be scored against the other one's prediction.
 *
 * <p>Mutable, single-threaded: one per operator instance.
 */
final class PendingPredictions {

    private static final int EMPTY = -1;

    // the ring, oldest at head; a taken prediction stays as a dead entry until the head passes it
    private long[] keys = new long[64];
    private long[] decidedAt = new long[64];
    private double[] latency = new double[64];
    private boolean[] alive = new boolean[64];
    private int head;
    private int used; // ring entries, alive or dead
    private int live;
    // open addressing, linear probing: key hash → ring position
    private int[] index = newIndex(128);

    /** The 64-bit key of a decision's subtask: FNV-1a over the task id, then the index, then a finaliser. */
    static long key(String taskId, int subtaskIndex) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < taskId.length(); i++) {
            h = (h ^ taskId.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ subtaskIndex) * 0x100000001b3L;
        // splitmix64's finaliser: every output bit depends on every input bit
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** Remembers the prediction of a decision made at {@code decidedAtMillis}; a repeat replaces it (and its age). */
    void add(long key, double predictedLatencyS, long decidedAtMillis) {
        take(key); // a redelivered decision moves to the tail with its new time
        if (used == keys.length) {
            grow();
        }
        int at = (head + used) % keys.length;
        keys[at] = key;
        decidedAt[at] = decidedAtMillis;
        latency[at] = predictedLatencyS;
        alive[at] = true;
        used++;
        live++;
        insert(key, at);
    }

    /** The predicted latency of {@code key}'s decision, removed; null when none is pending. */
    Double take(long key) {
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        int at = index[slot];
        deleteSlot(slot);
        alive[at] = false;
        live--;
        return latency[at];
    }

    /** Drops every prediction made at or before {@code horizonMillis}; returns how many were still waiting. */
    int expireUpTo(long horizonMillis) {
        int expired = 0;
        while (used > 0 && (!alive[head] || decidedAt[head] <= horizonMillis)) {
            if (alive[head]) {
                deleteSlot(find(keys[head]));
                alive[head] = false;
                live--;
                expired++;
            }
            head = (head + 1) % keys.length;
            used--;
        }
        return expired;
    }

    boolean isEmpty() {
        return live == 0;
    }

    /** Predictions waiting. */
    int size() {
        return live;
    }

    /** Doubles the ring, unrolled so that the head is at 0, and rebuilds the index over the new positions. */
    private void grow() {
        int n = keys.length * 2;
        long[] k = new long[n];
        long[] d = new long[n];
        double[] l = new double[n];
        boolean[] a = new boolean[n];
        for (int i = 0; i < used; i++) {
            int from = (head + i) % keys.length;
            k[i] = keys[from];
            d[i] = decidedAt[from];
            l[i] = latency[from];
            a[i] = alive[from];
        }
        keys = k;
        decidedAt = d;
        latency = l;
        alive = a;
        head = 0;
        index = newIndex(2 * n);
        for (int i = 0; i < used; i++) {
            if (alive[i]) {
                insert(keys[i], i);
            }
        }
    }

    private static int[] newIndex(int size) {
        int[] table = new int[size];
        Arrays.fill(table, EMPTY);
        return table;
    }

    private int home(long key) {
        return (int) key & (index.length - 1);
    }

    private void insert(long key, int ringPosition) {
        int slot = home(key);
        while (index[slot] != EMPTY) {
            slot = (slot + 1) & (index.length - 1);
        }
        index[slot] = ringPosition;
    }

    /** The index slot holding {@code key}, or -1. */
    private int find(long key) {
        int slot = home(key);
        while (index[slot] != EMPTY) {
            if (keys[index[slot]] == key) {
                return slot;
            }
            slot = (slot + 1) & (index.length - 1);
        }
        return -1;
    }

    /** Empties {@code slot}, shifting back the entries of its probe run that would no longer be found. */
    private void deleteSlot(int slot) {
        int mask = index.length - 1;
        int hole = slot;
        int next = (hole + 1) & mask;
        while (index[next] != EMPTY) {
            int want = home(keys[index[next]]);
            // the entry at next may move into the hole if its home is not cyclically in (hole, next]
            boolean homeBetween = hole <= next ? (want > hole && want <= next) : (want > hole || want <= next);
            if (!homeBetween) {
                index[hole] = index[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        index[hole] = EMPTY;
    }
}

package io.vectwin.quantum.training;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The experience replay D_x of one agent type (Algorithm 2, lines 2, 12–13): a ring of the last
 * {@code capacity} transitions, sampled uniformly with replacement.
 */
public final class ReplayBuffer {

    private final Transition[] ring;
    private int size;
    private int next;

    public ReplayBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.ring = new Transition[capacity];
    }

    public void add(Transition t) {
        ring[next] = t;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** {@code n} transitions drawn uniformly with replacement (line 13); empty when the buffer is. */
    public List<Transition> sample(int n, RandomGenerator rng) {
        List<Transition> out = new ArrayList<>(n);
        for (int k = 0; k < n && size > 0; k++) {
            out.add(ring[rng.nextInt(size)]);
        }
        return out;
    }

    /** Every stored transition, oldest first (for a checkpoint). */
    public List<Transition> contents() {
        List<Transition> out = new ArrayList<>(size);
        int start = size < ring.length ? 0 : next;
        for (int k = 0; k < size; k++) {
            out.add(ring[(start + k) % ring.length]);
        }
        return out;
    }
}

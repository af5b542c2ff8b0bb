package io.vectwin.quantum.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The experience replay D_x of one agent type (Algorithm 2, lines 2, 12–13): a ring of the last
 * {@code capacity} transitions, sampled uniformly with replacement; written to and read from a
 * checkpoint file oldest first, so a restored buffer samples exactly as the saved one would.
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

    /** Every stored transition, oldest first. */
    public List<Transition> contents() {
        List<Transition> out = new ArrayList<>(size);
        int start = size < ring.length ? 0 : next;
        for (int k = 0; k < size; k++) {
            out.add(ring[(start + k) % ring.length]);
        }
        return out;
    }

    /** Empties the buffer and adds what {@link #write} wrote, oldest first. */
    public void read(Path file) throws IOException {
        size = 0;
        next = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int k = 0; k < n; k++) {
                double[] state = readDoubles(in);
                int action = in.readInt();
                double[] vector = in.readBoolean() ? readDoubles(in) : null;
                double behaviour = in.readDouble();
                boolean[] allowed = null;
                if (in.readBoolean()) {
                    allowed = new boolean[in.readInt()];
                    for (int i = 0; i < allowed.length; i++) {
                        allowed[i] = in.readBoolean();
                    }
                }
                double reward = in.readDouble();
                double[] nextState = readDoubles(in);
                boolean terminal = in.readBoolean();
                int nash = in.readInt();
                add(new Transition(state, action, vector, behaviour, allowed, reward, nextState, terminal, nash));
            }
        }
    }

    public void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            List<Transition> all = contents();
            out.writeInt(all.size());
            for (Transition t : all) {
                writeDoubles(out, t.state());
                out.writeInt(t.action());
                out.writeBoolean(t.actionVector() != null);
                if (t.actionVector() != null) {
                    writeDoubles(out, t.actionVector());
                }
                out.writeDouble(t.behaviour());
                out.writeBoolean(t.allowed() != null);
                if (t.allowed() != null) {
                    out.writeInt(t.allowed().length);
                    for (boolean b : t.allowed()) {
                        out.writeBoolean(b);
                    }
                }
                out.writeDouble(t.reward());
                writeDoubles(out, t.nextState());
                out.writeBoolean(t.terminal());
                out.writeInt(t.nashAction());
            }
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double d : a) {
            out.writeDouble(d);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}

package io.vectwin.quantum.simulator;

import java.util.Arrays;

/**
 * A permutation of the computational basis, |i⟩ → |destination[i]⟩: the unitary of any circuit made
 * only of X, CNOT and SWAP-like gates (e.g. a ring of CNOTs). Applying it moves amplitudes, so one
 * application costs one pass over the state however many gates it stands for.
 *
 * <p>Immutable; the array is copied and checked to be a permutation of 0 … 2^N − 1.
 */
public final class BasisPermutation {

    private final int qubits;
    private final int[] destination;
    private final boolean identity;

    /**
     * @param qubits      N, 1 ≤ N ≤ {@link StateVector#MAX_QUBITS}
     * @param destination destination[i] = the basis index |i⟩ is sent to; length 2^N, each index once
     */
    public BasisPermutation(int qubits, int[] destination) {
        StateVector.requireQubitCount(qubits);
        if (destination == null) {
            throw new IllegalArgumentException("destination is required");
        }
        int dimension = 1 << qubits;
        if (destination.length != dimension) {
            throw new IllegalArgumentException("destination must have 2^" + qubits + " = " + dimension
                    + " entries, got " + destination.length);
        }
        boolean[] hit = new boolean[dimension];
        for (int i = 0; i < dimension; i++) {
            int d = destination[i];
            if (d < 0 || d >= dimension || hit[d]) {
                throw new IllegalArgumentException("destination is not a permutation of 0.." + (dimension - 1)
                        + ": entry " + i + " is " + d);
            }
            hit[d] = true;
        }
        this.qubits = qubits;
        this.destination = destination.clone();
        boolean fixed = true;
        for (int i = 0; i < dimension && fixed; i++) {
            fixed = destination[i] == i;
        }
        this.identity = fixed;
    }

    /** The identity on N qubits. */
    public static BasisPermutation identity(int qubits) {
        StateVector.requireQubitCount(qubits);
        int[] d = new int[1 << qubits];
        Arrays.setAll(d, i -> i);
        return new BasisPermutation(qubits, d);
    }

    /** This permutation followed by CNOT(control → target): flips bit {@code target} where bit {@code control} is 1. */
    public BasisPermutation thenCnot(int control, int target) {
        StateVector.requireDistinctQubits(qubits, control, target);
        int[] d = destination.clone();
        for (int i = 0; i < d.length; i++) {
            if ((d[i] >> control & 1) == 1) {
                d[i] ^= 1 << target;
            }
        }
        return new BasisPermutation(qubits, d);
    }

    /** The inverse permutation: |destination[i]⟩ → |i⟩. */
    public BasisPermutation inverse() {
        int[] inv = new int[destination.length];
        for (int i = 0; i < destination.length; i++) {
            inv[destination[i]] = i;
        }
        return new BasisPermutation(qubits, inv);
    }

    public int qubits() {
        return qubits;
    }

    /** Whether every basis state stays where it is. */
    public boolean isIdentity() {
        return identity;
    }

    /** Where basis state |i⟩ goes. */
    public int destination(int i) {
        return destination[i];
    }

    /** For {@link StateVector#apply(BasisPermutation)}: the internal array, never handed out. */
    int[] destinations() {
        return destination;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BasisPermutation p && p.qubits == qubits && Arrays.equals(p.destination, destination);
    }

    @Override
    public int hashCode() {
        return 31 * qubits + Arrays.hashCode(destination);
    }

    @Override
    public String toString() {
        return "BasisPermutation" + Arrays.toString(destination);
    }
}

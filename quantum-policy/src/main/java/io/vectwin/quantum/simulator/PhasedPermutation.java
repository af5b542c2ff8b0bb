package io.vectwin.quantum.simulator;

/**
 * A permutation of the basis with a phase per basis state, |i⟩ → e^{iφ_i}|d(i)⟩: the unitary of any
 * sequence of diagonal gates (RZ, Z, CZ, phases) and basis permutations (X, CNOT), which commute
 * past each other into this one form. Applying it is one pass over the state whatever the number of
 * gates it stands for.
 *
 * <p>Immutable; phases are stored as cos φ_i and sin φ_i.
 */
public final class PhasedPermutation {

    private final BasisPermutation permutation;
    private final double[] phaseRe;
    private final double[] phaseIm;

    /**
     * @param permutation |i⟩ → |d(i)⟩
     * @param phaseAngles φ_i (rad), applied to |i⟩ before it moves; 2^N finite numbers
     */
    public PhasedPermutation(BasisPermutation permutation, double[] phaseAngles) {
        if (permutation == null) {
            throw new IllegalArgumentException("permutation is required");
        }
        int dimension = 1 << permutation.qubits();
        if (phaseAngles == null || phaseAngles.length != dimension) {
            throw new IllegalArgumentException("phaseAngles must have 2^" + permutation.qubits() + " = " + dimension
                    + " entries, got " + (phaseAngles == null ? "null" : phaseAngles.length));
        }
        this.permutation = permutation;
        this.phaseRe = new double[dimension];
        this.phaseIm = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            if (!Double.isFinite(phaseAngles[i])) {
                throw new IllegalArgumentException("phaseAngles[" + i + "] must be finite, got " + phaseAngles[i]);
            }
            phaseRe[i] = Math.cos(phaseAngles[i]);
            phaseIm[i] = Math.sin(phaseAngles[i]);
        }
    }

    public int qubits() {
        return permutation.qubits();
    }

    public BasisPermutation permutation() {
        return permutation;
    }

    /** Re e^{iφ_i}; for the state's one-pass application. */
    double[] phaseRe() {
        return phaseRe;
    }

    double[] phaseIm() {
        return phaseIm;
    }
}

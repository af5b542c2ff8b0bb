package io.vectwin.quantum.circuit;

import io.vectwin.quantum.simulator.StateVector;

/**
 * Amplitude encoding, eq. (75)–(78): 2^N real features f_i become the state
 * |ψ⟩ = Σ_i α_i|i⟩ with α_i = f_i / √(Σ_j |f_j|²) (eq. 76), i in the basis-index order of
 * {@link StateVector}.
 *
 * <h2>Lemma 1 and the all-zero fallback</h2>
 * Lemma 1 guarantees a normalised state when Σ_j |f_j|² &gt; 0. When every feature is 0 the
 * condition fails and eq. (76) would divide 0 by 0; the encoding then returns the uniform
 * superposition α_i = 1/√(2^N) = H^⊗N|0⟩, the one state that prefers no basis state (a policy
 * given no information should not pretend to have any). The result is never NaN.
 *
 * <p>When Σf_i² leaves [2^−900, 2^900] the norm is recomputed after scaling by a power of two
 * that brings max|f_i| into [1, 2), so features near the double range's ends (1e−320, 1e300)
 * neither underflow nor overflow on squaring. Non-finite features are rejected: NaN or ±∞ has no amplitude.
 */
public final class AmplitudeEncoding {

    /** Below this max|f_i| (or above {@link #HUGE}) the features are rescaled by 2^±600 before encoding. */
    private static final double TINY = 0x1p-900;
    private static final double HUGE = 0x1p900;
    private static final double RESCALE = 0x1p600;
    /** Σf² in this range: squaring lost nothing that matters and 1/√Σ is a normal number. */
    private static final double COMFORTABLE_LOW = 0x1p-900;
    private static final double COMFORTABLE_HIGH = 0x1p900;

    private AmplitudeEncoding() {
    }

    /** Lemma 1's condition Σ_i |f_i|² &gt; 0, i.e. some feature is non-zero (f finite). */
    public static boolean satisfiesLemma1(double[] features) {
        return maxAbs(requireFinite(features)) > 0;
    }

    /**
     * Writes E(f) into {@code state}: eq. (76), or the uniform superposition when every feature is 0.
     * No allocation.
     *
     * @throws IllegalArgumentException if features is not 2^N long or holds a non-finite value
     */
    public static void prepare(double[] features, StateVector state) {
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        if (features == null) {
            throw new IllegalArgumentException("features is required");
        }
        if (features.length != state.dimension()) {
            throw new IllegalArgumentException("features must have 2^" + state.qubits() + " = " + state.dimension()
                    + " entries, got " + features.length);
        }
        double sum = 0;
        for (double f : features) {
            sum += f * f;
        }
        if (sum >= COMFORTABLE_LOW && sum <= COMFORTABLE_HIGH) {
            // the common case: no feature is NaN/∞ (the sum would be), the plain norm is accurate
            state.setReal(features, 1.0 / Math.sqrt(sum));
            return;
        }
        requireFinite(features);
        double max = maxAbs(features);
        if (max == 0) {
            state.setUniformSuperposition();
            return;
        }
        if (max < TINY || max > HUGE) {
            // One multiplier cannot reach both 1/‖f‖ and exactness here (2^1074 overflows,
            // 2^−1030 is subnormal), so bring f into the comfortable range first. The power of two
            // is exact and cancels in eq. (76).
            double[] rescaled = features.clone();
            double factor = max < TINY ? RESCALE : 1.0 / RESCALE;
            for (int i = 0; i < rescaled.length; i++) {
                rescaled[i] *= factor;
            }
            prepare(rescaled, state);
            return;
        }
        int exponent = Math.getExponent(max);
        double toUnit = Math.scalb(1.0, -exponent); // exact power of two, finite in this range
        double scaledSum = 0;
        for (double f : features) {
            double g = f * toUnit;
            scaledSum += g * g;
        }
        // α_i = f_i·2^−e / √Σ(f_j·2^−e)² = f_i / ‖f‖ (eq. 76)
        state.setReal(features, Math.scalb(1.0 / Math.sqrt(scaledSum), -exponent));
    }

    /** The amplitudes α_i of eq. (76) as an array (allocates; for callers outside the hot path). */
    public static double[] amplitudes(double[] features) {
        requireFinite(features);
        int qubits = Integer.numberOfTrailingZeros(features.length);
        if (features.length == 0 || Integer.bitCount(features.length) != 1) {
            throw new IllegalArgumentException("features must have 2^N entries, got " + features.length);
        }
        StateVector state = new StateVector(qubits);
        prepare(features, state);
        double[] alpha = new double[features.length];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = state.re(i);
        }
        return alpha;
    }

    private static double[] requireFinite(double[] features) {
        if (features == null) {
            throw new IllegalArgumentException("features is required");
        }
        for (int i = 0; i < features.length; i++) {
            if (!Double.isFinite(features[i])) {
                throw new IllegalArgumentException("features[" + i + "] must be finite, got " + features[i]);
            }
        }
        return features;
    }

    private static double maxAbs(double[] features) {
        double max = 0;
        for (double f : features) {
            max = Math.max(max, Math.abs(f));
        }
        return max;
    }
}

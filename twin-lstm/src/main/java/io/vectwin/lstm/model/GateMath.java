package io.vectwin.lstm.model;

/**
 * The gate nonlinearities of eq. (69)–(73) in float, as branch-free arithmetic (multiply, add,
 * divide, min, max) so that the JIT can turn the LSTM's gate loop, which evaluates five of them
 * per unit and step, into SIMD code. An exp-based form cannot be vectorised by HotSpot 17 (the
 * float-to-int rounding and exponent bit tricks stay scalar) and cost about ten times as much per
 * element, most of the forward pass at batched sizes.
 *
 * <p>tanh is the rational minimax approximation x·P(x²)/Q(x²) used for float tanh by Eigen 3.4
 * (numerator of degree 13, denominator of degree 6), on x clamped to ±7.9053, beyond which tanh
 * rounds to ±1 in float. Its absolute error is below 4·10⁻⁷ everywhere (see the test), at float's
 * resolution for values near 1. σ(x) = (1 + tanh(x/2)) / 2 shares it.
 */
final class GateMath {

    private static final float CLAMP = 7.90531110763549805f;

    private GateMath() {
    }

    /** tanh(x) to within 4·10⁻⁷. */
    static float tanh(float x) {
        float v = Math.max(-CLAMP, Math.min(CLAMP, x));
        float v2 = v * v;
        float p = -2.76076847742355e-16f;
        p = p * v2 + 2.00018790482477e-13f;
        p = p * v2 + -8.60467152213735e-11f;
        p = p * v2 + 5.12229709037114e-08f;
        p = p * v2 + 1.48572235717979e-05f;
        p = p * v2 + 6.37261928875436e-04f;
        p = p * v2 + 4.89352455891786e-03f;
        float q = 1.19825839466702e-06f;
        q = q * v2 + 1.18534705686654e-04f;
        q = q * v2 + 2.26843463243900e-03f;
        q = q * v2 + 4.89352518554385e-03f;
        return v * p / q;
    }

    /** σ(x) = 1 / (1 + e^−x) = (1 + tanh(x/2)) / 2, to within 2·10⁻⁷. */
    static float sigmoid(float x) {
        return 0.5f + 0.5f * tanh(0.5f * x);
    }
}

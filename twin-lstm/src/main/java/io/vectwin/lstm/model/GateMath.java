package io.vectwin.lstm.model;

/**
 * The gate nonlinearities of eq. (69)–(73) in float, without the double-precision
 * {@code Math.exp} (several times slower, and the LSTM's inner loop calls it five times per unit
 * and step). exp(x) = 2^k · e^r with k = round(x / ln 2), r = x − k ln 2 (ln 2 split in two parts
 * so that r is exact), |r| ≤ ln 2 / 2, and e^r by its Taylor polynomial of degree 6: the
 * truncation error r⁷/7! ≤ 1.3·10⁻⁷ is at float's own resolution.
 */
final class GateMath {

    private static final float LOG2E = 1.44269504f;
    private static final float LN2_HI = 0.693145751953125f;
    private static final float LN2_LO = 1.42860677e-6f;

    private GateMath() {
    }

    /** e^x for float x; 0 below −87, +∞ above 88 (float's range). */
    static float exp(float x) {
        if (x < -87f) {
            return 0f;
        }
        if (x > 88f) {
            return Float.POSITIVE_INFINITY;
        }
        // round to nearest without Math.round's NaN/overflow handling (x is finite and bounded here)
        float scaled = x * LOG2E;
        int k = (int) (scaled + (scaled < 0f ? -0.5f : 0.5f));
        float r = (x - k * LN2_HI) - k * LN2_LO;
        float p = 1f + r * (1f + r * (0.5f + r * (1f / 6 + r * (1f / 24 + r * (1f / 120 + r * (1f / 720))))));
        // 2^k by building the float's exponent; k stays in [-126, 127] for x in [-87, 88]
        return p * Float.intBitsToFloat((k + 127) << 23);
    }

    /** σ(x) = 1 / (1 + e^−x). */
    static float sigmoid(float x) {
        return 1f / (1f + exp(-x));
    }

    /** tanh(x) = 2σ(2x) − 1. */
    static float tanh(float x) {
        return 2f / (1f + exp(-2f * x)) - 1f;
    }
}

package io.vectwin.lstm.model;

import io.vectwin.lstm.features.TwinFeature;

/**
 * Floating-point operations of one prediction, for the efficiency benchmark. Counted: the matrix
 * products of eq. (69)–(72) — per layer and time step the four gates' input weights (4u × n_in)
 * and recurrent weights (4u × u), two operations (multiply + add) per weight — and the output
 * layer once. Not counted: the element-wise gate activations, peephole products and cell update
 * of eq. (71)/(73), O(u) per step against O(u²) for the products (under 1 % at u = 128).
 */
public final class LstmFlops {

    private LstmFlops() {
    }

    /** FLOPs per predicted window: W · Σ_l 2·4u·(n_in,l + u) + 2·u·O. */
    public static double perPrediction(LstmConfig config) {
        double u = config.units();
        double perStep = 0;
        for (int l = 0; l < config.layers(); l++) {
            double nIn = l == 0 ? TwinFeature.inputs().size() : u;
            perStep += 2.0 * 4.0 * u * (nIn + u);
        }
        return config.window() * perStep + 2.0 * u * TwinFeature.outputs().size();
    }
}

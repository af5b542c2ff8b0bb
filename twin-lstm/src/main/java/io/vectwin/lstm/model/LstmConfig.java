package io.vectwin.lstm.model;

/**
 * Shape and optimiser of the twin's LSTM (Sec. VI and Algorithm 1).
 *
 * @param window         W, reports per input window
 * @param horizon        k, predict the state k slots after the window (1 = next slot)
 * @param layers         stacked LSTM layers (paper: 3)
 * @param units          units per layer (paper: 128)
 * @param dropout        probability of dropping an activation between layers (paper: 0.3)
 * @param learningRate   Adam α (Alg. 1: 0.001)
 * @param beta1          Adam β₁ (Alg. 1: 0.9)
 * @param beta2          Adam β₂ (Alg. 1: 0.999)
 * @param epsilon        Adam ε (Alg. 1: 10⁻⁸)
 * @param batchSize      minibatch size B (Sec. VI: 64)
 * @param cellActivation activation of the cell input/output, see {@link CellActivation}
 * @param peepholes      whether the gates see the cell state, the W_IC, W_FC, W_OC terms of
 *                       eq. (69), (70), (72); true follows the equations (DL4J's Graves LSTM),
 *                       false is the common LSTM without peepholes
 * @param varianceWeight η_w of eq. (74)
 * @param seed           seed of weight initialisation, dropout and shuffling
 */
public record LstmConfig(
        int window,
        int horizon,
        int layers,
        int units,
        double dropout,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        int batchSize,
        CellActivation cellActivation,
        boolean peepholes,
        double varianceWeight,
        long seed) {

    /** η_w when none is given: small enough that eq. (74)'s squared error dominates. */
    public static final double DEFAULT_VARIANCE_WEIGHT = 1e-3;

    public LstmConfig {
        positive("window", window);
        positive("horizon", horizon);
        positive("layers", layers);
        positive("units", units);
        positive("batchSize", batchSize);
        if (!(dropout >= 0.0 && dropout < 1.0)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(learningRate > 0.0) || !(beta1 >= 0.0 && beta1 < 1.0) || !(beta2 >= 0.0 && beta2 < 1.0)
                || !(epsilon > 0.0)) {
            throw new IllegalArgumentException("Adam needs learningRate > 0, beta1 and beta2 in [0, 1), epsilon > 0; got "
                    + learningRate + ", " + beta1 + ", " + beta2 + ", " + epsilon);
        }
        if (!Double.isFinite(varianceWeight)) {
            throw new IllegalArgumentException("varianceWeight must be finite, got " + varianceWeight);
        }
        if (cellActivation == null) {
            throw new IllegalArgumentException("cellActivation is required");
        }
    }

    /** The paper's network: W = 10, next slot, 3 × 128, dropout 0.3, Adam(0.001, 0.9, 0.999, 1e-8), B = 64, eq. (69)–(73). */
    public static LstmConfig paper() {
        return new LstmConfig(10, 1, 3, 128, 0.3, 1e-3, 0.9, 0.999, 1e-8, 64, CellActivation.TANH, true,
                DEFAULT_VARIANCE_WEIGHT, 2024L);
    }

    public LstmConfig withShape(int newLayers, int newUnits) {
        return new LstmConfig(window, horizon, newLayers, newUnits, dropout, learningRate, beta1, beta2, epsilon,
                batchSize, cellActivation, peepholes, varianceWeight, seed);
    }

    public LstmConfig withWindow(int newWindow, int newHorizon) {
        return new LstmConfig(newWindow, newHorizon, layers, units, dropout, learningRate, beta1, beta2, epsilon,
                batchSize, cellActivation, peepholes, varianceWeight, seed);
    }

    public LstmConfig withTraining(double newLearningRate, int newBatchSize, double newDropout, long newSeed) {
        return new LstmConfig(window, horizon, layers, units, newDropout, newLearningRate, beta1, beta2, epsilon,
                newBatchSize, cellActivation, peepholes, varianceWeight, newSeed);
    }

    public LstmConfig withCell(CellActivation newActivation, boolean newPeepholes, double newVarianceWeight) {
        return new LstmConfig(window, horizon, layers, units, dropout, learningRate, beta1, beta2, epsilon,
                batchSize, newActivation, newPeepholes, newVarianceWeight, seed);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}

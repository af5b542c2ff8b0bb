package io.vectwin.lstm.model;

import org.nd4j.linalg.activations.Activation;

/**
 * Activation of the LSTM cell input and output (the tanh of eq. (71) and (73)). The gates of
 * eq. (69), (70) and (72) are always the logistic sigmoid.
 *
 * <p>Sec. VI says the LSTM uses "the ReLU activation function" while eq. (69)–(73) write tanh;
 * {@link #TANH} follows the equations and is the default, {@link #RELU} is the text's reading.
 */
public enum CellActivation {
    TANH(Activation.TANH),
    RELU(Activation.RELU);

    private final Activation dl4j;

    CellActivation(Activation dl4j) {
        this.dl4j = dl4j;
    }

    public Activation dl4j() {
        return dl4j;
    }

    public static CellActivation parse(String text) {
        for (CellActivation a : values()) {
            if (a.name().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown cell activation '" + text + "' (use tanh or relu)");
    }
}

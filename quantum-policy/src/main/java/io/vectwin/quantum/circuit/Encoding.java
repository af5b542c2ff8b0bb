package io.vectwin.quantum.circuit;

import java.util.Locale;

/**
 * How a classical input s becomes the circuit's initial state (the encoding function ℰ of
 * eq. 75).
 *
 * <ul>
 *   <li>{@link #AMPLITUDE}: eq. (75)–(78), the paper's encoding. The input is 2^N features f_i and
 *       α_i = f_i/‖f‖ ({@link AmplitudeEncoding}). 64 numbers for 6 qubits.</li>
 *   <li>{@link #ANGLE}: N features, feature q rotating qubit q by RX(s_q) (s_q in rad) from |0⟩,
 *       once, before the first layer.</li>
 *   <li>{@link #ANGLE_REUPLOADING}: as {@link #ANGLE}, repeated before every layer ("data
 *       re-uploading", as in the TensorFlow Quantum reinforcement-learning tutorial), which lets a
 *       few qubits express functions of higher frequency in s than one upload can.</li>
 * </ul>
 */
public enum Encoding {
    AMPLITUDE("amplitude"),
    ANGLE("angle"),
    ANGLE_REUPLOADING("angle-reuploading");

    private final String fileName;

    Encoding(String fileName) {
        this.fileName = fileName;
    }

    /** The name in parameter files: amplitude, angle, angle-reuploading. */
    public String fileName() {
        return fileName;
    }

    /** How many numbers one input holds: 2^N for amplitude encoding, N for angle encodings. */
    public int inputLength(CircuitShape shape) {
        return this == AMPLITUDE ? shape.dimension() : shape.qubits();
    }

    /** Whether the RX(s_q) upload precedes layer ℓ. */
    boolean uploadsBefore(int layer) {
        return switch (this) {
            case AMPLITUDE -> false;
            case ANGLE -> layer == 0;
            case ANGLE_REUPLOADING -> true;
        };
    }

    /** Parses {@link #fileName()} (case ignored). */
    public static Encoding parse(String text) {
        if (text != null) {
            for (Encoding e : values()) {
                if (e.fileName.equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown encoding '" + text + "' (known: amplitude, angle, angle-reuploading)");
    }
}

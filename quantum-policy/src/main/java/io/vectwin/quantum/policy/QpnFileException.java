package io.vectwin.quantum.policy;

import java.nio.file.Path;

/**
 * A parameter file that cannot be used: one line naming the file, the field when one is at fault,
 * and the reason, e.g. {@code model.json: theta: holds 70 angles, but qubits = 6 and layers = 4 need 72}.
 */
public final class QpnFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String field;

    /**
     * @param file   the file
     * @param field  the JSON field at fault (dotted path, e.g. {@code readout.weights[3]}), or null
     * @param reason why, as a sentence fragment
     */
    public QpnFileException(Path file, String field, String reason) {
        this(file, field, reason, null);
    }

    public QpnFileException(Path file, String field, String reason, Throwable cause) {
        super(file + ": " + (field == null ? "" : field + ": ") + reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(),
                cause);
        this.file = file;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    /** The field at fault, or null when the file as a whole is (unreadable, not JSON). */
    public String field() {
        return field;
    }
}

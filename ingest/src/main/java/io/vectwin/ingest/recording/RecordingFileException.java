package io.vectwin.ingest.recording;

import java.nio.file.Path;

/**
 * A recording file that cannot be read or written as one: missing, empty, not an Avro container,
 * written with another schema, or corrupt part-way. The message is one line that names the file
 * and says what is wrong, so a command can show it as it is.
 */
public final class RecordingFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public RecordingFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public RecordingFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}

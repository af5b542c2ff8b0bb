package io.vectwin.lstm.model;

/** A model file that cannot be read or written; the message names the file and what is wrong, on one line. */
public final class TwinModelFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TwinModelFileException(String message) {
        super(message);
    }

    public TwinModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

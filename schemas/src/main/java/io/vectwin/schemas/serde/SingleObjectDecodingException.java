package io.vectwin.schemas.serde;

import java.util.Objects;

/**
 * A message could not be decoded into the expected record type. Unchecked, so that it can
 * cross Flink and Kafka callback signatures; callers are expected to catch it and route the
 * original bytes to the dead-letter topic with {@link #getMessage()} as the reason, which
 * reads {@code "<REASON>: cannot decode <record type>: <detail>"}.
 */
public final class SingleObjectDecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final DecodingFailure reason;

    public SingleObjectDecodingException(String recordType, DecodingFailure reason, String detail) {
        this(recordType, reason, detail, null);
    }

    public SingleObjectDecodingException(String recordType, DecodingFailure reason, String detail,
                                         Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": cannot decode " + recordType + ": " + detail,
                cause);
        this.recordType = recordType;
        this.reason = reason;
    }

    /** Full name of the record type the caller expected, e.g. {@code io.vectwin.schemas.TaskRequest}. */
    public String recordType() {
        return recordType;
    }

    /** The machine-readable cause category. */
    public DecodingFailure reason() {
        return reason;
    }
}

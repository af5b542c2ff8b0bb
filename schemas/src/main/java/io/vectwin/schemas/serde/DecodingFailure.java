package io.vectwin.schemas.serde;

/**
 * Why a message could not be decoded. The constant's name leads the message of
 * {@link SingleObjectDecodingException}, so dead-letter records can be grouped and counted by
 * it; keep names stable.
 */
public enum DecodingFailure {

    /** Null, empty, or shorter than its header or than the datum its header announces. */
    TRUNCATED,

    /** Does not start with the single-object marker {@code C3 01}: not Avro single-object encoded. */
    BAD_MAGIC,

    /** The header's writer-schema fingerprint is neither the reader's nor a registered one. */
    UNKNOWN_FINGERPRINT,

    /** A shared schema store knows the writer schema, but the reader schema cannot resolve it. */
    INCOMPATIBLE_WRITER_SCHEMA,

    /** The body is not a valid datum of the writer schema (e.g. a negative length). */
    CORRUPT_BODY,

    /** Bytes remain after a complete datum: wrong framing or two messages glued together. */
    TRAILING_BYTES
}

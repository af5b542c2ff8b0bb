package io.vectwin.schemas.serde;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The byte layout of Avro single-object encoding: the two-byte marker {@code C3 01}, the
 * writer schema's 8-byte CRC-64-AVRO fingerprint of its Parsing Canonical Form
 * (little-endian), then the Avro binary body.
 *
 * <p>Every vectwin Kafka message uses this layout so that a consumer can tell, before it
 * touches the body, whether the message is Avro at all and which schema wrote it; tools (a
 * dead-letter inspector, a topic dumper) use the helpers here to name what a message claims
 * to be.
 */
public final class SingleObjectFormat {

    /** Marker (2 bytes) plus fingerprint (8 bytes). */
    public static final int HEADER_LENGTH = 10;

    static final byte MARKER_FIRST = (byte) 0xC3;
    static final byte MARKER_SECOND = (byte) 0x01;

    private static final int FINGERPRINT_OFFSET = 2;

    private SingleObjectFormat() {
    }

    /**
     * The 64-bit CRC-64-AVRO fingerprint of the schema's Parsing Canonical Form, the value that
     * single-object encoding writes in the header. Docs, defaults and custom properties do not
     * change it; names, field order and types do.
     */
    public static long fingerprintOf(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /** A fingerprint as 16 lower-case hex digits with a {@code 0x} prefix, for messages and logs. */
    public static String toHex(long fingerprint) {
        return String.format("0x%016x", fingerprint);
    }

    /** Whether the message is long enough for a header and starts with {@code C3 01}. */
    public static boolean hasHeader(byte[] message) {
        return message != null
                && message.length >= HEADER_LENGTH
                && message[0] == MARKER_FIRST
                && message[1] == MARKER_SECOND;
    }

    /**
     * The writer-schema fingerprint a message claims in its header.
     *
     * @throws IllegalArgumentException if {@link #hasHeader(byte[])} is false
     */
    public static long fingerprintInHeader(byte[] message) {
        if (!hasHeader(message)) {
            throw new IllegalArgumentException("not an Avro single-object message header");
        }
        long fingerprint = 0;
        for (int i = HEADER_LENGTH - 1; i >= FINGERPRINT_OFFSET; i--) {
            fingerprint = (fingerprint << 8) | (message[i] & 0xFFL);
        }
        return fingerprint;
    }

    /**
     * Whether the bytes present agree with the marker as far as they go (the empty array does):
     * distinguishes a message that is not single-object encoded from one cut short.
     */
    static boolean agreesWithMarker(byte[] message) {
        return (message.length < 1 || message[0] == MARKER_FIRST)
                && (message.length < 2 || message[1] == MARKER_SECOND);
    }
}

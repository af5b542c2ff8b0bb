package io.vectwin.schemas.serde;

import static io.vectwin.schemas.serde.SingleObjectFormat.toHex;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes records of one type to Avro single-object encoding and decodes them back, resolving
 * messages written with other (older or newer) versions of the schema.
 *
 * <p>Why a wrapper around Avro's {@link BinaryMessageEncoder}/{@link BinaryMessageDecoder}:
 * vectwin must never drop or crash on bad input, so every decoding problem surfaces as one
 * {@link SingleObjectDecodingException} whose {@link DecodingFailure reason} and message name
 * the expected record type (Avro itself throws a mix of {@code BadHeaderException},
 * {@code MissingSchemaException}, {@code AvroRuntimeException} and {@code IOException}, or
 * silently ignores trailing bytes).
 *
 * <p>Writer schemas the decoder accepts: the reader schema itself; those passed to
 * {@link #addSchema(Schema)}; and, when a shared {@link SchemaStore} was given, any schema it
 * returns for a message's fingerprint that the reader schema can resolve.
 *
 * <p>Thread-safe. Not {@link java.io.Serializable}: a Flink function should build it in
 * {@code open()}.
 *
 * @param <T> the record type produced by {@link #decode(byte[])}
 */
public final class AvroSingleObjectSerde<T extends IndexedRecord> {

    private final Schema schema;
    private final String recordType;
    private final long fingerprint;
    private final SchemaStore sharedStore;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSingleObjectSerde(GenericData model, Schema schema, SchemaStore sharedStore) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.recordType = schema.getFullName();
        this.fingerprint = SingleObjectFormat.fingerprintOf(schema);
        this.sharedStore = sharedStore;
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema,
                sharedStore == null ? null : this::compatibleSchemaFromSharedStore);
    }

    /** A serde for a generated SpecificRecord class, reading and writing its own schema. */
    public static <T extends SpecificRecord> AvroSingleObjectSerde<T> forSpecific(Class<T> recordClass) {
        return forSpecific(recordClass, null);
    }

    /**
     * A serde for a generated SpecificRecord class that also consults {@code sharedStore} for
     * writer schemas it has not seen (e.g. a store filled from a schema registry).
     */
    public static <T extends SpecificRecord> AvroSingleObjectSerde<T> forSpecific(Class<T> recordClass,
                                                                                 SchemaStore sharedStore) {
        SpecificData model = SpecificData.getForClass(recordClass);
        return new AvroSingleObjectSerde<>(model, model.getSchema(recordClass), sharedStore);
    }

    /**
     * A serde for {@link GenericRecord}s of {@code schema}, for tools that handle schemas not
     * compiled into classes. Strings decode as {@link org.apache.avro.util.Utf8} unless the
     * schema's string types carry {@code "avro.java.string": "String"}.
     */
    public static AvroSingleObjectSerde<GenericRecord> forGeneric(Schema schema) {
        return forGeneric(schema, null);
    }

    /** As {@link #forGeneric(Schema)}, also consulting {@code sharedStore} for writer schemas. */
    public static AvroSingleObjectSerde<GenericRecord> forGeneric(Schema schema, SchemaStore sharedStore) {
        return new AvroSingleObjectSerde<>(GenericData.get(), schema, sharedStore);
    }

    /** The schema records are written with and read into. */
    public Schema schema() {
        return schema;
    }

    /** The fingerprint written in the header of every message this serde encodes. */
    public long fingerprint() {
        return fingerprint;
    }

    /**
     * Lets the decoder read messages written with {@code writerSchema} (an older or newer version
     * of this serde's schema): fields the writer lacks take the reader's defaults, fields the
     * reader lacks are skipped.
     *
     * @return this serde, for chaining
     * @throws IllegalArgumentException if this serde's schema cannot resolve {@code writerSchema}
     */
    public AvroSingleObjectSerde<T> addSchema(Schema writerSchema) {
        Optional<String> problems = ReaderWriterCompatibility.problemsReading(writerSchema, schema);
        if (problems.isPresent()) {
            throw new IllegalArgumentException("Writer schema " + describe(writerSchema)
                    + " cannot be read as " + recordType + ": " + problems.get());
        }
        decoder.addSchema(writerSchema);
        return this;
    }

    /**
     * The record in single-object encoding, written with {@link #schema()}.
     *
     * @throws IllegalArgumentException if the record's schema is not this serde's schema
     */
    public byte[] encode(T record) {
        Objects.requireNonNull(record, "record");
        Schema recordSchema = record.getSchema();
        if (recordSchema != schema && !recordSchema.equals(schema)) {
            throw new IllegalArgumentException("Record of schema " + describe(recordSchema)
                    + " given to the serde of " + describe(schema));
        }
        try {
            return toByteArray(encoder.encode(record));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + recordType, e);
        }
    }

    /**
     * The record a single-object message holds, resolved into {@link #schema()}. Never returns
     * null.
     *
     * @throws SingleObjectDecodingException naming the record type and the {@link DecodingFailure}
     */
    public T decode(byte[] message) {
        requireHeader(message);
        long writerFingerprint = SingleObjectFormat.fingerprintInHeader(message);
        ByteArrayInputStream in = new ByteArrayInputStream(message);
        T record;
        try {
            record = decoder.decode(in, null);
        } catch (SingleObjectDecodingException e) {
            throw e;
        } catch (MissingSchemaException e) {
            throw failure(DecodingFailure.UNKNOWN_FINGERPRINT, "writer schema fingerprint "
                    + toHex(writerFingerprint) + " is neither " + recordType + "'s (" + toHex(fingerprint)
                    + ") nor a registered one", e);
        } catch (IOException | RuntimeException e) {
            if (hasCause(e, EOFException.class)) {
                throw failure(DecodingFailure.TRUNCATED, "body ends early: " + message.length
                        + " bytes are not enough for a datum of writer schema " + toHex(writerFingerprint), e);
            }
            throw failure(DecodingFailure.CORRUPT_BODY, "body is not a datum of writer schema "
                    + toHex(writerFingerprint) + ": " + e, e);
        }
        int leftOver = in.available();
        if (leftOver > 0) {
            throw failure(DecodingFailure.TRAILING_BYTES, leftOver + " byte(s) left over after a complete "
                    + (message.length - leftOver) + "-byte message", null);
        }
        return record;
    }

    private void requireHeader(byte[] message) {
        if (message == null) {
            throw failure(DecodingFailure.TRUNCATED, "message is null (a tombstone?)", null);
        }
        if (!SingleObjectFormat.agreesWithMarker(message)) {
            throw failure(DecodingFailure.BAD_MAGIC, String.format(
                    "message starts with %s, not with the single-object marker 0xC3 0x01",
                    leadingBytesInHex(message)), null);
        }
        if (message.length < SingleObjectFormat.HEADER_LENGTH) {
            throw failure(DecodingFailure.TRUNCATED, "message has " + message.length
                    + " bytes, shorter than the " + SingleObjectFormat.HEADER_LENGTH + "-byte header", null);
        }
    }

    /** Resolver for the Avro decoder: a shared-store schema is used only if the reader can resolve it. */
    private Schema compatibleSchemaFromSharedStore(long writerFingerprint) {
        Schema writer = sharedStore.findByFingerprint(writerFingerprint);
        if (writer == null) {
            return null;
        }
        Optional<String> problems = ReaderWriterCompatibility.problemsReading(writer, schema);
        if (problems.isPresent()) {
            throw failure(DecodingFailure.INCOMPATIBLE_WRITER_SCHEMA,
                    "writer schema " + describe(writer) + " cannot be resolved: " + problems.get(), null);
        }
        return writer;
    }

    private SingleObjectDecodingException failure(DecodingFailure reason, String detail, Throwable cause) {
        return new SingleObjectDecodingException(recordType, reason, detail, cause);
    }

    private static String describe(Schema schema) {
        return schema.getFullName() + " " + toHex(SingleObjectFormat.fingerprintOf(schema));
    }

    private static String leadingBytesInHex(byte[] message) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(2, message.length); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", message[i]));
        }
        return hex.toString();
    }

    private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] toByteArray(ByteBuffer buffer) {
        if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.position() == 0
                && buffer.remaining() == buffer.array().length) {
            return buffer.array();
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return "AvroSingleObjectSerde[" + describe(schema) + "]";
    }
}

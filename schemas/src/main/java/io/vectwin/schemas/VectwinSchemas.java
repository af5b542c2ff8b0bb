package io.vectwin.schemas;

import java.util.List;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The record types that travel as Kafka messages, in one place, so that topic setup, tools
 * and tests enumerate them instead of keeping their own lists. Nested types ({@link Subtask},
 * {@link EntityKind}) are reachable through these records' schemas.
 *
 * <p>For the fingerprint of a schema see
 * {@link io.vectwin.schemas.serde.SingleObjectFormat#fingerprintOf(Schema)}.
 */
public final class VectwinSchemas {

    private static final List<Class<? extends SpecificRecord>> MESSAGE_CLASSES = List.of(
            EntityTelemetry.class,
            TaskRequest.class,
            OffloadingDecision.class,
            OffloadingOutcome.class,
            DeadLetterRecord.class);

    private static final List<Schema> MESSAGE_SCHEMAS = MESSAGE_CLASSES.stream()
            .map(VectwinSchemas::schemaOf)
            .toList();

    private VectwinSchemas() {
    }

    /** The generated classes of every message record type. */
    public static List<Class<? extends SpecificRecord>> messageClasses() {
        return MESSAGE_CLASSES;
    }

    /** The current schema of every message record type, in the order of {@link #messageClasses()}. */
    public static List<Schema> messageSchemas() {
        return MESSAGE_SCHEMAS;
    }

    /** The current schema with the given full name, e.g. {@code io.vectwin.schemas.TaskRequest}. */
    public static Optional<Schema> findByFullName(String fullName) {
        return MESSAGE_SCHEMAS.stream().filter(s -> s.getFullName().equals(fullName)).findFirst();
    }

    /**
     * A new schema store holding every current message schema, for tools that must name or
     * decode a message of any vectwin type by the fingerprint in its header.
     */
    public static SchemaStore.Cache newSchemaStore() {
        SchemaStore.Cache store = new SchemaStore.Cache();
        MESSAGE_SCHEMAS.forEach(store::addSchema);
        return store;
    }

    private static Schema schemaOf(Class<? extends SpecificRecord> recordClass) {
        return SpecificData.getForClass(recordClass).getSchema(recordClass);
    }
}

package io.vectwin.schemas.serde;

import static io.vectwin.schemas.serde.Serdes.serdeFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.SampleRecords;
import io.vectwin.schemas.VectwinSchemas;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;

/**
 * Producers and consumers are upgraded at different times, so each side must read the other's
 * schema version. v2 of EntityTelemetry adds one field with a default; it is placed first so
 * that resolution by name, not by position, is exercised.
 */
class SchemaEvolutionTest {

    private static final Schema V1 = EntityTelemetry.getClassSchema();

    private static final String ADDED_FIELD = "reportingPeriodSeconds";
    private static final double ADDED_FIELD_DEFAULT = 0.02;

    private static final Schema V2 = withLeadingField(V1, """
            {"name": "reportingPeriodSeconds", "type": "double", "default": 0.02,
             "doc": "Time between two reports of this entity. Unit: s."}""");

    @Test
    void v2IsADifferentSchemaVersionOfTheSameRecord() {
        assertThat(V2.getFullName()).isEqualTo(V1.getFullName());
        assertThat(V2.getFields()).hasSize(V1.getFields().size() + 1);
        assertThat(SingleObjectFormat.fingerprintOf(V2)).isNotEqualTo(SingleObjectFormat.fingerprintOf(V1));
    }

    @Test
    void oldWriterNewReader_missingFieldTakesItsDefault() {
        EntityTelemetry v1Record = SampleRecords.vehicleTelemetry();
        byte[] v1Message = serdeFor(v1Record).encode(v1Record);
        AvroSingleObjectSerde<GenericRecord> v2Reader = AvroSingleObjectSerde.forGeneric(V2).addSchema(V1);

        GenericRecord read = v2Reader.decode(v1Message);

        assertThat(read.getSchema()).isEqualTo(V2);
        assertThat(read.get(ADDED_FIELD)).isEqualTo(ADDED_FIELD_DEFAULT);
        assertThat(read.get("entityId")).hasToString("v-17");
        assertThat(read.get("kind")).hasToString("VEHICLE");
        assertThat(read.get("sequenceNumber")).isEqualTo(4_211L);
        assertThat(read.get("heading")).isEqualTo(4.71238898);
        assertThat(read.get("queueLength")).isEqualTo(0);
    }

    @Test
    void newWriterOldReader_extraFieldIsDropped() {
        byte[] v2Message = encodeAsV2(SampleRecords.vehicleTelemetry(), 0.1);
        AvroSingleObjectSerde<EntityTelemetry> v1Reader =
                AvroSingleObjectSerde.forSpecific(EntityTelemetry.class).addSchema(V2);

        EntityTelemetry read = v1Reader.decode(v2Message);

        assertThat(read).isEqualTo(SampleRecords.vehicleTelemetry());
        assertThat(read.getSchema().getField(ADDED_FIELD)).isNull();
    }

    @Test
    void newWriterOldReader_needsTheNewSchemaRegistered() {
        byte[] v2Message = encodeAsV2(SampleRecords.vehicleTelemetry(), 0.1);
        AvroSingleObjectSerde<EntityTelemetry> v1Reader = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);

        assertThatThrownBy(() -> v1Reader.decode(v2Message))
                .isInstanceOfSatisfying(SingleObjectDecodingException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodingFailure.UNKNOWN_FINGERPRINT))
                .hasMessageContaining(SingleObjectFormat.toHex(SingleObjectFormat.fingerprintOf(V2)));
    }

    @Test
    void sharedSchemaStoreSuppliesTheWriterSchema() {
        byte[] v2Message = encodeAsV2(SampleRecords.vehicleTelemetry(), 0.1);
        SchemaStore.Cache registry = new SchemaStore.Cache();
        registry.addSchema(V2);
        AvroSingleObjectSerde<EntityTelemetry> v1Reader =
                AvroSingleObjectSerde.forSpecific(EntityTelemetry.class, registry);

        assertThat(v1Reader.decode(v2Message)).isEqualTo(SampleRecords.vehicleTelemetry());
    }

    @Test
    void addSchemaRefusesAWriterTheReaderCannotResolve() {
        Schema entityIdAsInt = new Schema.Parser().parse(
                V1.toString().replace("\"name\":\"entityId\",\"type\":{\"type\":\"string\",\"avro.java.string\":\"String\"}",
                        "\"name\":\"entityId\",\"type\":\"int\""));
        assertThat(entityIdAsInt.getField("entityId").schema().getType()).isEqualTo(Schema.Type.INT);

        assertThatThrownBy(() -> AvroSingleObjectSerde.forSpecific(EntityTelemetry.class).addSchema(entityIdAsInt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("io.vectwin.schemas.EntityTelemetry")
                .hasMessageContaining("/fields/0/type");
    }

    @Test
    void sharedStoreSchemaOfAnotherRecordIsReportedAsIncompatible() {
        SchemaStore.Cache everything = VectwinSchemas.newSchemaStore();
        byte[] taskMessage = serdeFor(SampleRecords.taskRequest()).encode(SampleRecords.taskRequest());
        AvroSingleObjectSerde<EntityTelemetry> telemetryReader =
                AvroSingleObjectSerde.forSpecific(EntityTelemetry.class, everything);

        assertThatThrownBy(() -> telemetryReader.decode(taskMessage))
                .isInstanceOfSatisfying(SingleObjectDecodingException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodingFailure.INCOMPATIBLE_WRITER_SCHEMA))
                .hasMessageStartingWith("INCOMPATIBLE_WRITER_SCHEMA: cannot decode io.vectwin.schemas.EntityTelemetry")
                .hasMessageContaining("io.vectwin.schemas.TaskRequest")
                .hasMessageContaining("NAME_MISMATCH")
                .hasMessageEndingWith("and 12 more");
    }

    /** What a v2 producer that has no generated v2 classes would send: GenericRecord, GenericData. */
    private static byte[] encodeAsV2(EntityTelemetry v1Values, double reportingPeriodSeconds) {
        GenericRecordBuilder v2 = new GenericRecordBuilder(V2);
        for (Schema.Field field : V1.getFields()) {
            v2.set(field.name(), v1Values.get(field.name()));
        }
        v2.set("kind", new GenericData.EnumSymbol(V2.getField("kind").schema(), v1Values.getKind().name()));
        v2.set(ADDED_FIELD, reportingPeriodSeconds);
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        try {
            new BinaryMessageEncoder<GenericRecord>(GenericData.get(), V2).encode(v2.build(), message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return message.toByteArray();
    }

    /** Parses the JSON of {@code schema} with {@code fieldJson} inserted as the first field. */
    private static Schema withLeadingField(Schema schema, String fieldJson) {
        String json = schema.toString();
        String fieldsStart = "\"fields\":[";
        int insertAt = json.indexOf(fieldsStart) + fieldsStart.length();
        return new Schema.Parser().parse(json.substring(0, insertAt) + fieldJson + "," + json.substring(insertAt));
    }
}

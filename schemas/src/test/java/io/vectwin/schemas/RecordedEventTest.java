package io.vectwin.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class RecordedEventTest {

    @Test
    void bothPayloadKindsSurviveAnAvroContainerFileRoundTrip() throws IOException {
        List<RecordedEvent> written = List.of(
                new RecordedEvent(1_700_000_000_020L, "vec.telemetry", SampleRecords.vehicleTelemetry()),
                new RecordedEvent(1_700_000_000_040L, "vec.tasks", SampleRecords.taskRequest()));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (DataFileWriter<RecordedEvent> writer = new DataFileWriter<>(new SpecificDatumWriter<>(RecordedEvent.class))) {
            writer.setMeta("vectwin.source", "test");
            writer.create(RecordedEvent.getClassSchema(), file);
            written.forEach(e -> append(writer, e));
        }
        List<RecordedEvent> read = new ArrayList<>();
        try (DataFileStream<RecordedEvent> reader = new DataFileStream<>(
                new java.io.ByteArrayInputStream(file.toByteArray()), new SpecificDatumReader<>(RecordedEvent.class))) {
            reader.forEach(read::add);
            assertThat(reader.getMetaString("vectwin.source")).isEqualTo("test");
        }

        assertThat(read).isEqualTo(written);
        assertThat(read.get(0).getPayload()).isInstanceOf(EntityTelemetry.class);
        assertThat(read.get(1).getPayload()).isInstanceOf(TaskRequest.class);
    }

    @Test
    void thePayloadIsExactlyTelemetryOrTaskRequest() {
        Schema payload = RecordedEvent.getClassSchema().getField("payload").schema();

        assertThat(payload.getTypes()).extracting(Schema::getFullName)
                .containsExactly("io.vectwin.schemas.EntityTelemetry", "io.vectwin.schemas.TaskRequest");
    }

    /** The conventions VectwinSchemasTest checks for the message records, for this file record. */
    @Test
    void everyFieldIsDocumentedWithItsUnit() {
        Schema schema = RecordedEvent.getClassSchema();

        assertThat(schema.getDoc()).isNotBlank();
        assertThat(schema.getFields()).allSatisfy(f ->
                assertThat(f.doc()).isNotBlank().containsAnyOf("Unit: ", "Unitless"));
    }

    private static void append(DataFileWriter<RecordedEvent> writer, RecordedEvent e) {
        try {
            writer.append(e);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}

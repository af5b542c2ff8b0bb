package io.vectwin.ingest.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.RecordedEvent;
import io.vectwin.schemas.Subtask;
import io.vectwin.schemas.TaskRequest;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingFilesTest {

    @TempDir
    Path dir;

    static EntityTelemetry telemetry(String id, EntityKind kind, long seq, long eventTime) {
        return EntityTelemetry.newBuilder().setEntityId(id).setKind(kind).setSequenceNumber(seq).setEventTimeMillis(eventTime)
                .setX(10.0 * seq).setY(-4.5).setZ(1.5).setHorizontalSpeed(12.0).setVerticalSpeed(0.0).setHeading(0.5)
                .setSlope(0.0).setAvailableCpuHz(0.0).setMaxCpuHz(0.0).setQueueLength(0).setBacklogCycles(0.0).build();
    }

    static TaskRequest task(String taskId, String vehicle, long createdAt) {
        Subtask s = Subtask.newBuilder().setIndex(0).setCyclesPerBit(40.0).setDataBits(800_000L).setIntrinsicPriority(0.5)
                .setComplexityWeight(0.5).setDataSizeWeight(0.5).build();
        return TaskRequest.newBuilder().setTaskId(taskId).setVehicleId(vehicle).setCreatedAtMillis(createdAt)
                .setDeadlineSeconds(0.010).setSubtasks(List.of(s)).build();
    }

    private Path writeSample(String name) {
        Path file = dir.resolve(name);
        try (RecordingWriter w = RecordingWriter.create(file, Map.of("source", "test", "seed", "7"))) {
            w.append(telemetry("v-0", EntityKind.VEHICLE, 0, 1_000), 1_000);
            w.append(task("v-0/t0", "v-0", 1_000), 1_000);
            w.append(telemetry("b-0", EntityKind.BASE_STATION, 0, 1_000), 1_000);
            w.append(telemetry("v-0", EntityKind.VEHICLE, 1, 1_020), 1_020);
            assertThat(w.count()).isEqualTo(4);
        }
        return file;
    }

    @Test
    void whatIsWrittenIsReadBackInOrderWithTopicsAndMetadata() {
        Path file = writeSample("a.avro");

        try (RecordingReader r = RecordingReader.open(file)) {
            List<RecordedEvent> events = new ArrayList<>();
            r.forEach(events::add);

            assertThat(r.metadata()).containsEntry("source", "test").containsEntry("seed", "7")
                    .allSatisfy((k, v) -> assertThat(k).doesNotStartWith("avro."));
            assertThat(events).extracting(RecordedEvent::getTopic)
                    .containsExactly("vec.telemetry", "vec.tasks", "vec.telemetry", "vec.telemetry");
            assertThat(events).extracting(RecordedEvent::getRecordedAtMillis).containsExactly(1_000L, 1_000L, 1_000L, 1_020L);
            assertThat(events.get(1).getPayload()).isEqualTo(task("v-0/t0", "v-0", 1_000));
            assertThat(events.get(3).getPayload()).isEqualTo(telemetry("v-0", EntityKind.VEHICLE, 1, 1_020));
            // every iteration starts again from the first record
            assertThat(r).hasSize(4);
        }
    }

    @Test
    void theSummaryCountsSpansAndFindsTheSmallestGapAndTheLargestSequenceNumber() {
        try (RecordingReader r = RecordingReader.open(writeSample("b.avro"))) {
            RecordingSummary s = RecordingSummary.of(r);

            assertThat(s).isEqualTo(new RecordingSummary(4, 3, 1_000, 1_020, 20, 1));
            assertThat(s.tasks()).isEqualTo(1);
            assertThat(s.spanMillis()).isEqualTo(20);
        }
    }

    @Test
    void aMissingFileIsOneLineNamingIt() {
        Path missing = dir.resolve("nope.avro");
        assertThatThrownBy(() -> RecordingReader.open(missing))
                .isInstanceOf(RecordingFileException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.avro"));
        assertThatThrownBy(() -> RecordingReader.open(empty))
                .isInstanceOf(RecordingFileException.class)
                .hasMessageStartingWith(empty + ": ").hasMessageContaining("empty");
    }

    @Test
    void aFileThatIsNotAnAvroContainerIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("fcd.xml"), "<fcd-export>\n</fcd-export>\n");
        assertThatThrownBy(() -> RecordingReader.open(text))
                .isInstanceOf(RecordingFileException.class)
                .hasMessageStartingWith(text + ": ").hasMessageContaining("not an Avro container file")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anAvroContainerOfAnotherRecordTypeIsRefused() throws IOException {
        Path other = dir.resolve("telemetry-only.avro");
        try (DataFileWriter<EntityTelemetry> w = new DataFileWriter<>(new SpecificDatumWriter<>(EntityTelemetry.class))) {
            w.create(EntityTelemetry.getClassSchema(), other.toFile());
            w.append(telemetry("v-0", EntityKind.VEHICLE, 0, 1));
        }
        assertThatThrownBy(() -> RecordingReader.open(other))
                .isInstanceOf(RecordingFileException.class)
                .hasMessage(other + ": holds io.vectwin.schemas.EntityTelemetry records, not io.vectwin.schemas.RecordedEvent:"
                        + " not a vectwin recording");
    }

    @Test
    void aFileCutShortFailsTheIterationSayingAfterHowManyRecords() throws IOException {
        Path file = dir.resolve("big.avro");
        try (RecordingWriter w = RecordingWriter.create(file, Map.of())) {
            for (int i = 0; i < 20_000; i++) { // several blocks
                w.append(telemetry("v-" + (i % 50), EntityKind.VEHICLE, i / 50, 1_000L + i), 1_000L + i);
            }
        }
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size * 2 / 3); // a recording cut short by a full disk or a kill
        }
        try (RecordingReader r = RecordingReader.open(file)) {
            assertThatThrownBy(() -> r.forEach(e -> { }))
                    .isInstanceOf(RecordingFileException.class)
                    .hasMessageStartingWith(file + ": truncated after ").hasMessageContaining("incomplete block");
        }
    }

    @Test
    void metadataMayNotUseAvrosReservedKeys() {
        assertThatThrownBy(() -> RecordingWriter.create(dir.resolve("x.avro"), Map.of("avro.codec", "null")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("avro.codec");
    }
}

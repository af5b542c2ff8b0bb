package io.vectwin.ingest.recording;

import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.RecordedEvent;
import io.vectwin.schemas.TaskRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Writes a recording: an Avro container file of {@link RecordedEvent}s (schema in the file's
 * header, so any Avro tool can read it), with free-form metadata in the header (source, seed,
 * entity counts, vectwin version, ...). Records are appended in the order given; blocks are
 * deflate-compressed. A run that dies part-way leaves a readable file up to its last full block.
 * Not thread-safe.
 */
public final class RecordingWriter implements AutoCloseable {

    /** Prefix of the header keys Avro reserves for itself; metadata may not use it. */
    static final String AVRO_RESERVED_PREFIX = "avro.";

    private final Path file;
    private final DataFileWriter<RecordedEvent> writer;
    private long count;
    private boolean closed;

    private RecordingWriter(Path file, DataFileWriter<RecordedEvent> writer) {
        this.file = file;
        this.writer = writer;
    }

    /**
     * Creates (or replaces) {@code file}, its parent directories included, with {@code metadata}
     * in the header.
     *
     * @throws IllegalArgumentException  if a metadata key starts with {@code avro.} (Avro's own)
     * @throws RecordingFileException    if the file cannot be created
     */
    public static RecordingWriter create(Path file, Map<String, String> metadata) {
        Require.notNull("file", file);
        Require.notNull("metadata", metadata);
        metadata.keySet().forEach(k -> {
            if (k.startsWith(AVRO_RESERVED_PREFIX)) {
                throw new IllegalArgumentException("metadata key '" + k + "' uses the prefix Avro reserves ("
                        + AVRO_RESERVED_PREFIX + ")");
            }
        });
        DataFileWriter<RecordedEvent> writer = new DataFileWriter<>(new SpecificDatumWriter<>(RecordedEvent.class));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer.setCodec(CodecFactory.deflateCodec(CodecFactory.DEFAULT_DEFLATE_LEVEL));
            metadata.forEach(writer::setMeta);
            writer.create(RecordedEvent.getClassSchema(), file.toFile());
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer);
            throw new RecordingFileException(file, "cannot create the recording: " + e.getMessage(), e);
        }
        return new RecordingWriter(file, writer);
    }

    /** Appends a telemetry record of {@code vec.telemetry}, recorded at {@code recordedAtMillis}. */
    public void append(EntityTelemetry telemetry, long recordedAtMillis) {
        append(RecordedTopic.TELEMETRY, Require.notNull("telemetry", telemetry), recordedAtMillis);
    }

    /** Appends a task request of {@code vec.tasks}, recorded at {@code recordedAtMillis}. */
    public void append(TaskRequest task, long recordedAtMillis) {
        append(RecordedTopic.TASKS, Require.notNull("task", task), recordedAtMillis);
    }

    private void append(RecordedTopic topic, Object payload, long recordedAtMillis) {
        if (closed) {
            throw new IllegalStateException(file + ": the recording is closed");
        }
        try {
            writer.append(new RecordedEvent(recordedAtMillis, topic.topicName(), payload));
        } catch (IOException | RuntimeException e) {
            throw new RecordingFileException(file, "cannot append record " + count + ": " + e.getMessage(), e);
        }
        count++;
    }

    /** Records appended so far. */
    public long count() {
        return count;
    }

    public Path file() {
        return file;
    }

    /** Flushes the last block and closes the file; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } catch (IOException e) {
            throw new RecordingFileException(file, "cannot finish the recording: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(DataFileWriter<?> writer) {
        try {
            writer.close();
        } catch (IOException | RuntimeException ignored) {
            // the creation failure is what the caller needs to see
        }
    }
}

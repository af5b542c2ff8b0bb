package io.vectwin.ingest.recording;

import io.vectwin.model.params.Require;
import io.vectwin.schemas.RecordedEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Reads a recording written by {@link RecordingWriter} (or any Avro container file of
 * {@link RecordedEvent}s). {@link #open} checks the file up front, so that a missing, empty,
 * foreign or wrongly typed file is one {@link RecordingFileException} naming the file and the
 * problem, before anything is done with it. Each {@link #iterator()} reads the file again from
 * its first record; a block that turns out corrupt part-way, or a record whose topic does not
 * match its payload, ends the iteration with a {@link RecordingFileException} saying after how
 * many records.
 */
public final class RecordingReader implements Iterable<RecordedEvent>, AutoCloseable {

    private final Path file;
    private final Map<String, String> metadata;
    private final List<DataFileReader<RecordedEvent>> openReaders = new ArrayList<>();

    private RecordingReader(Path file, Map<String, String> metadata) {
        this.file = file;
        this.metadata = metadata;
    }

    /**
     * Opens {@code file} and checks that it is a readable recording.
     *
     * @throws RecordingFileException if the file is missing, empty, not an Avro container file, or
     *                                holds records of another schema
     */
    public static RecordingReader open(Path file) {
        Require.notNull("file", file);
        if (!Files.exists(file)) {
            throw new RecordingFileException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new RecordingFileException(file, "not a regular file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new RecordingFileException(file, "the file is empty, not a recording");
            }
        } catch (IOException e) {
            throw new RecordingFileException(file, "cannot read: " + e.getMessage(), e);
        }
        try (DataFileReader<RecordedEvent> header = newReader(file)) {
            Map<String, String> metadata = new LinkedHashMap<>();
            for (String key : header.getMetaKeys()) {
                if (!key.startsWith(RecordingWriter.AVRO_RESERVED_PREFIX)) {
                    metadata.put(key, header.getMetaString(key));
                }
            }
            return new RecordingReader(file, Collections.unmodifiableMap(metadata));
        } catch (IOException e) {
            throw new RecordingFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** A reader positioned at the first record, after checking the file's header and schema. */
    private static DataFileReader<RecordedEvent> newReader(Path file) {
        DataFileReader<RecordedEvent> reader;
        try {
            reader = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(RecordedEvent.class));
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            throw new RecordingFileException(file, why.startsWith("Not an Avro data file")
                    ? "not an Avro container file (no Avro header), so not a recording"
                    : "not a readable Avro container file: " + why, e);
        }
        Schema written = reader.getSchema();
        Schema expected = RecordedEvent.getClassSchema();
        String problem = null;
        if (written.getType() != Schema.Type.RECORD || !written.getFullName().equals(expected.getFullName())) {
            problem = "holds " + (written.getType() == Schema.Type.RECORD ? written.getFullName() : written.getType().getName())
                    + " records, not " + expected.getFullName() + ": not a vectwin recording";
        } else if (SchemaCompatibility.checkReaderWriterCompatibility(expected, written).getType()
                != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            problem = "its " + expected.getFullName() + " schema cannot be read with this version's: "
                    + SchemaCompatibility.checkReaderWriterCompatibility(expected, written).getDescription();
        }
        if (problem != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the schema problem is what matters
            }
            throw new RecordingFileException(file, problem);
        }
        return reader;
    }

    /** The header's metadata (Avro's own {@code avro.*} keys left out), in file order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    public Path file() {
        return file;
    }

    /** The records from the first, read afresh from the file. */
    @Override
    public Iterator<RecordedEvent> iterator() {
        DataFileReader<RecordedEvent> reader = newReader(file);
        synchronized (openReaders) {
            openReaders.add(reader);
        }
        return new Iterator<>() {
            private long read;

            @Override
            public boolean hasNext() {
                boolean more;
                try {
                    more = reader.hasNext();
                } catch (RuntimeException e) {
                    throw corruptAfter(read, e);
                }
                if (!more) {
                    requireWholeFileRead(reader, read);
                }
                return more;
            }

            @Override
            public RecordedEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RecordedEvent e;
                try {
                    e = reader.next();
                } catch (RuntimeException ex) {
                    throw corruptAfter(read, ex);
                }
                RecordedTopic topic = RecordedTopic.byName(e.getTopic()).orElseThrow(() -> new RecordingFileException(file,
                        "record " + read + " names topic '" + e.getTopic() + "', which is neither "
                                + RecordedTopic.TELEMETRY.topicName() + " nor " + RecordedTopic.TASKS.topicName()));
                if (!topic.carries(e.getPayload())) {
                    throw new RecordingFileException(file, "record " + read + " is on topic " + e.getTopic() + " but holds a "
                            + e.getPayload().getClass().getSimpleName());
                }
                read++;
                return e;
            }
        };
    }

    /**
     * Avro ends the iteration quietly when the last block is cut short (a recording killed while
     * writing, a partial copy); here that is an error, so that a replay or a training run never
     * takes half a file for a whole one. A whole file ends with a block's sync marker.
     */
    private void requireWholeFileRead(DataFileReader<RecordedEvent> reader, long records) {
        try {
            long length = Files.size(file);
            if (reader.previousSync() < length) {
                throw new RecordingFileException(file, "truncated after " + records + " records (the last "
                        + (length - reader.previousSync()) + " bytes are an incomplete block)");
            }
        } catch (IOException e) {
            throw new RecordingFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private RecordingFileException corruptAfter(long records, RuntimeException e) {
        return new RecordingFileException(file, "corrupt after " + records + " records: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        synchronized (openReaders) {
            for (DataFileReader<RecordedEvent> r : openReaders) {
                try {
                    r.close();
                } catch (IOException ignored) {
                    // reading is over; nothing was written
                }
            }
            openReaders.clear();
        }
    }
}

package io.vectwin.lstm.features;

import io.vectwin.ingest.recording.RecordingReader;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.RecordedEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Feature sequences from recording files ({@code vectwin record}): the telemetry of each file in
 * event-time order, each file its own scenario (see {@link EntitySequences#concat}). Task
 * requests in the files are skipped: the twin predicts entity states, not traffic.
 */
public final class RecordedTelemetry {

    private RecordedTelemetry() {
    }

    public static EntitySequences load(List<Path> files, NetworkParameters params) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no recording files given");
        }
        List<EntitySequences> scenarios = new ArrayList<>();
        for (Path file : files) {
            scenarios.add(EntitySequences.from(telemetry(file), params));
        }
        return EntitySequences.concat(scenarios);
    }

    /** The telemetry of one file, stably sorted by event time (a live-topic recording interleaves partitions). */
    static List<EntityTelemetry> telemetry(Path file) {
        List<EntityTelemetry> out = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(file)) {
            for (RecordedEvent e : reader) {
                if (e.getPayload() instanceof EntityTelemetry t) {
                    out.add(t);
                }
            }
        }
        out.sort(Comparator.comparingLong(EntityTelemetry::getEventTimeMillis));
        return out;
    }
}

package io.vectwin.jobs.twin;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.ingest.avro.TimeMapping;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingOutcome;
import io.vectwin.schemas.TaskRequest;
import java.util.Optional;

/**
 * Content checks of the job's inputs, beyond what decoding checks: a record that decodes but
 * that the model would reject (an id that names no entity, a non-finite position, a subtask
 * whose weights leave (0, 1), ...) goes to the dead-letter topic with the model's own message.
 * The checks reuse the conversions the job applies anyway, so "valid" means exactly "usable".
 */
public final class RecordValidators {

    private RecordValidators() {
    }

    public static RecordValidator<EntityTelemetry> telemetry() {
        return t -> reason(() -> AvroMapping.toEntityState(t));
    }

    public static RecordValidator<TaskRequest> tasks() {
        return t -> reason(() -> AvroMapping.toModelTask(t, new TimeMapping(0L)));
    }

    public static RecordValidator<OffloadingOutcome> outcomes() {
        return o -> reason(() -> {
            EntityId.parse(o.getVehicleId());
            if (o.getTaskId() == null || o.getTaskId().isBlank()) {
                throw new IllegalArgumentException("outcome.taskId must not be blank");
            }
            return o;
        });
    }

    private static Optional<String> reason(java.util.function.Supplier<?> conversion) {
        try {
            conversion.get();
            return Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}

package io.vectwin.schemas.serde;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Checks up front that a reader schema can resolve a writer schema, so that an incompatible
 * schema is refused when it is registered (or found) with a readable explanation, instead of
 * failing later, record by record, deep inside Avro's resolving decoder.
 */
final class ReaderWriterCompatibility {

    /** Keeps dead-letter reasons short: the first problems are the telling ones (e.g. a name mismatch). */
    private static final int MAX_PROBLEMS_SHOWN = 3;

    private ReaderWriterCompatibility() {
    }

    /** Empty if {@code reader} can read data written with {@code writer}, else why not. */
    static Optional<String> problemsReading(Schema writer, Schema reader) {
        SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (pair.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return Optional.empty();
        }
        List<Incompatibility> problems = pair.getResult().getIncompatibilities();
        String shown = problems.stream()
                .limit(MAX_PROBLEMS_SHOWN)
                .map(problem -> problem.getType() + " at " + problem.getLocation() + " (" + problem.getMessage() + ")")
                .collect(Collectors.joining("; "));
        int hidden = problems.size() - MAX_PROBLEMS_SHOWN;
        return Optional.of(hidden > 0 ? shown + "; and " + hidden + " more" : shown);
    }
}

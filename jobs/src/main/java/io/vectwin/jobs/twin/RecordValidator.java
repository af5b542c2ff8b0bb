package io.vectwin.jobs.twin;

import java.io.Serializable;
import java.util.Optional;

/** Checks a decoded record's content; a reason means it goes to the dead-letter topic. */
@FunctionalInterface
public interface RecordValidator<T> extends Serializable {

    Optional<String> rejection(T record);

    static <T> RecordValidator<T> acceptAll() {
        return r -> Optional.empty();
    }
}

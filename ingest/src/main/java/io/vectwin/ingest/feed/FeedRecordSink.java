package io.vectwin.ingest.feed;

import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;

/** Where a feed run sends what it converted and what it rejected. */
public interface FeedRecordSink {

    void telemetry(EntityTelemetry telemetry);

    void task(TaskRequest task);

    void reject(FeedReject reject);

    /** Records that could not be delivered (Kafka send failures); 0 for local sinks. */
    default long failures() {
        return 0;
    }

    /** Delivers everything still buffered. */
    default void flush() {
    }

    /** Counts only: a dry run's records go nowhere; its rejects go to {@code rejects}. */
    static FeedRecordSink dryRun(FeedRejectLog rejects) {
        return new FeedRecordSink() {
            @Override
            public void telemetry(EntityTelemetry telemetry) {
            }

            @Override
            public void task(TaskRequest task) {
            }

            @Override
            public void reject(FeedReject reject) {
                rejects.write(reject);
            }

            @Override
            public void flush() {
                rejects.flush();
            }
        };
    }
}

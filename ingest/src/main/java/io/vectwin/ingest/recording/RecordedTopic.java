package io.vectwin.ingest.recording;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;
import java.util.Optional;

/**
 * The two logical topics a recording holds, named as on the wire ({@code vec.telemetry},
 * {@code vec.tasks}), each with the one payload type it carries.
 */
public enum RecordedTopic {
    TELEMETRY(SimulatorConfig.Topics.defaults().telemetry(), EntityTelemetry.class),
    TASKS(SimulatorConfig.Topics.defaults().tasks(), TaskRequest.class);

    private final String topicName;
    private final Class<?> payloadType;

    RecordedTopic(String topicName, Class<?> payloadType) {
        this.topicName = topicName;
        this.payloadType = payloadType;
    }

    /** The topic's name as written in {@code RecordedEvent.topic}. */
    public String topicName() {
        return topicName;
    }

    /** Whether {@code payload} is what this topic carries. */
    public boolean carries(Object payload) {
        return payloadType.isInstance(payload);
    }

    /** The topic called {@code name}, if it is one of the two. */
    public static Optional<RecordedTopic> byName(String name) {
        for (RecordedTopic t : values()) {
            if (t.topicName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

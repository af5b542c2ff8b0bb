package io.vectwin.ingest.recording;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.model.params.Require;

/**
 * The Kafka topics that stand for the two logical topics of a recording: where a topic recording
 * reads from and where a replay writes to. {@link #defaults()} are the pipeline's own.
 *
 * @param telemetry the topic of {@link RecordedTopic#TELEMETRY}
 * @param tasks     the topic of {@link RecordedTopic#TASKS}
 */
public record TopicNames(String telemetry, String tasks) {

    public TopicNames {
        Require.notNull("telemetry", telemetry);
        Require.notNull("tasks", tasks);
        if (telemetry.isBlank() || tasks.isBlank() || telemetry.equals(tasks)) {
            throw new IllegalArgumentException("telemetry and tasks must be two distinct topic names, got '" + telemetry
                    + "' and '" + tasks + "'");
        }
    }

    /** vec.telemetry and vec.tasks. */
    public static TopicNames defaults() {
        SimulatorConfig.Topics t = SimulatorConfig.Topics.defaults();
        return new TopicNames(t.telemetry(), t.tasks());
    }

    /** The Kafka topic of {@code topic}. */
    public String of(RecordedTopic topic) {
        return topic == RecordedTopic.TELEMETRY ? telemetry : tasks;
    }
}

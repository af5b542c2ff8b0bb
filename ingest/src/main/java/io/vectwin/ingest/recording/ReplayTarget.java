package io.vectwin.ingest.recording;

/**
 * Where a {@link Replayer} sends records: a Kafka producer ({@link KafkaReplayTarget}) or, in
 * tests, a list.
 */
public interface ReplayTarget {

    /** Sends one encoded record; must not block for long (Kafka's send is asynchronous). */
    void send(String topic, String key, long timestampMillis, byte[] value);

    /** Waits until everything sent so far has been delivered (or has failed). */
    void flush();
}

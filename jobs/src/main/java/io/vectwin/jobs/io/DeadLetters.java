package io.vectwin.jobs.io;

import io.vectwin.schemas.DeadLetterRecord;
import java.nio.ByteBuffer;
import org.apache.flink.util.OutputTag;

/**
 * The side output every operator sends what it cannot use to, and the one way of building a
 * {@link DeadLetterRecord}: the original bytes, where they came from, and why they were refused.
 */
public final class DeadLetters {

    /** Side output of records bound for {@code vec.deadletter}. */
    public static final OutputTag<DeadLetterRecord> TAG = new OutputTag<>("dead-letters") { };

    private DeadLetters() {
    }

    public static DeadLetterRecord of(RawKafkaRecord raw, String reason, long nowMillis) {
        return of(raw.topic, raw.partition, raw.offset, raw.value, reason, nowMillis);
    }

    public static DeadLetterRecord of(String topic, int partition, long offset, byte[] bytes, String reason, long nowMillis) {
        return DeadLetterRecord.newBuilder()
                .setSourceTopic(topic == null ? "" : topic)
                .setPartition(partition)
                .setOffset(offset)
                .setRawBytes(ByteBuffer.wrap(bytes == null ? new byte[0] : bytes))
                .setReason(reason)
                .setFailedAtMillis(nowMillis)
                .build();
    }
}

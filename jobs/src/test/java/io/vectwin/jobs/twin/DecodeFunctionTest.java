package io.vectwin.jobs.twin;

import static io.vectwin.jobs.twin.TelemetryHistoryTest.telemetry;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.jobs.io.RawKafkaRecord;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** The decoding operator on Flink's test harness: good records pass, bad ones become dead letters with their bytes. */
class DecodeFunctionTest {

    private static final AvroSingleObjectSerde<EntityTelemetry> SERDE = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);

    private static RawKafkaRecord raw(byte[] value, long offset) {
        return new RawKafkaRecord("vec.telemetry", 1, offset, 0L, "v-3".getBytes(StandardCharsets.UTF_8), value);
    }

    @Test
    void goodRecordsPassAndBadOnesAreDeadLetteredWithReasonAndBytes() throws Exception {
        try (OneInputStreamOperatorTestHarness<RawKafkaRecord, EntityTelemetry> h = ProcessFunctionTestHarnesses.forProcessFunction(
                new DecodeFunction<>(EntityTelemetry.class, RecordValidators.telemetry()))) {
            EntityTelemetry good = telemetry("v-3", EntityKind.VEHICLE, 1, 10);
            // decodes, but names a UAV while claiming to be a vehicle: the model rejects it
            EntityTelemetry inconsistent = telemetry("u-3", EntityKind.VEHICLE, 1, 10);
            byte[] garbage = "hello".getBytes(StandardCharsets.UTF_8);
            h.processElement(raw(SERDE.encode(good), 10), 0L);
            h.processElement(raw(garbage, 11), 0L);
            h.processElement(raw(SERDE.encode(inconsistent), 12), 0L);

            assertThat(h.extractOutputValues()).containsExactly(good);
            List<DeadLetterRecord> dead = h.getSideOutput(DeadLetters.TAG).stream().map(StreamRecord::getValue).toList();
            assertThat(dead).hasSize(2);
            assertThat(dead.get(0).getOffset()).isEqualTo(11);
            assertThat(dead.get(0).getSourceTopic()).isEqualTo("vec.telemetry");
            assertThat(dead.get(0).getRawBytes()).isEqualTo(ByteBuffer.wrap(garbage));
            assertThat(dead.get(0).getReason()).contains("BAD_MAGIC");
            assertThat(dead.get(1).getOffset()).isEqualTo(12);
            assertThat(dead.get(1).getReason()).contains("disagrees");
        }
    }
}

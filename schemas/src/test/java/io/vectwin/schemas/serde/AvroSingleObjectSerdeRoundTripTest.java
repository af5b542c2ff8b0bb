package io.vectwin.schemas.serde;

import static io.vectwin.schemas.serde.Serdes.roundTrip;
import static io.vectwin.schemas.serde.Serdes.serdeFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.stream.Stream;

import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import io.vectwin.schemas.SampleRecords;
import io.vectwin.schemas.TaskRequest;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSingleObjectSerdeRoundTripTest {

    static Stream<SpecificRecord> samples() {
        return SampleRecords.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripPreservesEveryField(SpecificRecord original) {
        SpecificRecord decoded = roundTrip(original);

        assertThat(decoded).isNotSameAs(original).isEqualTo(original);
        assertThat(decoded.getClass()).isEqualTo(original.getClass());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void messageIsMarkerThenLittleEndianParsingFingerprintThenBody(SpecificRecord record) {
        byte[] message = serdeFor(record).encode(record);

        long expectedFingerprint = SchemaNormalization.parsingFingerprint64(record.getSchema());
        long headerFingerprint = ByteBuffer.wrap(message, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(Arrays.copyOf(message, 2)).containsExactly(0xC3, 0x01);
        assertThat(headerFingerprint).isEqualTo(expectedFingerprint);
        assertThat(SingleObjectFormat.fingerprintInHeader(message)).isEqualTo(expectedFingerprint);
        assertThat(serdeFor(record).fingerprint()).isEqualTo(expectedFingerprint);
        assertThat(message.length).isGreaterThan(SingleObjectFormat.HEADER_LENGTH);
    }

    @Test
    void closedLinkInfiniteLatencyAndFailureReasonSurvive() {
        OffloadingOutcome decoded = roundTrip(SampleRecords.closedLinkOutcome());

        assertThat(decoded.getActualLatencySeconds()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(decoded.getDeadlineMet()).isFalse();
        assertThat(decoded.getFailureReason()).isEqualTo("link v-17->b-0 did not close (SNR -95 dB)");
    }

    @Test
    void nullFailureReasonStaysNull() {
        OffloadingOutcome decoded = roundTrip(SampleRecords.deadlineMetOutcome());

        assertThat(decoded.getFailureReason()).isNull();
        assertThat(decoded.getActualLatencySeconds()).isEqualTo(0.0041);
        assertThat(decoded.getDeadlineMet()).isTrue();
    }

    @Test
    void emptyAndNonEmptyForwardingPathsSurvive() {
        OffloadingDecision direct = roundTrip(SampleRecords.directDecision());
        OffloadingDecision forwarded = roundTrip(SampleRecords.forwardedDecision());

        assertThat(direct.getForwardingPath()).isEmpty();
        assertThat(direct.getProcessingNode()).isEqualTo(direct.getFirstHop()).isEqualTo("b-0");
        assertThat(forwarded.getFirstHop()).isEqualTo("u-3");
        assertThat(forwarded.getForwardingPath()).containsExactly("u-4");
    }

    @Test
    void forwardingPathDefaultsToEmptyWhenNotSet() {
        OffloadingDecision built = OffloadingDecision.newBuilder(SampleRecords.directDecision())
                .clearForwardingPath()
                .build();

        assertThat(roundTrip(built).getForwardingPath()).isEmpty();
    }

    @Test
    void subtasksKeepTheirOrderAndValues() {
        TaskRequest decoded = roundTrip(SampleRecords.taskRequest());

        assertThat(decoded.getSubtasks()).hasSize(2);
        assertThat(decoded.getSubtasks().get(0).getDataBits()).isEqualTo(800_000L);
        assertThat(decoded.getSubtasks().get(1).getIntrinsicPriority()).isEqualTo(0.2);
        assertThat(decoded.getDeadlineSeconds()).isEqualTo(0.010);
    }

    @Test
    void deadLetterRawBytesSurviveByteForByte() {
        DeadLetterRecord decoded = roundTrip(SampleRecords.deadLetter());

        ByteBuffer raw = decoded.getRawBytes();
        byte[] bytes = new byte[raw.remaining()];
        raw.duplicate().get(bytes);
        assertThat(bytes).containsExactly(0x00, 0xFF, 0x7B, 0x22, 0xC3);
    }

    @Test
    void genericSerdeReadsWhatTheSpecificSerdeWrote() {
        EntityTelemetry original = SampleRecords.vehicleTelemetry();
        byte[] message = serdeFor(original).encode(original);

        GenericRecord generic = AvroSingleObjectSerde.forGeneric(EntityTelemetry.getClassSchema()).decode(message);

        assertThat(generic.get("entityId")).hasToString("v-17");
        assertThat(generic.get("kind")).hasToString("VEHICLE");
        assertThat(generic.get("x")).isEqualTo(-312.75);
        assertThat(generic.get("sequenceNumber")).isEqualTo(4_211L);
    }

    @Test
    void encodingARecordOfAnotherSchemaIsRefused() {
        AvroSingleObjectSerde<GenericRecord> telemetrySerde =
                AvroSingleObjectSerde.forGeneric(EntityTelemetry.getClassSchema());
        GenericRecord notTelemetry = new GenericRecordBuilder(DeadLetterRecord.getClassSchema())
                .set("sourceTopic", "t").set("partition", 0).set("offset", 0L)
                .set("rawBytes", ByteBuffer.allocate(0)).set("reason", "r").set("failedAtMillis", 0L)
                .build();

        assertThatThrownBy(() -> telemetrySerde.encode(notTelemetry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("io.vectwin.schemas.DeadLetterRecord")
                .hasMessageContaining("io.vectwin.schemas.EntityTelemetry");
    }
}

package io.vectwin.schemas.serde;

import static io.vectwin.schemas.serde.Serdes.serdeFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a telemetry message can be bad ends in one exception naming the type and the reason. */
class DecodingFailureTest {

    private static final String RECORD_TYPE = "io.vectwin.schemas.EntityTelemetry";

    private final AvroSingleObjectSerde<EntityTelemetry> serde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);

    static Stream<Arguments> badMessages() {
        byte[] valid = validTelemetryMessage();
        return Stream.of(
                arguments(named("null (tombstone)", null), DecodingFailure.TRUNCATED),
                arguments(named("empty", new byte[0]), DecodingFailure.TRUNCATED),
                arguments(named("first marker byte only", new byte[] {(byte) 0xC3}), DecodingFailure.TRUNCATED),
                arguments(named("header cut inside the fingerprint", Arrays.copyOf(valid, 6)), DecodingFailure.TRUNCATED),
                arguments(named("body cut short", Arrays.copyOf(valid, valid.length - 3)), DecodingFailure.TRUNCATED),
                arguments(named("header without body", Arrays.copyOf(valid, SingleObjectFormat.HEADER_LENGTH)),
                        DecodingFailure.TRUNCATED),
                arguments(named("JSON text", "{\"entityId\":\"v-17\"}".getBytes(StandardCharsets.UTF_8)),
                        DecodingFailure.BAD_MAGIC),
                arguments(named("Confluent wire format", new byte[] {0x00, 0x00, 0x00, 0x00, 0x07, 0x08, 0x76, 0x2D, 0x31, 0x37}),
                        DecodingFailure.BAD_MAGIC),
                arguments(named("wrong second marker byte", new byte[] {(byte) 0xC3, 0x02, 1, 2, 3, 4, 5, 6, 7, 8, 9}),
                        DecodingFailure.BAD_MAGIC),
                arguments(named("unknown fingerprint", withFingerprint(valid, 42L)), DecodingFailure.UNKNOWN_FINGERPRINT),
                arguments(named("a TaskRequest on the telemetry topic", validTaskRequestMessage()),
                        DecodingFailure.UNKNOWN_FINGERPRINT),
                arguments(named("negative string length", withBody(valid, new byte[] {0x01})), DecodingFailure.CORRUPT_BODY),
                arguments(named("two messages glued together", concat(valid, valid)), DecodingFailure.TRAILING_BYTES));
    }

    @ParameterizedTest
    @MethodSource("badMessages")
    void badMessageFailsWithItsReasonAndTheRecordType(byte[] message, DecodingFailure expected) {
        assertThatThrownBy(() -> serde.decode(message))
                .isInstanceOfSatisfying(SingleObjectDecodingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(expected);
                    assertThat(e.recordType()).isEqualTo(RECORD_TYPE);
                })
                .hasMessageStartingWith(expected + ": cannot decode " + RECORD_TYPE + ": ");
    }

    @Test
    void unknownFingerprintMessageNamesBothFingerprints() {
        assertThatThrownBy(() -> serde.decode(withFingerprint(validTelemetryMessage(), 42L)))
                .hasMessageContaining("0x000000000000002a")
                .hasMessageContaining(SingleObjectFormat.toHex(serde.fingerprint()));
    }

    @Test
    void badMagicMessageShowsTheBytesFound() {
        assertThatThrownBy(() -> serde.decode("{}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("0x7B 0x7D");
    }

    @Test
    void serdeStillDecodesAfterAFailure() {
        assertThatThrownBy(() -> serde.decode(new byte[] {1, 2, 3}))
                .isInstanceOf(SingleObjectDecodingException.class);

        assertThat(serde.decode(validTelemetryMessage())).isEqualTo(SampleRecords.vehicleTelemetry());
    }

    private static byte[] validTelemetryMessage() {
        EntityTelemetry record = SampleRecords.vehicleTelemetry();
        return serdeFor(record).encode(record);
    }

    private static byte[] validTaskRequestMessage() {
        return serdeFor(SampleRecords.taskRequest()).encode(SampleRecords.taskRequest());
    }

    private static byte[] withFingerprint(byte[] message, long fingerprint) {
        byte[] copy = message.clone();
        ByteBuffer.wrap(copy, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint);
        return copy;
    }

    private static byte[] withBody(byte[] message, byte[] body) {
        return concat(Arrays.copyOf(message, SingleObjectFormat.HEADER_LENGTH), body);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}

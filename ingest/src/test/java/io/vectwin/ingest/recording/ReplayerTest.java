package io.vectwin.ingest.recording;

import static io.vectwin.ingest.recording.RecordingFilesTest.task;
import static io.vectwin.ingest.recording.RecordingFilesTest.telemetry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayerTest {

    private static final long LIVE_START = 1_800_000_000_000L;

    @TempDir
    Path dir;

    record Sent(String topic, String key, long timestamp, byte[] value) {
    }

    /** Collects what a replay sends. */
    static final class ListTarget implements ReplayTarget {
        final List<Sent> sent = new ArrayList<>();

        @Override
        public void send(String topic, String key, long timestampMillis, byte[] value) {
            sent.add(new Sent(topic, key, timestampMillis, value));
        }

        @Override
        public void flush() {
        }

        List<EntityTelemetry> telemetry() {
            var serde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);
            return sent.stream().filter(s -> s.topic().equals("t.telemetry")).map(s -> serde.decode(s.value())).toList();
        }

        List<TaskRequest> tasks() {
            var serde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
            return sent.stream().filter(s -> s.topic().equals("t.tasks")).map(s -> serde.decode(s.value())).toList();
        }
    }

    private Path recording(String name, long start) {
        Path file = dir.resolve(name);
        try (RecordingWriter w = RecordingWriter.create(file, Map.of("source", "test"))) {
            for (int slot = 0; slot < 3; slot++) {
                long t = start + 20L * slot;
                w.append(telemetry("v-1", EntityKind.VEHICLE, slot, t), t);
                w.append(telemetry("u-0", EntityKind.UAV, slot, t), t);
                w.append(task("v-1/t" + slot, "v-1", t), t);
            }
        }
        return file;
    }

    private static Replayer.Options options() {
        return Replayer.Options.defaults().withSpeed(Replayer.MAX_SPEED).withTopics(new TopicNames("t.telemetry", "t.tasks"));
    }

    @Test
    void withoutRebasingEveryRecordGoesOutAsRecordedToItsTopicWithTheSimulatorsKey() {
        ListTarget target = new ListTarget();
        try (Replayer r = new Replayer(List.of(recording("a.avro", 1_000)), options())) {
            Replayer.Result result = r.replay(target, () -> LIVE_START, p -> { });

            assertThat(result.records()).isEqualTo(9);
            assertThat(result.telemetry()).isEqualTo(6);
            assertThat(result.tasks()).isEqualTo(3);
            assertThat(result.passes()).isEqualTo(1);
        }
        assertThat(target.sent).extracting(Sent::key).containsExactly("v-1", "u-0", "v-1", "v-1", "u-0", "v-1", "v-1", "u-0", "v-1");
        assertThat(target.sent).extracting(Sent::timestamp).containsExactly(1_000L, 1_000L, 1_000L, 1_020L, 1_020L, 1_020L,
                1_040L, 1_040L, 1_040L);
        assertThat(target.telemetry().get(3)).isEqualTo(telemetry("u-0", EntityKind.UAV, 1, 1_020));
        assertThat(target.tasks().get(2)).isEqualTo(task("v-1/t2", "v-1", 1_040));
    }

    @Test
    void rebasingShiftsTelemetryAndTasksAlikeSoTheReplayStartsNow() {
        ListTarget target = new ListTarget();
        try (Replayer r = new Replayer(List.of(recording("a.avro", 1_000)), options().withRebase(true))) {
            r.replay(target, () -> LIVE_START, p -> { });
        }
        assertThat(target.sent.get(0).timestamp()).isEqualTo(LIVE_START);
        assertThat(target.telemetry()).extracting(EntityTelemetry::getEventTimeMillis)
                .containsExactly(LIVE_START, LIVE_START, LIVE_START + 20, LIVE_START + 20, LIVE_START + 40, LIVE_START + 40);
        assertThat(target.tasks()).extracting(TaskRequest::getCreatedAtMillis)
                .containsExactly(LIVE_START, LIVE_START + 20, LIVE_START + 40);
        assertThat(target.tasks()).extracting(TaskRequest::getTaskId).containsExactly("v-1/t0", "v-1/t1", "v-1/t2");
        assertThat(target.tasks().get(0).getDeadlineSeconds()).isEqualTo(0.010);
    }

    @Test
    void laterPassesContinueTheTimelineWithNewSequenceNumbersAndTaskIds() {
        ListTarget target = new ListTarget();
        try (Replayer r = new Replayer(List.of(recording("a.avro", 1_000)), options().withRebase(true).withPasses(2))) {
            Replayer.Result result = r.replay(target, () -> LIVE_START, p -> { });
            assertThat(result.passes()).isEqualTo(2);
            assertThat(result.records()).isEqualTo(18);
        }
        List<EntityTelemetry> vehicle = target.telemetry().stream().filter(t -> t.getEntityId().equals("v-1")).toList();
        // pass 2 starts one recorded gap (20 ms) after pass 1's last record, numbering on after pass 1's largest
        assertThat(vehicle).extracting(EntityTelemetry::getEventTimeMillis).containsExactly(LIVE_START, LIVE_START + 20,
                LIVE_START + 40, LIVE_START + 60, LIVE_START + 80, LIVE_START + 100);
        assertThat(vehicle).extracting(EntityTelemetry::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(target.tasks()).extracting(TaskRequest::getTaskId)
                .containsExactly("v-1/t0", "v-1/t1", "v-1/t2", "v-1/t0~1", "v-1/t1~1", "v-1/t2~1");
    }

    @Test
    void filesAreReplayedInTheGivenOrderOnOneTimeline() {
        ListTarget target = new ListTarget();
        try (Replayer r = new Replayer(List.of(recording("b.avro", 5_000), recording("a.avro", 1_000)),
                options().withRebase(true))) {
            r.replay(target, () -> LIVE_START, p -> { });
        }
        assertThat(target.tasks()).extracting(TaskRequest::getCreatedAtMillis).containsExactly(LIVE_START, LIVE_START + 20,
                LIVE_START + 40, LIVE_START + 60, LIVE_START + 80, LIVE_START + 100);
    }

    @Test
    void progressEndsAtTheWholeReplay() {
        List<Replayer.Progress> seen = new ArrayList<>();
        try (Replayer r = new Replayer(List.of(recording("a.avro", 1_000)), options().withPasses(3))) {
            r.replay(new ListTarget(), () -> LIVE_START, seen::add);
        }
        Replayer.Progress last = seen.get(seen.size() - 1);
        assertThat(last.sent()).isEqualTo(27);
        assertThat(last.total()).isEqualTo(27);
        assertThat(last.passesCompleted()).isEqualTo(3);
    }

    @Test
    void aBadFileAmongSeveralFailsBeforeAnythingIsSent() {
        Path good = recording("a.avro", 1_000);
        Path missing = dir.resolve("missing.avro");
        assertThatThrownBy(() -> new Replayer(List.of(good, missing), options()))
                .isInstanceOf(RecordingFileException.class).hasMessage(missing + ": no such file");
    }
}

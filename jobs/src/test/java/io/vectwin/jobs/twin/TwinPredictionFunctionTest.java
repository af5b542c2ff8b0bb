package io.vectwin.jobs.twin;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.jobs.io.RawKafkaRecord;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinPredictionFunctionTest {

    @TempDir
    Path dir;

    private static EntityTelemetry report(String id, long seq) {
        return EntityTelemetry.newBuilder().setEntityId(id).setKind(EntityKind.VEHICLE).setSequenceNumber(seq)
                .setEventTimeMillis(1_000 + 20 * seq).setX(10.0 * seq).setY(0).setZ(0).setHorizontalSpeed(10)
                .setVerticalSpeed(0).setHeading(0).setSlope(0).setAvailableCpuHz(0).setMaxCpuHz(0).setQueueLength(0)
                .build();
    }

    private KeyedBroadcastOperatorTestHarness<String, EntityTelemetry, TwinBroadcast, EntityTelemetry> harness(
            byte[] model, int batch) throws Exception {
        Path file = Files.write(dir.resolve("m.zip"), model);
        TwinJobConfig config = TwinJobConfig.defaults("h:1").withCounts(2, 1, 1).withTwin(
                new TwinJobConfig.TwinSettings(true, file.toString(), batch, Duration.ofMillis(1)));
        var h = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new TwinPredictionFunction(config),
                t -> t.getEntityId().toString(), Types.STRING, TwinPredictionFunction.NODES, TwinPredictionFunction.MODEL);
        h.setProcessingTime(0);
        return h;
    }

    @Test
    void reportsPassUntilTheWindowIsFullThenGoInBatchesAcrossKeys() throws Exception {
        byte[] model = TwinModels.tiny(3, 1L);
        try (var h = harness(model, 2)) {
            for (long seq = 0; seq < 3; seq++) {
                h.processElement(report("v-0", seq), 1_000 + 20 * seq);
            }
            // two reports pass as they are; the third fills v-0's window of 3 and waits for a batch of 2
            List<EntityTelemetry> out = h.extractOutputValues();
            assertThat(out).hasSize(2).allMatch(t -> t.getPredictedBy().toString().isEmpty());
            for (long seq = 0; seq < 3; seq++) {
                h.processElement(report("v-1", seq), 1_000 + 20 * seq);
            }
            // v-1's third report completes the batch: both forecasts leave, with the model's version
            out = h.extractOutputValues();
            assertThat(out).hasSize(6);
            List<EntityTelemetry> predicted = out.stream().filter(t -> !t.getPredictedBy().toString().isEmpty()).toList();
            assertThat(predicted).extracting(t -> t.getEntityId().toString()).containsExactly("v-0", "v-1");
            assertThat(predicted).allMatch(t -> t.getPredictedBy().toString().equals(TwinModels.version(model)))
                    .allMatch(t -> t.getSequenceNumber() == 2);
        }
    }

    @Test
    void aLoneRequestLeavesAfterTheBatchDelay() throws Exception {
        try (var h = harness(TwinModels.tiny(2, 1L), 64)) {
            h.processElement(report("v-0", 0), 1_000);
            h.processElement(report("v-0", 1), 1_020);
            assertThat(h.extractOutputValues()).hasSize(1);
            h.setProcessingTime(1); // the 1 ms delay passes
            assertThat(h.extractOutputValues()).hasSize(2);
        }
    }

    @Test
    void aPublishedModelTakesOverAndABadOneIsDeadLetteredWhileTheOldStays() throws Exception {
        byte[] first = TwinModels.tiny(2, 1L);
        byte[] second = TwinModels.tiny(2, 2L);
        try (var h = harness(first, 1)) {
            RawKafkaRecord bad = new RawKafkaRecord();
            bad.topic = "vec.models";
            bad.offset = 7;
            bad.value = "not a model".getBytes(StandardCharsets.UTF_8);
            h.processBroadcastElement(TwinBroadcast.ofModel(bad), 0);
            assertThat(h.getSideOutput(DeadLetters.TAG)).hasSize(1);
            assertThat(h.getSideOutput(DeadLetters.TAG).peek().getValue().getReason().toString())
                    .startsWith("vec.models@0:7: not a twin model file");

            h.processElement(report("v-0", 0), 1_000);
            h.processElement(report("v-0", 1), 1_020);
            RawKafkaRecord good = new RawKafkaRecord();
            good.topic = "vec.models";
            good.value = second;
            h.processBroadcastElement(TwinBroadcast.ofModel(good), 0);
            h.processElement(report("v-0", 2), 1_040);
            List<String> versions = h.extractOutputValues().stream().map(t -> t.getPredictedBy().toString())
                    .filter(v -> !v.isEmpty()).toList();
            assertThat(versions).containsExactly(TwinModels.version(first), TwinModels.version(second));
        }
    }
}

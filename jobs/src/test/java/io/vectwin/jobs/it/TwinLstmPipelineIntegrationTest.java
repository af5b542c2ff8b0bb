package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.ModelPublisher;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.local.EmbeddedPipeline;
import io.vectwin.jobs.twin.TwinModels;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The twin with its LSTM on real parts (in-process broker, MiniCluster, simulator in real time):
 * decisions are taken on predicted states and name the model; a model published on
 * {@code vec.models} takes over without a restart; a broken one is dead-lettered and changes
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwinLstmPipelineIntegrationTest {

    private EmbeddedPipeline pipeline;
    private String firstVersion;
    private String secondVersion;
    private long decisionsBeforeSwap;

    @BeforeAll
    void runWithAModelThenSwapIt() throws Exception {
        byte[] first = TwinModels.tiny(3, 1L);
        byte[] second = TwinModels.tiny(3, 2L);
        firstVersion = TwinModels.version(first);
        secondVersion = TwinModels.version(second);
        Path dir = Files.createDirectories(Path.of("target", "twin-lstm-it"));
        Path modelFile = Files.write(dir.resolve("first.zip"), first);
        TwinJobConfig job = TwinJobConfig.defaults("set-by-pipeline").withCounts(4, 2, 2)
                .withTwinWait(Duration.ofSeconds(30))
                .withTwin(TwinJobConfig.TwinSettings.mirrored().withLstmModelFile(modelFile.toString()));
        SimulatorConfig sim = SimulatorConfig.defaults().withCounts(4, 2, 2).withSeed(3).withTasksPerVehiclePerSecond(10)
                .withDurationSeconds(40).withRealTime(true);
        pipeline = EmbeddedPipeline.start(new EmbeddedPipeline.Options(job, sim, 1, false, Path.of("target", "flink-tmp")));
        await(d -> d.getTwinModelVersion().toString().equals(firstVersion), Duration.ofSeconds(60));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                io.vectwin.ingest.kafka.KafkaClientProperties.producer(pipeline.bootstrapServers(), "bad-model"))) {
            producer.send(new ProducerRecord<>(Topics.MODELS, "not a model".getBytes(StandardCharsets.UTF_8))).get();
        }
        decisionsBeforeSwap = decisions().size();
        ModelPublisher.publish(pipeline.bootstrapServers(), Map.of(), Topics.MODELS, second, "second.zip");
        await(d -> d.getTwinModelVersion().toString().equals(secondVersion), Duration.ofSeconds(30));
        Thread.sleep(3_000); // decisions well after the swap
        pipeline.finish(Duration.ofSeconds(5));
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void decisionsAreTakenOnTheFirstModelsPredictionsThenOnThePublishedOnes() {
        List<OffloadingDecision> all = decisions();
        List<String> versions = all.stream().map(d -> d.getTwinModelVersion().toString()).toList();
        assertThat(versions).contains(firstVersion, secondVersion);
        // before the swap only the first model; once the second is in, the first fades out at once: a task
        // may still meet a vehicle state the old model predicted for up to one report (20 ms), so allow
        // a short transition, then never the first again
        int firstSecond = versions.indexOf(secondVersion);
        assertThat(versions.subList(0, firstSecond)).doesNotContain(secondVersion);
        assertThat(firstSecond).isGreaterThanOrEqualTo((int) decisionsBeforeSwap);
        int transition = Math.min(versions.size(), firstSecond + 100);
        assertThat(versions.subList(transition, versions.size())).doesNotContain(firstVersion);
        assertThat(versions.subList(transition, versions.size())).isNotEmpty();
    }

    @Test
    void aBrokenModelIsDeadLetteredWithTheReason() {
        AvroSingleObjectSerde<DeadLetterRecord> serde = AvroSingleObjectSerde.forSpecific(DeadLetterRecord.class);
        List<DeadLetterRecord> letters = TopicReader.readAll(pipeline.bootstrapServers(), Topics.DEADLETTER).stream()
                .map(r -> serde.decode(r.value())).toList();
        assertThat(letters).anySatisfy(l -> {
            assertThat(l.getReason().toString()).startsWith("vec.models@0:").contains("not a twin model file");
            assertThat(new String(l.getRawBytes().array(), StandardCharsets.UTF_8)).isEqualTo("not a model");
        });
    }

    private void await(Predicate<OffloadingDecision> seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (decisions().stream().anyMatch(seen)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no such decision within " + timeout);
    }

    private List<OffloadingDecision> decisions() {
        AvroSingleObjectSerde<OffloadingDecision> serde = AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
        return TopicReader.readAll(pipeline.bootstrapServers(), Topics.DECISIONS).stream()
                .map(r -> serde.decode(r.value())).toList();
    }
}

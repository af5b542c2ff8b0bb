package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.ingest.kafka.KafkaClientProperties;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.local.EmbeddedPipeline;
import io.vectwin.jobs.local.PipelineStats;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole loop on real parts — an in-process KRaft broker, the twin job on a Flink
 * MiniCluster, the simulator in real time — run once for the class: garbage is written to
 * {@code vec.telemetry} half-way through, and the tests then read what the topics hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwinPipelineIntegrationTest {

    private static final byte[][] GARBAGE = {
        "not avro at all".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, 0x01, 1, 2, 3},
        new byte[0],
    };

    private EmbeddedPipeline pipeline;
    private PipelineStats stats;
    private long decisionsWhenGarbageSent;

    @BeforeAll
    void runThePipeline() throws Exception {
        TwinJobConfig job = TwinJobConfig.defaults("set-by-pipeline").withCounts(8, 4, 4)
                .withTwinWait(Duration.ofSeconds(30)); // a slow CI start must not dead-letter early tasks
        SimulatorConfig sim = SimulatorConfig.defaults().withCounts(8, 4, 4).withSeed(7).withTasksPerVehiclePerSecond(10)
                .withDurationSeconds(8).withRealTime(true);
        pipeline = EmbeddedPipeline.start(new EmbeddedPipeline.Options(job, sim, 2, false, Path.of("target", "flink-tmp")));
        waitForDecisions(1, Duration.ofSeconds(60));
        Thread.sleep(1_000);
        decisionsWhenGarbageSent = pipeline.monitor().stats(job.policy()).decisions();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                KafkaClientProperties.producer(pipeline.bootstrapServers(), "garbage"))) {
            for (byte[] g : GARBAGE) {
                producer.send(new ProducerRecord<>(Topics.TELEMETRY, "v-0".getBytes(StandardCharsets.UTF_8), g)).get();
            }
        }
        Thread.sleep(7_000);
        stats = pipeline.finish(Duration.ofSeconds(20));
    }

    private void waitForDecisions(long n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pipeline.monitor().stats("").decisions() < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void everyRequestedSubtaskHasExactlyOneDecisionAfterDeduplication() {
        assertThat(stats.subtasksRequested()).isGreaterThan(100);
        assertThat(stats.missingDecisions()).isZero();
        Set<String> unique = new HashSet<>();
        for (OffloadingDecision d : decisions()) {
            unique.add(d.getTaskId() + "#" + d.getSubtaskIndex());
        }
        assertThat(unique).hasSize((int) stats.subtasksRequested());
    }

    @Test
    void eachDecisionNamesOneTargetAlongAValidPath() {
        for (OffloadingDecision d : decisions()) {
            List<String> path = new ArrayList<>();
            path.add(d.getFirstHop());
            path.addAll(d.getForwardingPath());
            assertThat(d.getProcessingNode()).isEqualTo(path.get(path.size() - 1));
            assertThat(path).allSatisfy(n -> assertThat(EntityId.parse(n).kind().isEdgeNode()).isTrue());
            assertThat(new HashSet<>(path)).hasSameSizeAs(path);
            assertThat(d.getPolicyName()).isEqualTo("greedy");
            assertThat(d.getDecidedAtMillis()).isGreaterThanOrEqualTo(d.getIngestedAtMillis());
        }
    }

    @Test
    void outcomesArriveFromThePhysicalWorld() {
        // one outcome per requested subtask, plus one per decision that came too late to be executed
        assertThat(stats.outcomes()).isGreaterThanOrEqualTo(stats.subtasksRequested());
        var c = pipeline.simulatorCounters();
        assertThat(c.decisionsReceived()).isPositive();
        assertThat(c.rejectedDecisions()).isZero();
        assertThat(c.acceptedDecisions() + c.lateDecisions() + c.duplicateDecisions()).isEqualTo(c.decisionsReceived());
    }

    @Test
    void garbageOnTelemetryLandsInTheDeadLetterTopicWithAReasonAndItsBytes() {
        AvroSingleObjectSerde<DeadLetterRecord> serde = AvroSingleObjectSerde.forSpecific(DeadLetterRecord.class);
        List<DeadLetterRecord> fromTelemetry = TopicReader.readAll(pipeline.bootstrapServers(), Topics.DEADLETTER).stream()
                .map(r -> serde.decode(r.value()))
                .filter(d -> d.getSourceTopic().equals(Topics.TELEMETRY))
                .toList();
        assertThat(fromTelemetry).hasSize(GARBAGE.length);
        for (DeadLetterRecord d : fromTelemetry) {
            assertThat(d.getReason()).isNotBlank().containsAnyOf("BAD_MAGIC", "TRUNCATED", "CORRUPT", "UNKNOWN_FINGERPRINT");
        }
        Set<ByteBuffer> raw = new HashSet<>();
        fromTelemetry.forEach(d -> raw.add(d.getRawBytes()));
        for (byte[] g : GARBAGE) {
            assertThat(raw).contains(ByteBuffer.wrap(g));
        }
    }

    @Test
    void decisionsKeepFlowingAfterTheGarbage() {
        assertThat(stats.decisions()).isGreaterThan(decisionsWhenGarbageSent + 100);
    }

    private List<OffloadingDecision> decisions() {
        AvroSingleObjectSerde<OffloadingDecision> serde = AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
        return TopicReader.readAll(pipeline.bootstrapServers(), Topics.DECISIONS).stream().map(r -> serde.decode(r.value())).toList();
    }

}

package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vectwin.jobs.cli.VectwinCli;
import io.vectwin.jobs.kafka.EmbeddedKafkaBroker;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.schemas.DeadLetterRecord;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code vectwin feed} against a real in-process Kafka broker (no Flink): a JSON-lines feed with
 * one broken line puts its good records and its generated edge nodes' reports on vec.telemetry,
 * generated tasks on vec.tasks and the broken line on vec.deadletter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedIntegrationTest {

    private static final Path DIR = Path.of("target", "feed-integration-test");
    private static final String BROKEN = "{\"entityId\":\"bus\",\"eventTimeMillis\":1700000001000,\"x\":\"far\"}";

    private EmbeddedKafkaBroker kafka;
    private JsonNode summary;
    private int exitCode;
    private String err;

    @BeforeAll
    void feedIntoKafka() throws Exception {
        Files.createDirectories(DIR);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            long t = 1_700_000_000_000L + 200L * i;
            lines.append("{\"entityId\":\"bus\",\"eventTimeMillis\":").append(t).append(",\"x\":").append(2.0 * i)
                    .append(",\"y\":0,\"horizontalSpeed\":10,\"heading\":0}\n");
            lines.append("{\"entityId\":\"tram\",\"eventTimeMillis\":").append(t + 50).append(",\"x\":0,\"y\":").append(i)
                    .append(",\"horizontalSpeed\":5,\"heading\":1.5}\n");
            if (i == 4) {
                lines.append(BROKEN).append('\n'); // line 11
            }
        }
        Path feed = DIR.resolve("feed.jsonl");
        Files.writeString(feed, lines);
        // passed through unchanged to the producer: a harmless setting that proves the file is read
        Path clientConfig = DIR.resolve("client.properties");
        Files.writeString(clientConfig, "request.timeout.ms=20000\n");

        kafka = EmbeddedKafkaBroker.start();
        Topics.create(kafka.bootstrapServers(), 1, List.of(Topics.TELEMETRY, Topics.TASKS, Topics.DEADLETTER));
        Path summaryFile = DIR.resolve("summary.json");
        StringWriter errText = new StringWriter();
        exitCode = VectwinCli.run(new String[] {"feed", "json", feed.toString(), "--bootstrap", kafka.bootstrapServers(),
            "--speed", "max", "--rebase-now", "--task-rate", "10", "--client-config", clientConfig.toString(), "--json",
            summaryFile.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(errText));
        err = errText.toString();
        summary = new ObjectMapper().readTree(summaryFile.toFile());
    }

    @AfterAll
    void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void everyAcceptedRecordIsOnTheTelemetryTopicKeyedByTwinIdWithTheNodesOfEverySlot() {
        assertThat(exitCode).as(err).isEqualTo(VectwinCli.EXIT_OK);
        assertThat(summary.get("records_read").asLong()).isEqualTo(21);
        assertThat(summary.get("records_accepted").asLong()).isEqualTo(20);
        // default --nodes scenario: 10 UAVs and 4 base stations, once per 20 ms slot of the feed's 0 .. 1.85 s
        assertThat(summary.get("nodes").asInt()).isEqualTo(14);
        assertThat(summary.get("node_records").asLong()).isEqualTo(14 * 93);
        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readAll(kafka.bootstrapServers(), Topics.TELEMETRY);
        assertThat(records).hasSize(20 + 14 * 93);
        AvroSingleObjectSerde<EntityTelemetry> serde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);
        long vehicleRecords = 0;
        for (ConsumerRecord<byte[], byte[]> r : records) {
            EntityTelemetry t = serde.decode(r.value());
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(t.getEntityId());
            assertThat(r.timestamp()).isEqualTo(t.getEventTimeMillis());
            if (t.getKind() == EntityKind.VEHICLE) {
                assertThat(t.getEntityId()).isIn("v-0", "v-1");
                vehicleRecords++;
            } else {
                assertThat(t.getEntityId()).matches("[ub]-\\d+");
                assertThat(t.getMaxCpuHz()).isPositive();
            }
        }
        assertThat(vehicleRecords).isEqualTo(20);
        assertThat(records).extracting(ConsumerRecord::timestamp).isSorted();
    }

    @Test
    void theBrokenLineIsOnTheDeadLetterTopicWithFileLineAndReason() {
        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readAll(kafka.bootstrapServers(), Topics.DEADLETTER);
        assertThat(records).hasSize(1);
        DeadLetterRecord d = AvroSingleObjectSerde.forSpecific(DeadLetterRecord.class).decode(records.get(0).value());
        String file = DIR.resolve("feed.jsonl").toString();
        assertThat(d.getReason()).isEqualTo(file + ":11: x \"far\" is not a finite number");
        assertThat(d.getSourceTopic()).isEqualTo(file);
        assertThat(d.getOffset()).isEqualTo(11);
        assertThat(StandardCharsets.UTF_8.decode(d.getRawBytes()).toString()).isEqualTo(BROKEN);
        assertThat(summary.get("first_error").asText()).isEqualTo(d.getReason());
    }

    @Test
    void generatedTasksAreOnTheTasksTopicForTheFeedsVehicles() {
        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readAll(kafka.bootstrapServers(), Topics.TASKS);
        assertThat(records).hasSize(summary.get("tasks_generated").asInt()).isNotEmpty();
        AvroSingleObjectSerde<TaskRequest> serde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
        assertThat(records).allSatisfy(r -> assertThat(serde.decode(r.value()).getVehicleId()).isIn("v-0", "v-1"));
    }
}

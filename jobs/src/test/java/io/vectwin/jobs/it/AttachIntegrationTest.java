package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vectwin.jobs.cli.VectwinCli;
import io.vectwin.jobs.kafka.EmbeddedKafkaBroker;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code vectwin attach} runs the twin job against a cluster it did not start (here an
 * in-process broker standing in for it), with a client-config file and renamed topics, and
 * decides the tasks that {@code vectwin feed} put there, among the edge nodes the feed generated:
 * a real feed through the real twin, with no hand-made record.
 */
class AttachIntegrationTest {

    private static final Path DIR = Path.of("target", "attach-integration-test");
    private static EmbeddedKafkaBroker kafka;

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void attachedTwinDecidesTheTasksOfAFeed() throws Exception {
        Files.createDirectories(DIR);
        kafka = EmbeddedKafkaBroker.start();
        String telemetry = "feed.telemetry";
        Topics.create(kafka.bootstrapServers(), 1, List.of(telemetry, Topics.TASKS, Topics.OUTCOMES, Topics.DECISIONS,
                Topics.DEADLETTER));
        Path clientConfig = DIR.resolve("client.properties");
        Files.writeString(clientConfig, "security.protocol=PLAINTEXT\n");
        Path jobConfig = DIR.resolve("job.properties");
        Files.writeString(jobConfig, "twin.wait.ms=30000\n");

        StringWriter attachOut = new StringWriter();
        StringWriter attachErr = new StringWriter();
        CompletableFuture<Integer> attach = CompletableFuture.supplyAsync(() -> VectwinCli.run(new String[] {"attach",
            "--bootstrap", kafka.bootstrapServers(), "--client-config", clientConfig.toString(), "--telemetry-topic",
            telemetry, "--job-config", jobConfig.toString(), "--seconds", "15"},
                new PrintWriter(attachOut), new PrintWriter(attachErr)));

        // a few seconds of a bus, replayed at now; the feed adds the edge nodes the twin decides among
        // (--nodes scenario, the default): nothing but the feed reaches the topics
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            long t = 1_700_000_000_000L + 250L * i;
            lines.append("{\"entityId\":\"bus\",\"eventTimeMillis\":").append(t).append(",\"x\":").append(i)
                    .append(",\"y\":0,\"horizontalSpeed\":4,\"heading\":0}\n");
        }
        Path feed = DIR.resolve("feed.jsonl");
        Files.writeString(feed, lines);
        StringWriter feedErr = new StringWriter();
        int fed = VectwinCli.run(new String[] {"feed", "json", feed.toString(), "--bootstrap", kafka.bootstrapServers(),
            "--telemetry-topic", telemetry, "--speed", "max", "--rebase-now", "--task-rate", "10",
            "--json", DIR.resolve("summary.json").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(feedErr));
        assertThat(fed).as(feedErr.toString()).isEqualTo(VectwinCli.EXIT_OK);

        int attached = attach.get(120, TimeUnit.SECONDS);
        assertThat(attached).as(attachErr.toString()).isEqualTo(VectwinCli.EXIT_OK);
        assertThat(attachOut.toString()).contains("attached to " + kafka.bootstrapServers())
                .contains("1 client properties from");
        List<ConsumerRecord<byte[], byte[]>> decisions = TopicReader.readAll(kafka.bootstrapServers(), Topics.DECISIONS);
        assertThat(decisions).isNotEmpty();
        AvroSingleObjectSerde<OffloadingDecision> serde = AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
        assertThat(decisions).allSatisfy(r -> {
            OffloadingDecision d = serde.decode(r.value());
            assertThat(d.getVehicleId()).isEqualTo("v-0");
            assertThat(d.getFirstHop()).matches("[ub]-\\d+"); // one of the nodes the feed generated
        });
        assertThat(new ObjectMapper().readTree(DIR.resolve("summary.json").toFile()).get("node_records").asLong())
                .isPositive();
    }
}

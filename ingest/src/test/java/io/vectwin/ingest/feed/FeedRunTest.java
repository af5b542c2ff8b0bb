package io.vectwin.ingest.feed;

import static io.vectwin.ingest.feed.FeedEntries.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vectwin.model.params.Profile;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.TaskRequest;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedRunTest {

    private static final long START = 1_800_000_000_000L;

    /** Collects what a run hands over. */
    static final class Collecting implements FeedRecordSink {
        final List<EntityTelemetry> telemetry = new ArrayList<>();
        final List<TaskRequest> tasks = new ArrayList<>();
        final List<FeedReject> rejects = new ArrayList<>();

        @Override
        public void telemetry(EntityTelemetry t) {
            telemetry.add(t);
        }

        @Override
        public void task(TaskRequest t) {
            tasks.add(t);
        }

        @Override
        public void reject(FeedReject r) {
            rejects.add(r);
        }
    }

    static FeedRun.Settings settings(FeedFormat format, Path file, boolean rebase, FeedTaskModel tasks) {
        return new FeedRun.Settings(format, file, FeedOptions.defaults(), new FeedTimeBase(START, rebase), tasks,
                FeedPacer.asFastAsPossible(), Optional.empty());
    }

    @Test
    void sumoRunCountsReadAcceptedRejectedAndMapsIdsInOrderOfFirstSight() throws Exception {
        Collecting sink = new Collecting();
        Path file = fixture("sumo-fcd.xml");
        FeedSummary s = FeedRun.run(settings(FeedFormat.SUMO, file, false, FeedTaskModel.defaults().withRate(0)), sink);
        assertThat(s.recordsRead()).isEqualTo(15);
        assertThat(s.recordsAccepted()).isEqualTo(11);
        assertThat(s.recordsRejected()).isEqualTo(4);
        assertThat(s.vehicles()).isEqualTo(3);
        assertThat(s.timeSpanSeconds()).isEqualTo(5.0);
        assertThat(s.firstError()).isEqualTo(file + ":15: speed 'fast' is not a number");
        assertThat(s.vehicleIds()).containsExactly(Map.entry("car.0", "v-0"), Map.entry("car.1", "v-1"),
                Map.entry("truck.7", "v-2"));
        assertThat(sink.rejects).extracting(FeedReject::location).containsExactly(file + ":15", file + ":16",
                file + ":20", file + ":26");
        assertThat(sink.rejects.get(3).reason()).contains("out of time order");
        assertThat(s.tasks()).isZero();
        assertThat(sink.tasks).isEmpty();

        // SUMO time is relative: simulation second 0 is the start instant
        EntityTelemetry truckFirst = sink.telemetry.stream().filter(t -> t.getEntityId().equals("v-2")).findFirst().orElseThrow();
        assertThat(truckFirst.getEventTimeMillis()).isEqualTo(START + 1000);
        assertThat(truckFirst.getKind()).isEqualTo(EntityKind.VEHICLE);
        assertThat(sink.telemetry.stream().filter(t -> t.getEntityId().equals("v-0")).map(EntityTelemetry::getSequenceNumber))
                .containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void gpsTimesStayAbsoluteUnlessRebased() throws Exception {
        Collecting kept = new Collecting();
        FeedRun.run(settings(FeedFormat.GPS, fixture("gps-fixes.csv"), false, FeedTaskModel.defaults().withRate(0)), kept);
        assertThat(kept.telemetry.get(0).getEventTimeMillis()).isEqualTo(1_410_324_847_000L);

        Collecting rebased = new Collecting();
        FeedSummary s = FeedRun.run(settings(FeedFormat.GPS, fixture("gps-fixes.csv"), true,
                FeedTaskModel.defaults().withRate(0)), rebased);
        assertThat(rebased.telemetry.get(0).getEventTimeMillis()).isEqualTo(START);
        assertThat(rebased.telemetry.get(rebased.telemetry.size() - 1).getEventTimeMillis()).isEqualTo(START + 29_000);
        assertThat(s.recordsRead()).isEqualTo(35);
        assertThat(s.recordsAccepted()).isEqualTo(29);
        assertThat(s.vehicles()).isEqualTo(3);
        assertThat(s.timeSpanSeconds()).isEqualTo(29.0);
        assertThat(s.origin()).isEqualTo(new GeoPoint(48.1635, 11.5644, 0));
    }

    @Test
    void jsonRunRejectsTheOutOfOrderLineInTheConverter() throws Exception {
        Collecting sink = new Collecting();
        FeedSummary s = FeedRun.run(settings(FeedFormat.JSON, fixture("telemetry.jsonl"), false,
                FeedTaskModel.defaults().withRate(0)), sink);
        assertThat(s.recordsRead()).isEqualTo(19);
        assertThat(s.recordsAccepted()).isEqualTo(12);
        assertThat(s.recordsRejected()).isEqualTo(7);
        assertThat(s.timeSpanSeconds()).isEqualTo(2.6);
        assertThat(sink.rejects).extracting(FeedReject::location).contains(fixture("telemetry.jsonl") + ":19");
    }

    @Test
    void summaryJsonHasTheContractKeysInSnakeCase() throws Exception {
        FeedSummary s = FeedRun.run(settings(FeedFormat.SUMO, fixture("sumo-fcd.xml"), false, FeedTaskModel.defaults()),
                new Collecting());
        JsonNode json = new ObjectMapper().readTree(s.toJson());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("records_read", "records_accepted", "records_rejected", "vehicles", "time_span_s",
                "first_error");
        assertThat(json.get("records_read").asLong()).isEqualTo(15);
        assertThat(json.get("time_span_s").asDouble()).isEqualTo(5.0);
        assertThat(json.get("first_error").asText()).endsWith(":15: speed 'fast' is not a number");
        assertThat(json.get("vehicle_ids").get("truck.7").asText()).isEqualTo("v-2");
        assertThat(json.get("tasks_generated").asLong()).isEqualTo(s.tasks()).isPositive();

        FeedSummary clean = FeedRun.run(settings(FeedFormat.GPS, fixture("gps-header-only.csv"), false,
                FeedTaskModel.defaults()), new Collecting());
        assertThat(new ObjectMapper().readTree(clean.toJson()).get("first_error").isNull()).isTrue();
    }

    @Test
    void generatedTasksBelongToSeenVehiclesFollowTheirTelemetryAndRepeatWithTheSeed() throws Exception {
        FeedTaskModel model = FeedTaskModel.defaults().withRate(5).withSeed(42);
        Collecting a = new Collecting();
        FeedSummary s = FeedRun.run(settings(FeedFormat.SUMO, fixture("sumo-fcd.xml"), false, model), a);
        Collecting b = new Collecting();
        FeedRun.run(settings(FeedFormat.SUMO, fixture("sumo-fcd.xml"), false, model), b);
        assertThat(a.tasks).isNotEmpty().isEqualTo(b.tasks);
        assertThat(s.tasks()).isEqualTo(a.tasks.size());
        for (TaskRequest t : a.tasks) {
            long firstTelemetry = a.telemetry.stream().filter(x -> x.getEntityId().equals(t.getVehicleId()))
                    .mapToLong(EntityTelemetry::getEventTimeMillis).min().orElseThrow();
            assertThat(t.getCreatedAtMillis()).isGreaterThan(firstTelemetry);
            assertThat(t.getVehicleId()).isIn("v-0", "v-1", "v-2");
        }
        Collecting other = new Collecting();
        FeedRun.run(settings(FeedFormat.SUMO, fixture("sumo-fcd.xml"), false, model.withSeed(43)), other);
        assertThat(other.tasks).isNotEqualTo(a.tasks);
    }

    private static FeedRun.Settings withNodes(FeedRun.Settings s, FeedNodeModel nodes) {
        return new FeedRun.Settings(s.format(), s.file(), s.options(), s.timeBase(), s.tasks(), s.pacer(),
                Optional.of(nodes));
    }

    @Test
    void nodesReportEverySlotTheFeedSpansInTimeOrderWithTheVehicles() throws Exception {
        Collecting sink = new Collecting();
        FeedSummary s = FeedRun.run(withNodes(settings(FeedFormat.JSON, fixture("telemetry.jsonl"), false,
                FeedTaskModel.defaults().withRate(10)), new FeedNodeModel(Profile.PHYSICAL, 3, 4, 1L)), sink);
        // accepted vehicle records span 0 .. 2.6 s: slots 0 .. 130
        long slots = 131;
        assertThat(s.recordsAccepted()).isEqualTo(12);
        assertThat(s.nodes().count()).isEqualTo(7);
        assertThat(s.nodes().records()).isEqualTo(7 * slots);
        assertThat(sink.telemetry).hasSize(12 + 7 * (int) slots);
        assertThat(sink.telemetry).extracting(EntityTelemetry::getEventTimeMillis).isSorted();
        assertThat(sink.telemetry.get(0).getEventTimeMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(sink.telemetry.subList(0, 7)).extracting(t -> t.getKind()).containsOnly(EntityKind.UAV,
                EntityKind.BASE_STATION);
        List<EntityTelemetry> b0 = sink.telemetry.stream().filter(t -> t.getEntityId().equals("b-0")).toList();
        assertThat(b0).extracting(EntityTelemetry::getSequenceNumber).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, slots).boxed().toList());
        assertThat(b0.get(130).getEventTimeMillis()).isEqualTo(1_700_000_002_600L);
        // the vehicles of the first second span x 0..15, y -3..2.5
        assertThat(s.nodes().centreX()).isEqualTo(7.5);
        assertThat(s.nodes().centreY()).isEqualTo(-0.25);
        JsonNode json = new ObjectMapper().readTree(s.toJson());
        assertThat(json.get("nodes").asInt()).isEqualTo(7);
        assertThat(json.get("node_records").asLong()).isEqualTo(7 * slots);
        assertThat(json.get("nodes_centre").get("x_m").asDouble()).isEqualTo(7.5);
        // every task finds the nodes' report of its slot already sent
        for (TaskRequest t : sink.tasks) {
            assertThat(b0).anyMatch(n -> n.getEventTimeMillis() == t.getCreatedAtMillis());
        }
    }

    @Test
    void nodesChangeNeitherTheVehicleRecordsNorTheTasks() throws Exception {
        FeedTaskModel tasks = FeedTaskModel.defaults().withRate(10).withSeed(7);
        Collecting without = new Collecting();
        FeedSummary plain = FeedRun.run(settings(FeedFormat.SUMO, fixture("sumo-fcd.xml"), false, tasks), without);
        Collecting with = new Collecting();
        FeedRun.run(withNodes(settings(FeedFormat.SUMO, fixture("sumo-fcd.xml"), false, tasks),
                new FeedNodeModel(Profile.PHYSICAL, 2, 1, 7L)), with);
        assertThat(with.telemetry.stream().filter(t -> t.getKind() == EntityKind.VEHICLE).toList())
                .isEqualTo(without.telemetry);
        assertThat(with.tasks).isNotEmpty().isEqualTo(without.tasks);
        assertThat(plain.nodes()).isNull();
        assertThat(new ObjectMapper().readTree(plain.toJson()).get("node_records").asLong()).isZero();
    }

    @Test
    void rejectLogWritesFileLineReasonLines() throws Exception {
        StringWriter w = new StringWriter();
        FeedRun.run(settings(FeedFormat.JSON, fixture("telemetry.jsonl"), false, FeedTaskModel.defaults().withRate(0)),
                FeedRecordSink.dryRun(new FeedRejectLog(w)));
        assertThat(w.toString().lines()).hasSize(7)
                .contains(fixture("telemetry.jsonl") + ":10: missing heading");
    }

    @Test
    void emptyAndMissingFilesAreFileErrorsNamingTheFile() {
        assertThatThrownBy(() -> FeedRun.run(settings(FeedFormat.GPS, fixture("empty.csv"), false,
                FeedTaskModel.defaults()), new Collecting()))
                .isInstanceOf(FeedFileException.class).hasMessage(fixture("empty.csv") + " is empty");
        Path missing = fixture("no-such-file.xml");
        assertThatThrownBy(() -> FeedRun.run(settings(FeedFormat.SUMO, missing, false, FeedTaskModel.defaults()),
                new Collecting()))
                .isInstanceOf(FeedFileException.class).hasMessage("cannot read " + missing + ": no such file");
    }
}

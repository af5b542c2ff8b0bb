package io.vectwin.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one feed run read and produced. {@link #toJson()} writes it with snake_case keys, the
 * first six being the contract of issue 7: {@code records_read}, {@code records_accepted},
 * {@code records_rejected}, {@code vehicles}, {@code time_span_s}, {@code first_error}.
 *
 * @param format              feed format
 * @param file                the feed file as given
 * @param recordsRead         records (lines, elements) read: accepted + rejected
 * @param recordsAccepted     vehicle telemetry records produced (or, in a dry run, converted)
 * @param recordsRejected     records rejected, each reported with file:line and reason
 * @param vehicles            distinct vehicles with at least one accepted record
 * @param timeSpanSeconds     last − first feed time of the accepted records (s); 0 without any
 * @param firstError          "file:line: reason" of the first reject, or null
 * @param tasks               task requests generated
 * @param subtasks            subtasks in those requests
 * @param firstEventTimeMillis event time of the first accepted record (ms since the epoch), or null
 * @param vehicleIds          feed vehicle id → twin id ({@code v-<n>}), in order of first sight
 * @param origin              origin of the local frame of a geographic feed, or null
 * @param sendFailures        records Kafka failed to take (0 in a dry run)
 * @param nodes               the edge nodes added to the feed, or null for none
 */
public record FeedSummary(FeedFormat format, String file, long recordsRead, long recordsAccepted, long recordsRejected,
        int vehicles, double timeSpanSeconds, String firstError, long tasks, long subtasks, Long firstEventTimeMillis,
        Map<String, String> vehicleIds, GeoPoint origin, long sendFailures, Nodes nodes) {

    /**
     * The edge nodes a run added ({@link FeedEdgeNodes}).
     *
     * @param count   U + B
     * @param records node telemetry records produced (in a dry run: generated), U + B per slot
     * @param centreX x of the centre the scenario was placed on (m, local frame)
     * @param centreY y of that centre (m)
     */
    public record Nodes(int count, long records, double centreX, double centreY) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public FeedSummary {
        vehicleIds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vehicleIds));
    }

    /** The summary as a JSON object (keys in the order of the record). */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records_read", recordsRead);
        m.put("records_accepted", recordsAccepted);
        m.put("records_rejected", recordsRejected);
        m.put("vehicles", vehicles);
        m.put("time_span_s", timeSpanSeconds);
        m.put("first_error", firstError);
        m.put("format", format.cliName());
        m.put("file", file);
        m.put("tasks_generated", tasks);
        m.put("subtasks_generated", subtasks);
        m.put("first_event_time_millis", firstEventTimeMillis);
        m.put("send_failures", sendFailures);
        m.put("nodes", nodes == null ? 0 : nodes.count());
        m.put("node_records", nodes == null ? 0L : nodes.records());
        if (nodes != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("x_m", nodes.centreX());
            c.put("y_m", nodes.centreY());
            m.put("nodes_centre", c);
        } else {
            m.put("nodes_centre", null);
        }
        if (origin != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("lat", origin.latitudeDegrees());
            o.put("lon", origin.longitudeDegrees());
            o.put("alt_m", origin.altitudeMetres());
            m.put("origin", o);
        } else {
            m.put("origin", null);
        }
        m.put("vehicle_ids", vehicleIds);
        try {
            return JSON.writeValueAsString(m) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serialises", e);
        }
    }
}

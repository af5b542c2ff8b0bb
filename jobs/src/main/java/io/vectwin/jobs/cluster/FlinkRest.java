package io.vectwin.jobs.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.JobID;

/**
 * The parts of a Flink cluster's REST API (the monitoring API the Web UI uses) that the local
 * cluster and its tests read: the cluster overview, a job's state and restarts, where each subtask
 * runs, and its checkpoints. Plain HTTP and JSON; field names as in Flink's REST messages
 * ({@code SubtaskExecutionAttemptDetailsInfo}, {@code CheckpointingStatistics}).
 */
public final class FlinkRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** {@code /overview}. */
    public record Overview(int taskManagers, int slotsTotal, int slotsAvailable, int jobsRunning) {
    }

    /**
     * One subtask of a job vertex as the REST API reports it.
     *
     * @param taskManagerId the resource id of the TaskManager it runs on ({@code taskmanager-1}, ...)
     */
    public record Subtask(String vertex, int index, String status, int attempt, String taskManagerId) {
    }

    /** {@code /jobs/:id/checkpoints}: counts, and the checkpoint the job last restored, if any. */
    public record Checkpoints(long completed, long restored, Optional<Long> latestCompletedId,
            Optional<Long> latestRestoredId) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    /** A client of the REST API at {@code baseUrl}, e.g. {@code http://127.0.0.1:8081}. */
    public FlinkRest(String baseUrl) {
        this.base = URI.create(Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "") + "/");
    }

    public String baseUrl() {
        return base.toString().replaceAll("/$", "");
    }

    /**
     * {@code GET path} as JSON.
     *
     * @throws IOException if the server does not answer or answers with an error status
     */
    public JsonNode get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.replaceAll("^/+", "")))
                .timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + request.uri(), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public Overview overview() throws IOException {
        JsonNode o = get("overview");
        return new Overview(o.path("taskmanagers").asInt(), o.path("slots-total").asInt(),
                o.path("slots-available").asInt(), o.path("jobs-running").asInt());
    }

    /** The job's state: CREATED, RUNNING, RESTARTING, FAILED, CANCELED, ... */
    public String jobState(JobID job) throws IOException {
        return get("jobs/" + job).path("state").asText();
    }

    /**
     * When the job last entered {@code state} (epoch ms), 0 if it never did: {@code RESTARTING} tells
     * whether the job has gone through a restart.
     */
    public long enteredState(JobID job, String state) throws IOException {
        return get("jobs/" + job).path("timestamps").path(state).asLong(0);
    }

    /** Every subtask of every vertex of the job, with the TaskManager it (last) ran on. */
    public List<Subtask> subtasks(JobID job) throws IOException {
        List<Subtask> all = new ArrayList<>();
        for (JsonNode vertex : get("jobs/" + job).path("vertices")) {
            String name = vertex.path("name").asText();
            for (JsonNode s : get("jobs/" + job + "/vertices/" + vertex.path("id").asText()).path("subtasks")) {
                all.add(new Subtask(name, s.path("subtask").asInt(), s.path("status").asText(),
                        s.path("attempt").asInt(), s.path("taskmanager-id").asText()));
            }
        }
        return all;
    }

    public Checkpoints checkpoints(JobID job) throws IOException {
        JsonNode c = get("jobs/" + job + "/checkpoints");
        JsonNode latest = c.path("latest");
        return new Checkpoints(c.path("counts").path("completed").asLong(), c.path("counts").path("restored").asLong(),
                id(latest.path("completed")), id(latest.path("restored")));
    }

    private static Optional<Long> id(JsonNode node) {
        return node.isObject() && node.has("id") ? Optional.of(node.path("id").asLong()) : Optional.empty();
    }

    /** {@link #overview()}, or empty while the REST endpoint does not answer yet. */
    Optional<Overview> overviewIfUp() {
        try {
            return Optional.of(overview());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}

package io.vectwin.jobs.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the demo and the integration test report about a run of the pipeline. The JSON keys of
 * {@link #toJson()} are the ones {@code bin/vectwin demo --summary-json} promises.
 *
 * @param policy               the offloading policy that decided
 * @param subtasksRequested    distinct subtasks in the task requests seen on {@code vec.tasks}
 * @param decisions            decision records seen on {@code vec.decisions}, duplicates included
 * @param duplicateDecisions   decisions for a (task id, subtask index) already decided
 * @param missingDecisions     requested subtasks without any decision
 * @param outcomes             outcome records seen on {@code vec.outcomes}
 * @param deadLetters          records seen on {@code vec.deadletter}
 * @param latencyMsP50         median decision latency, request created → decision consumed, ms
 * @param latencyMsP99         99th percentile of the same, ms
 * @param deadlineHitRate      share of outcomes that met their deadline
 * @param undecodable          records on the watched topics the monitor could not decode
 * @param lastDeadLetterReason the reason of the latest dead letter ("" if none)
 */
public record PipelineStats(String policy, long subtasksRequested, long decisions, long duplicateDecisions,
        long missingDecisions, long outcomes, long deadLetters, double latencyMsP50, double latencyMsP99,
        double deadlineHitRate, long undecodable, String lastDeadLetterReason) {

    public String toJson() {
        return String.format(Locale.ROOT, """
                {
                  "policy": "%s",
                  "subtasks_requested": %d,
                  "decisions": %d,
                  "duplicate_decisions": %d,
                  "missing_decisions": %d,
                  "outcomes": %d,
                  "deadletter": %d,
                  "latency_ms_p50": %.3f,
                  "latency_ms_p99": %.3f,
                  "deadline_hit_rate": %.6f
                }
                """, policy, subtasksRequested, decisions, duplicateDecisions, missingDecisions, outcomes, deadLetters,
                latencyMsP50, latencyMsP99, deadlineHitRate);
    }

    /**
     * The closing line of {@code demo} and {@code replay}: "summary: N subtasks requested, ...".
     *
     * @param latencyNote words after "latency" (e.g. " after the 10.0 s warm-up"), or ""
     * @param remark      what closes the line in parentheses (the simulator's counts, ...)
     */
    public String summaryLine(String latencyNote, String remark) {
        return String.format(Locale.ROOT, "summary: %d subtasks requested, %d decisions (%d duplicate, %d missing), %d outcomes,"
                + " %d dead letters; latency%s p50 %.1f ms p99 %.1f ms; deadline hit rate %.1f %% (%s)", subtasksRequested,
                decisions, duplicateDecisions, missingDecisions, outcomes, deadLetters, latencyNote, latencyMsP50,
                latencyMsP99, 100 * deadlineHitRate, remark);
    }

    /** Writes {@link #toJson()} to {@code file}, creating its folder. */
    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }
}

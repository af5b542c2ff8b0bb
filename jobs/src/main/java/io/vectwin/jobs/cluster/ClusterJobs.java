package io.vectwin.jobs.cluster;

import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.config.TwinJobConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Submits the twin decision job to a running cluster through its REST port: the job graph is built
 * here, from {@link TwinDecisionJob}'s own wiring, and sent by Flink's REST client (a remote
 * environment). No user jar is shipped: the cluster's JVMs run on the same class path as this one
 * ({@link ChildJvm}), so they have the job's classes already.
 */
public final class ClusterJobs {

    private ClusterJobs() {
    }

    /** Submits the job on {@code topics} with {@code config} (its bootstrap servers and parallelism included). */
    public static JobClient submit(ClusterState cluster, TwinJobConfig config, TwinDecisionJob.KafkaTopics topics)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(
                FlinkClusterConfiguration.HOST, cluster.restPort(), new Configuration());
        return TwinDecisionJob.startOnKafka(env, config, topics, Map.of());
    }

    /**
     * Waits until every subtask of {@code job} runs; returns them (with their TaskManagers).
     *
     * @throws IllegalStateException if the job ends or does not get there within {@code timeout}
     */
    public static List<FlinkRest.Subtask> awaitAllRunning(FlinkRest rest, JobID job, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                String state = rest.jobState(job);
                if (List.of("FAILED", "CANCELED", "FINISHED").contains(state)) {
                    throw new IllegalStateException("job " + job + " ended (" + state + ") before all its subtasks ran");
                }
                List<FlinkRest.Subtask> subtasks = rest.subtasks(job);
                if ("RUNNING".equals(state) && !subtasks.isEmpty()
                        && subtasks.stream().allMatch(s -> "RUNNING".equals(s.status()))) {
                    return subtasks;
                }
                last = state + ", " + subtasks.stream().filter(s -> !"RUNNING".equals(s.status())).count()
                        + " subtasks not running";
            } catch (IOException e) {
                last = e.getMessage();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("job " + job + " did not run all its subtasks within " + timeout + " (" + last + ")");
    }
}

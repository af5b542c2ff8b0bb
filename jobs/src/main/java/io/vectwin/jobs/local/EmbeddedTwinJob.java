package io.vectwin.jobs.local;

import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.EmbeddedKafkaBroker;
import io.vectwin.jobs.kafka.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;

/**
 * The core of every run on one machine: an in-process KRaft Kafka broker holding vectwin's topics,
 * and the twin job running against it on a Flink MiniCluster. {@link EmbeddedPipeline} adds the
 * simulator and a monitor; the latency bench adds its load. Closing cancels the job, then stops
 * the broker, whatever state the job is in.
 */
public final class EmbeddedTwinJob implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedKafkaBroker broker;
    private final JobClient job;

    private EmbeddedTwinJob(EmbeddedKafkaBroker broker, JobClient job) {
        this.broker = broker;
        this.job = job;
    }

    /**
     * Starts the broker, creates {@link Topics#all()} plus {@code extraTopics} with
     * {@code partitions} partitions each, and starts the job with {@code config} (its bootstrap
     * servers replaced by the broker's); returns once the job runs.
     *
     * @param tmpDir where Flink's temporary files and checkpoints go
     * @param webUi  serve the Flink Web UI on port 8081
     */
    public static EmbeddedTwinJob start(TwinJobConfig config, int partitions, Collection<String> extraTopics, Path tmpDir,
            boolean webUi) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        JobClient job = null;
        try {
            String bootstrap = broker.bootstrapServers();
            List<String> topics = new ArrayList<>(Topics.all());
            topics.addAll(extraTopics);
            Topics.create(bootstrap, partitions, topics);
            TwinJobConfig onBroker = config.withBootstrapServers(bootstrap);
            job = TwinDecisionJob.startOnKafka(EmbeddedPipeline.localEnvironment(tmpDir, onBroker.parallelism(), webUi),
                    onBroker);
            awaitRunning(job);
            return new EmbeddedTwinJob(broker, job);
        } catch (Exception | Error e) {
            if (job != null) {
                job.cancel();
            }
            broker.close();
            throw e;
        }
    }

    /** What starts after the job (a simulator, a load) must not queue its first records behind the job's start-up. */
    private static void awaitRunning(JobClient job) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JobStatus status = job.getJobStatus().get();
            if (status == JobStatus.RUNNING) {
                return;
            }
            if (status.isGloballyTerminalState()) {
                throw new IllegalStateException("the twin job ended before it ran: " + status);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the twin job did not reach RUNNING within " + START_TIMEOUT);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        try {
            job.cancel().get();
        } catch (Exception e) {
            // the job may already be gone; the broker must still stop
        } finally {
            broker.close();
        }
    }
}

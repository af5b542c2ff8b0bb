package io.vectwin.jobs.cli;

import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.local.EmbeddedPipeline;
import io.vectwin.jobs.kafka.Topics;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin attach}: the twin decision job on a local Flink MiniCluster, attached to an
 * external Kafka cluster (a real feed, a simulator elsewhere, a replay). The topics must exist;
 * {@code --client-config} passes the cluster's client settings (SASL, TLS) to every source and
 * sink unchanged.
 */
@Command(
        name = "attach",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Runs the twin decision job (local Flink MiniCluster) against an external Kafka cluster: "
                + "telemetry, tasks and outcomes in, decisions and dead letters out. The topics must exist. Runs until "
                + "interrupted, or for --seconds.")
public final class AttachCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", required = true, description = "Kafka bootstrap servers.")
    String bootstrap;

    @Mixin
    TwinOptions twinOptions;

    @Mixin
    ClientConfigOption clientConfig;

    @Option(names = "--telemetry-topic", paramLabel = "T", defaultValue = Topics.TELEMETRY, description = "Default: ${DEFAULT-VALUE}.")
    String telemetryTopic;

    @Option(names = "--tasks-topic", paramLabel = "T", defaultValue = Topics.TASKS, description = "Default: ${DEFAULT-VALUE}.")
    String tasksTopic;

    @Option(names = "--outcomes-topic", paramLabel = "T", defaultValue = Topics.OUTCOMES, description = "Default: ${DEFAULT-VALUE}.")
    String outcomesTopic;

    @Option(names = "--decisions-topic", paramLabel = "T", defaultValue = Topics.DECISIONS, description = "Default: ${DEFAULT-VALUE}.")
    String decisionsTopic;

    @Option(names = "--deadletter-topic", paramLabel = "T", defaultValue = Topics.DEADLETTER,
            description = "Default: ${DEFAULT-VALUE}.")
    String deadLetterTopic;

    @Mixin
    PolicyOptions policyOptions;


    @Option(names = "--job-config", paramLabel = "FILE",
            description = "Properties file overriding the twin job's settings (see docs/PIPELINE.md).")
    Path jobConfig;

    @Option(names = "--seconds", paramLabel = "S", converter = ArgumentConverters.NonNegativeNumber.class,
            description = "Stop the job after this long (default: run until interrupted).")
    Double seconds;

    @Option(names = "--web-ui", negatable = true, defaultValue = "false",
            description = "Serve the Flink Web UI on http://127.0.0.1:8081 (default: off).")
    boolean webUi;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> clientProperties = clientConfig.properties(spec);
        TwinJobConfig job = twinOptions.apply(policyOptions.apply(TwinJobConfig.defaults(bootstrap))
                , spec);
        job = JobSettings.finish(job, jobConfig, spec);
        TwinDecisionJob.KafkaTopics topics = new TwinDecisionJob.KafkaTopics(telemetryTopic, tasksTopic, outcomesTopic,
                decisionsTopic, deadLetterTopic);
        JobClient client = TwinDecisionJob.startOnKafka(localFlink(job), job, topics, clientProperties);
        out.printf("twin job %s (%s policy) attached to %s: %s, %s, %s -> %s, %s%s%n", client.getJobID(), job.policy(),
                bootstrap, telemetryTopic, tasksTopic, outcomesTopic, decisionsTopic, deadLetterTopic,
                clientProperties.isEmpty() ? "" : " (" + clientProperties.size() + " client properties from "
                        + clientConfig.file + ")");
        out.flush();
        if (seconds == null) {
            client.getJobExecutionResult().get();
            return VectwinCli.EXIT_OK;
        }
        try {
            client.getJobExecutionResult().get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
            throw new IllegalStateException("the twin job ended before --seconds " + seconds + ": "
                    + client.getJobStatus().get());
        } catch (TimeoutException runsAsItShould) {
            client.cancel().get(30, TimeUnit.SECONDS);
            out.printf("twin job stopped after %s s%n", seconds);
        }
        return VectwinCli.EXIT_OK;
    }

    /** A MiniCluster whose large temporary files stay in one temporary folder. */
    private StreamExecutionEnvironment localFlink(TwinJobConfig job) throws Exception {
        return EmbeddedPipeline.localEnvironment(Files.createTempDirectory("vectwin-attach"), job.parallelism(), webUi);
    }
}

package io.vectwin.jobs.cluster;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.ingest.sim.SimulatorCounters;
import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.flink.core.execution.JobClient;

/**
 * Decisions per second of the twin job on a running {@link LocalCluster}, at several parallelisms.
 * For each: the job is submitted on a fresh set of topics (so no run reads another's records), the
 * simulator runs in fast mode (a slot closes as soon as all its subtasks are decided: a closed loop
 * that offers as much work as the job can take), and decisions are counted over a measured window
 * after a warm-up; then the job is cancelled.
 */
public final class DecisionRateMeasurement {

    /**
     * What to run.
     *
     * @param parallelisms the job's parallelisms, one run each
     * @param warmup       simulated load before counting starts (JIT, connections, first checkpoints)
     * @param measured     how long decisions are counted
     * @param simulator    the scenario (counts, profile, rate, seed); bootstrap, topics, mode and duration are set here
     * @param job          the job's settings; bootstrap, group id and parallelism are set here
     */
    public record Settings(List<Integer> parallelisms, Duration warmup, Duration measured, SimulatorConfig simulator,
            TwinJobConfig job) {
        public Settings {
            parallelisms = List.copyOf(parallelisms);
            if (parallelisms.isEmpty() || parallelisms.stream().anyMatch(p -> p < 1)) {
                throw new IllegalArgumentException("parallelisms must be positive: " + parallelisms);
            }
            if (measured.isNegative() || measured.isZero() || warmup.isNegative()) {
                throw new IllegalArgumentException("measured must be > 0 and warmup >= 0");
            }
        }
    }

    /**
     * One run's figures.
     *
     * @param decisions         distinct decisions the simulator received in the window (duplicates left out)
     * @param subtasksRequested subtasks the simulator requested in the window
     * @param late              of those decisions, how many came after their slot had closed (the simulator waits
     *                          {@link SimulatorConfig#fastModeMaxWait()} at most): a sign the job is saturated
     * @param slots             slots it closed in the window
     * @param seconds           the window's wall-clock length
     * @param taskManagers      the TaskManagers the job's subtasks ran on
     */
    public record Result(int parallelism, long decisions, long subtasksRequested, long late, long slots, double seconds,
            List<String> taskManagers) {

        public double decisionsPerSecond() {
            return decisions / seconds;
        }

        /** Simulated seconds per wall-clock second (τ = 20 ms a slot). */
        public double simulatedSpeed(double slotSeconds) {
            return slots * slotSeconds / seconds;
        }
    }

    private DecisionRateMeasurement() {
    }

    /** Runs every parallelism of {@code settings} in turn on {@code cluster}; {@code progress} gets a line per step. */
    public static List<Result> run(ClusterState cluster, Settings settings, Consumer<String> progress) throws Exception {
        FlinkRest rest = new FlinkRest(cluster.restUrl());
        List<Result> results = new ArrayList<>();
        for (int p : settings.parallelisms()) {
            if (p > cluster.layout().totalSlots()) {
                throw new IllegalArgumentException("parallelism " + p + " exceeds the cluster's "
                        + cluster.layout().totalSlots() + " slots");
            }
            results.add(runOne(cluster, rest, settings, p, progress));
        }
        return results;
    }

    private static Result runOne(ClusterState cluster, FlinkRest rest, Settings s, int parallelism,
            Consumer<String> progress) throws Exception {
        String run = "measure-p" + parallelism + "-" + System.currentTimeMillis();
        String bootstrap = cluster.bootstrapServers();
        TwinDecisionJob.KafkaTopics topics = new TwinDecisionJob.KafkaTopics(Topics.TELEMETRY + "." + run,
                Topics.TASKS + "." + run, Topics.OUTCOMES + "." + run, Topics.DECISIONS + "." + run,
                Topics.DEADLETTER + "." + run);
        Topics.create(bootstrap, Topics.TopicLayout.embedded(Math.max(parallelism, cluster.layout().partitions())),
                List.of(topics.telemetry(), topics.tasks(), topics.outcomes(), topics.decisions(), topics.deadLetters()));
        TwinJobConfig job = s.job().withBootstrapServers(bootstrap).toBuilder().groupId("vectwin-" + run)
                .parallelism(parallelism).build();
        JobClient client = ClusterJobs.submit(cluster, job, topics);
        try {
            List<FlinkRest.Subtask> subtasks = ClusterJobs.awaitAllRunning(rest, client.getJobID(), Duration.ofSeconds(90));
            List<String> taskManagers = List.copyOf(new TreeSet<>(subtasks.stream().map(FlinkRest.Subtask::taskManagerId)
                    .toList()));
            progress.accept(String.format(Locale.ROOT, "parallelism %d: job %s runs on %s; %.0f s warm-up, %.0f s measured",
                    parallelism, client.getJobID(), taskManagers, s.warmup().toMillis() / 1e3, s.measured().toMillis() / 1e3));
            SimulatorConfig sim = s.simulator().withBootstrapServers(bootstrap)
                    .withTopics(new SimulatorConfig.Topics(topics.telemetry(), topics.tasks(), topics.decisions(),
                            topics.outcomes()))
                    .withConsumerGroupId("vectwin-simulator-" + run).withRealTime(false)
                    .withDurationSlots(SimulatorConfig.UNTIL_CLOSED);
            try (KafkaSimulator simulator = new KafkaSimulator(sim).start()) {
                awaitRunning(simulator, s.warmup());
                SimulatorCounters c0 = simulator.counters();
                long t0 = System.nanoTime();
                awaitRunning(simulator, s.measured());
                SimulatorCounters c1 = simulator.counters();
                double seconds = (System.nanoTime() - t0) / 1e9;
                Result r = new Result(parallelism,
                        (c1.decisionsReceived() - c1.duplicateDecisions()) - (c0.decisionsReceived() - c0.duplicateDecisions()),
                        c1.subtasksRequested() - c0.subtasksRequested(), c1.lateDecisions() - c0.lateDecisions(),
                        c1.slots() - c0.slots(), seconds, taskManagers);
                progress.accept(String.format(Locale.ROOT, "parallelism %d: %.0f decisions/s (%d in %.1f s, %d late)",
                        parallelism, r.decisionsPerSecond(), r.decisions(), seconds, r.late()));
                return r;
            }
        } finally {
            client.cancel().get(60, TimeUnit.SECONDS);
        }
    }

    /** Lets the simulator run for {@code d}; fails at once if it stops (its error, or the broker gone). */
    private static void awaitRunning(KafkaSimulator simulator, Duration d) throws InterruptedException {
        if (simulator.awaitCompletion(d)) {
            throw new IllegalStateException("the simulator stopped during the measurement: "
                    + simulator.failure().map(Throwable::getMessage).orElse("no error recorded"));
        }
    }
}

package io.vectwin.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.TwinDecisionJob;
import io.vectwin.jobs.cluster.ClusterJobs;
import io.vectwin.jobs.cluster.ClusterLayout;
import io.vectwin.jobs.cluster.FlinkRest;
import io.vectwin.jobs.cluster.LocalCluster;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.jobs.local.DecisionMonitor;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The distributed path on real processes: a Kafka broker JVM, a Flink JobManager JVM and two
 * TaskManager JVMs (2 slots each) started from the Maven class path; the twin job submitted through
 * the REST port with parallelism 2; the simulator (in this JVM) in real time against the broker.
 * Half-way, one TaskManager is killed (SIGKILL): the job must restart from its last checkpoint on the
 * remaining TaskManager's slots and every requested subtask must still get a decision (at least
 * once). The scenario runs once for the class; the tests check what it observed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiProcessClusterIntegrationTest {

    private static final String KILLED = ClusterLayout.taskManagerRole(2);
    private static final String SURVIVOR = ClusterLayout.taskManagerRole(1);

    private LocalCluster cluster;
    private JobClient job;
    private KafkaSimulator simulator;
    private DecisionMonitor monitor;

    private List<FlinkRest.Subtask> placementBeforeCrash;
    private long checkpointBeforeCrash;
    private long decisionsAtCrash;
    private long restartingSince;
    private List<FlinkRest.Subtask> placementAfterRestart;
    private FlinkRest.Checkpoints checkpointsAfterRestart;
    private FlinkRest.Overview overviewAfterRestart;
    private long decisionsAfterRestart;
    private boolean allDecidedAtTheEnd;

    @BeforeAll
    void runTheScenario() throws Exception {
        cluster = LocalCluster.start(new LocalCluster.Options(Path.of("target", "multi-process-cluster"),
                new ClusterLayout(2, 2, 2), Duration.ofSeconds(120)));
        FlinkRest rest = cluster.rest();
        TwinJobConfig config = TwinJobConfig.defaults(cluster.bootstrapServers()).withCounts(8, 4, 4)
                .withCheckpointInterval(Duration.ofSeconds(2))
                .withTwinWait(Duration.ofSeconds(30)) // a slow start on a busy CI machine must not dead-letter tasks
                .toBuilder().parallelism(2).build();
        job = ClusterJobs.submit(cluster.state(), config, TwinDecisionJob.KafkaTopics.defaults());
        JobID id = job.getJobID();
        placementBeforeCrash = ClusterJobs.awaitAllRunning(rest, id, Duration.ofSeconds(90));

        monitor = new DecisionMonitor(cluster.bootstrapServers(), System::currentTimeMillis);
        simulator = new KafkaSimulator(SimulatorConfig.defaults().withBootstrapServers(cluster.bootstrapServers())
                .withCounts(8, 4, 4).withSeed(7).withTasksPerVehiclePerSecond(10).withRealTime(true)
                .withDurationSlots(SimulatorConfig.UNTIL_CLOSED)).start();
        await("first decisions", Duration.ofSeconds(60), () -> monitor.stats("").decisions() >= 50);
        long checkpointsBeforeDecisions = completedCheckpoints(rest, id);
        // a checkpoint taken while decisions flow, so the restart has twin state and offsets to resume from
        await("a checkpoint after the first decisions", Duration.ofSeconds(60),
                () -> completedCheckpoints(rest, id) > checkpointsBeforeDecisions);
        checkpointBeforeCrash = rest.checkpoints(id).latestCompletedId().orElse(-1L);

        decisionsAtCrash = monitor.stats("").decisions();
        cluster.kill(KILLED);
        await("the job going through RESTARTING", Duration.ofSeconds(60), () -> enteredRestarting(rest, id) > 0);
        restartingSince = enteredRestarting(rest, id);
        await("every subtask running again in a new attempt", Duration.ofSeconds(90), () -> {
            List<FlinkRest.Subtask> subtasks = subtasks(rest, id);
            return !subtasks.isEmpty() && subtasks.stream().allMatch(s -> "RUNNING".equals(s.status()) && s.attempt() >= 1);
        });
        placementAfterRestart = rest.subtasks(id);
        checkpointsAfterRestart = rest.checkpoints(id);
        // the job may run again before the heartbeat timeout has unregistered the dead TaskManager
        await("the lost TaskManager unregistered", Duration.ofSeconds(30), () -> taskManagers(rest) == 1);
        overviewAfterRestart = rest.overview();
        await("decisions after the restart", Duration.ofSeconds(60),
                () -> monitor.stats("").decisions() >= decisionsAtCrash + 200);
        decisionsAfterRestart = monitor.stats("").decisions();

        simulator.close();
        allDecidedAtTheEnd = poll(Duration.ofSeconds(60), monitor::allDecided);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (simulator != null) {
                simulator.close();
            }
            if (monitor != null) {
                monitor.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    void theJobsSubtasksRanOnBothTaskManagersBeforeTheCrash() {
        assertThat(placementBeforeCrash).isNotEmpty().allSatisfy(s -> assertThat(s.attempt()).isZero());
        assertThat(placementBeforeCrash.stream().map(FlinkRest.Subtask::taskManagerId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SURVIVOR, KILLED);
        // every operator at parallelism 2, its two subtasks in different TaskManagers (slots spread out)
        placementBeforeCrash.stream().collect(Collectors.groupingBy(FlinkRest.Subtask::vertex)).forEach((vertex, subtasks) ->
                assertThat(subtasks).as(vertex).hasSize(2)
                        .extracting(FlinkRest.Subtask::taskManagerId).doesNotHaveDuplicates());
    }

    @Test
    void afterTheCrashTheJobRestartedFromACheckpointOnTheRemainingTaskManager() {
        assertThat(restartingSince).isPositive();
        assertThat(overviewAfterRestart.taskManagers()).isEqualTo(1);
        assertThat(placementAfterRestart).hasSameSizeAs(placementBeforeCrash).allSatisfy(s -> {
            assertThat(s.taskManagerId()).isEqualTo(SURVIVOR);
            assertThat(s.attempt()).isPositive();
        });
        assertThat(checkpointBeforeCrash).isPositive();
        assertThat(checkpointsAfterRestart.restored()).isPositive();
        assertThat(checkpointsAfterRestart.latestRestoredId()).hasValueSatisfying(
                restored -> assertThat(restored).isGreaterThanOrEqualTo(checkpointBeforeCrash));
    }

    @Test
    void decisionsKeepFlowingAfterTheRestart() {
        assertThat(decisionsAfterRestart).isGreaterThanOrEqualTo(decisionsAtCrash + 200);
    }

    @Test
    void everyRequestedSubtaskHasADecisionDuplicatesAllowed() {
        AvroSingleObjectSerde<TaskRequest> tasks = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
        AvroSingleObjectSerde<OffloadingDecision> decisions = AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
        Set<String> requested = new HashSet<>();
        for (var r : TopicReader.readAll(cluster.bootstrapServers(), Topics.TASKS)) {
            TaskRequest t = tasks.decode(r.value());
            t.getSubtasks().forEach(s -> requested.add(t.getTaskId() + "#" + s.getIndex()));
        }
        Set<String> decided = new HashSet<>();
        for (var r : TopicReader.readAll(cluster.bootstrapServers(), Topics.DECISIONS)) {
            OffloadingDecision d = decisions.decode(r.value());
            decided.add(d.getTaskId() + "#" + d.getSubtaskIndex());
        }
        assertThat(requested).hasSizeGreaterThan(500);
        assertThat(decided).containsAll(requested);
        assertThat(allDecidedAtTheEnd).isTrue();
    }

    private static long completedCheckpoints(FlinkRest rest, JobID id) {
        try {
            return rest.checkpoints(id).completed();
        } catch (IOException e) {
            return 0;
        }
    }

    private static int taskManagers(FlinkRest rest) {
        try {
            return rest.overview().taskManagers();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long enteredRestarting(FlinkRest rest, JobID id) {
        try {
            return rest.enteredState(id, "RESTARTING");
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<FlinkRest.Subtask> subtasks(FlinkRest rest, JobID id) {
        try {
            return rest.subtasks(id);
        } catch (IOException e) {
            return List.of(); // the JobManager answers again in a moment
        }
    }

    /** Polls {@code condition} until it holds; fails the scenario naming {@code what} if it does not in time. */
    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        if (!poll(timeout, condition)) {
            throw new AssertionError("timed out after " + timeout + " waiting for " + what);
        }
    }

    private static boolean poll(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}

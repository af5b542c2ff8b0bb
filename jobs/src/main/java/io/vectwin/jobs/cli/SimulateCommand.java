package io.vectwin.jobs.cli;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.ingest.sim.SimulatorCounters;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin simulate}: the physical-world simulator alone, against a Kafka cluster that is
 * already running (the topics must exist), for a twin job deployed elsewhere.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Runs the physical-world simulator against an existing Kafka cluster: telemetry and task "
                + "requests out (vec.telemetry, vec.tasks), decisions in (vec.decisions), executed on the true "
                + "channel, outcomes out (vec.outcomes). Prints the simulator's counters at the end.")
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", required = true, description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--fast", description = "As fast as possible: a slot closes once all its subtasks are decided"
            + " (or after --max-wait-ms) instead of every 20 ms of wall clock.")
    boolean fast;

    @Option(names = "--max-wait-ms", defaultValue = "200", converter = PositiveInteger.class,
            description = "Fast mode: longest wait for a slot's decisions (default: ${DEFAULT-VALUE}).")
    int maxWaitMs;

    @Override
    public Integer call() throws Exception {
        SimulatorConfig config = scenario.apply(SimulatorConfig.defaults().withBootstrapServers(bootstrap), spec)
                .withRealTime(!fast).withFastModeMaxWait(Duration.ofMillis(maxWaitMs));
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaSimulator simulator = new KafkaSimulator(config)) {
            simulator.run();
            simulator.failure().ifPresent(f -> {
                throw new IllegalStateException("simulator failed: " + f.getMessage(), f);
            });
            SimulatorCounters c = simulator.counters();
            out.printf(Locale.ROOT, "%d slots, %d telemetry records, %d tasks (%d subtasks); decisions: %d received, %d accepted,"
                    + " %d duplicate, %d rejected, %d late, %d undecodable; %d outcomes, %.1f %% met the deadline%n",
                    c.slots(), c.telemetryRecords(), c.taskRequests(), c.subtasksRequested(), c.decisionsReceived(),
                    c.acceptedDecisions(), c.duplicateDecisions(), c.rejectedDecisions(), c.lateDecisions(),
                    c.undecodableDecisions(), c.outcomes(), 100 * c.deadlineMetFraction());
        }
        return VectwinCli.EXIT_OK;
    }
}

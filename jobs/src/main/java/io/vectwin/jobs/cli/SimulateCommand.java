package io.vectwin.jobs.cli;

import io.vectwin.ingest.sim.KafkaSimulator;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.ingest.sim.SimulatorCounters;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.model.params.Profile;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
        description = {
            "Runs the physical-world simulator against an existing Kafka cluster: telemetry and task requests out",
            "(vec.telemetry, vec.tasks), decisions in (vec.decisions), executed on the true channel, outcomes out",
            "(vec.outcomes). Prints the simulator's counters at the end."})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", required = true, description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", converter = NonNegativeNumber.class,
            description = "Simulated duration (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--vehicles", defaultValue = "20", converter = PositiveInteger.class, description = "V (default: ${DEFAULT-VALUE}).")
    int vehicles;

    @Option(names = "--uavs", defaultValue = "10", description = "U (default: ${DEFAULT-VALUE}).")
    int uavs;

    @Option(names = "--base-stations", defaultValue = "4", description = "B (default: ${DEFAULT-VALUE}).")
    int baseStations;

    @Option(names = "--profile", paramLabel = "paper|physical", defaultValue = "physical", converter = ProfileConverter.class,
            description = "Parameter profile (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--rate", paramLabel = "TASKS/S", defaultValue = "15", converter = NonNegativeNumber.class,
            description = "Task requests per vehicle per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fast", description = "As fast as possible: a slot closes once all its subtasks are decided"
            + " (or after --max-wait-ms) instead of every 20 ms of wall clock.")
    boolean fast;

    @Option(names = "--max-wait-ms", defaultValue = "200", converter = PositiveInteger.class,
            description = "Fast mode: longest wait for a slot's decisions (default: ${DEFAULT-VALUE}).")
    int maxWaitMs;

    @Override
    public Integer call() throws Exception {
        SimulatorConfig config;
        try {
            config = SimulatorConfig.defaults().withBootstrapServers(bootstrap).withProfile(profile)
                    .withCounts(vehicles, uavs, baseStations).withSeed(seed).withTasksPerVehiclePerSecond(rate)
                    .withDurationSeconds(seconds).withRealTime(!fast).withFastModeMaxWait(Duration.ofMillis(maxWaitMs));
        } catch (IllegalArgumentException e) {
            // SimulatorConfig names the field at fault first; report it under the option that set it
            String m = String.valueOf(e.getMessage());
            String option = m.startsWith("uavs") ? "--uavs" : m.startsWith("baseStations") ? "--base-stations"
                    : m.startsWith("tasksPerVehicle") ? "--rate" : m.startsWith("bootstrap") ? "--bootstrap" : "--seconds";
            throw new InvalidArgumentException(spec, option, "", m);
        }
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

package io.vectwin.jobs.cli;

import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.bench.BenchSystem;
import io.vectwin.jobs.bench.BenchTasks;
import io.vectwin.jobs.bench.LatencyBench;
import io.vectwin.jobs.bench.LatencyReport;
import io.vectwin.jobs.bench.RateResult;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.model.params.Profile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin bench latency}: end-to-end decision latency under open-loop load, on this
 * machine's embedded pipeline or against a running deployment ({@code --bootstrap}), with a bare
 * Kafka passthrough as the reference; writes RESULTS.md, a PNG and HdrHistogram logs.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "End-to-end decision latency under open-loop load: requests sent on a fixed schedule at each offered"
                + " rate, latency from the scheduled send time to the decision consumed, beside a bare Kafka passthrough"
                + " at the same rates. Without --bootstrap it starts the embedded broker, the twin job on a MiniCluster"
                + " and the simulator's telemetry (--vehicles) alongside.")
public final class LatencyBenchCommand implements Callable<Integer> {

    /**
     * The command RESULTS.md names, when a script (benchmarks/latency-quantum-lstm.sh) runs this one
     * with arguments of its own; the same variable as benchmarks/run.sh sets for the JMH runner.
     */
    static final String COMMAND_ENV = "VECTWIN_BENCH_COMMAND";

    @Spec
    CommandSpec spec;

    @Option(names = "--rates", paramLabel = "R1,R2,...", split = ",", defaultValue = "1000,5000,10000,20000",
            description = "Offered rates, subtask decisions per second (default: ${DEFAULT-VALUE}).")
    List<String> rates;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", converter = NonNegativeNumber.class,
            description = "Measured seconds per rate and system (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--ramp", paramLabel = "S", defaultValue = "3", converter = NonNegativeNumber.class,
            description = "Unmeasured seconds at the start of each rate (default: ${DEFAULT-VALUE}).")
    double ramp;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "15", converter = NonNegativeNumber.class,
            description = "Least unmeasured seconds of pipeline load before the first rate (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--warmup-max", paramLabel = "S", defaultValue = "240", converter = NonNegativeNumber.class,
            description = "Most: the warm-up goes on until the JIT compilers take less than --jit-settled of a core over"
                    + " 10 s, or this long (default: ${DEFAULT-VALUE}).")
    double warmupMax;

    @Option(names = "--jit-settled", paramLabel = "PERCENT", defaultValue = "10", converter = NonNegativeNumber.class,
            description = "JIT compile time, %% of one core, below which the JVM counts as warm (default: ${DEFAULT-VALUE}).")
    double jitSettled;

    @Option(names = "--drain", paramLabel = "S", defaultValue = "15", converter = NonNegativeNumber.class,
            description = "Longest wait for the last decisions of a rate; what is still undecided then is lost"
                    + " (default: ${DEFAULT-VALUE}).")
    double drain;

    @Option(names = "--every", paramLabel = "S", defaultValue = "5", converter = NonNegativeNumber.class,
            description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
    double every;

    @Option(names = "--no-passthrough", negatable = true, defaultValue = "true",
            description = "Measure the bare Kafka passthrough at the same rates (default: on).")
    boolean passthrough;

    @Option(names = "--vehicles", paramLabel = "V", defaultValue = "20", converter = PositiveInteger.class,
            description = "Vehicles issuing the requests, v-0 … v-(V-1); without --bootstrap also the simulated"
                    + " fleet whose telemetry runs alongside (default: ${DEFAULT-VALUE}).")
    int vehicles;

    @Option(names = "--uavs", paramLabel = "U", defaultValue = "10", description = "UAVs reporting telemetry (default: ${DEFAULT-VALUE}).")
    int uavs;

    @Option(names = "--base-stations", paramLabel = "B", defaultValue = "4",
            description = "Base stations reporting telemetry (default: ${DEFAULT-VALUE}).")
    int baseStations;

    @Option(names = "--profile", paramLabel = "paper|physical", defaultValue = "physical", converter = ProfileConverter.class,
            description = "Parameter profile (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulator, the policy and the request sizes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    PolicyOptions policyOptions;


    @Mixin
    TwinOptions twinOptions;

    @Option(names = "--job-config", paramLabel = "FILE", description = "Properties file overriding the job's settings"
            + " (with --bootstrap: its sink.linger.ms is the one the passthrough copies, as the deployment's job should).")
    Path jobConfig;

    @Option(names = "--partitions", defaultValue = "2", converter = PositiveInteger.class,
            description = "Partitions per topic of the embedded broker (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "Measure a running deployment instead: its twin job must read vec.tasks and know vehicles"
                    + " v-0 … v-(V-1) from its own telemetry; the passthrough topics vec.bench.requests and"
                    + " vec.bench.copies are created there if missing.")
    String bootstrap;

    @Mixin
    ClientConfigOption clientConfig;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(names = "--results-dir", paramLabel = "DIR", defaultValue = "benchmarks",
            description = "Where RESULTS.md (this configuration's section), the PNG plot and the HdrHistogram logs go"
                    + " (default: ${DEFAULT-VALUE}, run from the repository root).")
    Path resultsDir;

    @Option(names = "--no-write", description = "Do not touch RESULTS.md, the plot or the logs.")
    boolean noWrite;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Double> offered = parseRates();
        TwinJobConfig job = policyOptions.apply(TwinJobConfig.defaults("set-by-the-bench").withProfile(profile)
                .withCounts(vehicles, uavs, baseStations));
        job = JobSettings.finish(twinOptions.apply(job, spec), jobConfig, spec);
        LatencyBench.Settings settings;
        try {
            settings = new LatencyBench.Settings(offered, seconds, ramp, warmup, Math.max(warmup, warmupMax), jitSettled,
                    drain, passthrough, Math.max(every, 1), job.sinkLinger());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, "--seconds", Double.toString(seconds), e.getMessage());
        }
        if (!noWrite && !Files.isDirectory(resultsDir)) {
            throw new InvalidArgumentException(spec, "--results-dir", resultsDir.toString(), "no such directory "
                    + resultsDir + " (run from the repository root, or pass --results-dir or --no-write)");
        }
        Map<String, String> clientProperties = clientConfig.properties(spec);
        String configuration = configurationName(job);
        String slug = configuration.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        Path hdrDir = noWrite ? null : resultsDir.resolve("latency").resolve(slug);
        BenchTasks tasks = new BenchTasks(job.networkParameters().tasks(), BenchTasks.vehicleIds(vehicles), seed);
        out.printf(Locale.ROOT, "vectwin bench latency: %s, rates %s /s, %.0f s each, %s%n", configuration,
                offered.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList(), seconds,
                bootstrap == null ? "embedded broker + MiniCluster, telemetry of V=" + vehicles + " U=" + uavs + " B="
                        + baseStations + " alongside" : "deployment at " + bootstrap);
        out.flush();

        List<RateResult> results;
        if (bootstrap == null) {
            SimulatorConfig telemetry = SimulatorConfig.defaults().withProfile(profile)
                    .withCounts(vehicles, uavs, baseStations).withSeed(seed);
            Path tmp = Files.createTempDirectory("vectwin-bench");
            try (BenchSystem system = BenchSystem.start(job, telemetry, partitions, tmp)) {
                results = new LatencyBench(settings, system.bootstrapServers(), Map.of(), tasks, out, hdrDir).run();
            }
        } else {
            Topics.create(bootstrap, partitions, List.of(LatencyBench.PASSTHROUGH_REQUESTS, LatencyBench.PASSTHROUGH_COPIES));
            results = new LatencyBench(settings, bootstrap, clientProperties, tasks, out, hdrDir).run();
        }

        LatencyReport report = new LatencyReport(configuration, runInfo(), results);
        out.println(report.saturationPerSecond().isPresent()
                ? String.format(Locale.ROOT, "saturation point: %.0f decisions/s (p99 ≤ %.0f ms, nothing lost)",
                        report.saturationPerSecond().getAsDouble(), LatencyBench.THRESHOLD_MS)
                : "saturation point: none of the offered rates kept p99 ≤ 10 ms without loss");
        if (json != null) {
            report.writeJson(json);
            out.println("wrote " + json);
        }
        if (!noWrite) {
            String plot = "latency-" + slug + ".png";
            report.writePlot(resultsDir.resolve(plot));
            report.updateResults(resultsDir.resolve("RESULTS.md"), plot, "latency/" + slug);
            out.println("wrote " + resultsDir.resolve("RESULTS.md") + ", " + resultsDir.resolve(plot) + " and " + hdrDir);
        }
        return VectwinCli.EXIT_OK;
    }

    private List<Double> parseRates() {
        List<Double> parsed = new ArrayList<>();
        for (String text : rates) {
            double r;
            try {
                r = ArgumentConverters.finiteNumber(text.strip());
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw new InvalidArgumentException(spec, "--rates", String.join(",", rates), e.getMessage());
            }
            if (!(r > 0)) {
                throw new InvalidArgumentException(spec, "--rates", String.join(",", rates), "rates must be positive, got " + text);
            }
            parsed.add(r);
        }
        return parsed;
    }

    /** e.g. {@code greedy, twin without LSTM}; names the RESULTS.md section and the files. */
    static String configurationName(TwinJobConfig job) {
        String twin = switch (job.twin().view()) {
            case PREDICTED -> "LSTM twin";
            case MIRRORED -> "twin without LSTM";
            case OFF -> "no twin";
        };
        return job.policy() + ", " + twin;
    }

    private Map<String, String> runInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        info.put("system", bootstrap == null
                ? "embedded: in-process Kafka broker, twin job on a Flink MiniCluster, telemetry of V=" + vehicles + " U="
                        + uavs + " B=" + baseStations + " alongside, all in one JVM (its CPU % is the machine's load)"
                : "deployment at " + bootstrap + " (CPU % and heap are the load tool's only)");
        info.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        info.put("nproc", Integer.toString(Runtime.getRuntime().availableProcessors()));
        info.put("per rate", String.format(Locale.ROOT, "%.0f s ramp + %.0f s measured, drain ≤ %.0f s; warm-up %.0f–%.0f s,"
                + " until the JIT compilers took < %.0f %% of a core over 10 s", ramp, seconds, drain, warmup,
                Math.max(warmup, warmupMax), jitSettled));
        String fromScript = System.getenv(COMMAND_ENV);
        info.put("command", fromScript != null && !fromScript.isBlank() ? fromScript
                : "bin/vectwin " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        return info;
    }
}

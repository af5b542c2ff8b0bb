package io.vectwin.benchmarks;

import io.vectwin.jobs.bench.ResultsMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs the JMH benchmarks of one or every {@link BenchmarkSet} and writes each set's section of
 * benchmarks/RESULTS.md.
 *
 * <p>{@value #SET} {@code link|quantum|lstm|all} selects the sets (default: all). Defaults — 1 fork,
 * 3 × 2 s warm-up, 5 × 3 s measurement, 1 thread — take about 25 s per benchmark (link: 3,
 * quantum: 3, lstm: 5). Any standard JMH option overrides them ({@code -f}, {@code -wi}, {@code -w},
 * {@code -i}, {@code -r}, {@code -t}, a benchmark regex, {@code -prof gc}, ...; {@code -h} lists
 * them); a regex narrows the selected sets further. {@value #NO_WRITE} runs without touching
 * RESULTS.md. A set none of whose benchmarks ran keeps its section as it was.
 *
 * <p>The command recorded in RESULTS.md is the environment variable {@value #COMMAND_ENV}
 * when set (benchmarks/run.sh sets it), otherwise this JVM's command line.
 */
public final class BenchmarkRunner {

    public static final String COMMAND_ENV = "VECTWIN_BENCH_COMMAND";
    public static final String NO_WRITE = "--no-write";
    public static final String SET = "--set";
    public static final String ALL_SETS = "all";

    private static final int DEFAULT_FORKS = 1;
    private static final int DEFAULT_WARMUP_ITERATIONS = 3;
    private static final TimeValue DEFAULT_WARMUP_TIME = TimeValue.seconds(2);
    private static final int DEFAULT_MEASUREMENT_ITERATIONS = 5;
    private static final TimeValue DEFAULT_MEASUREMENT_TIME = TimeValue.seconds(3);
    private static final int DEFAULT_THREADS = 1;

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
        boolean write = !jmhArgs.remove(NO_WRITE);
        List<BenchmarkSet> sets;
        CommandLineOptions cli;
        try {
            sets = takeSets(jmhArgs);
            cli = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException | IllegalArgumentException e) {
            System.err.println("BenchmarkRunner: " + e.getMessage() + " (try -h)");
            System.exit(2);
            return;
        }
        if (cli.shouldHelp()) {
            System.out.println("BenchmarkRunner options: " + SET + " " + BenchmarkSet.names().replace(", ", "|") + "|"
                    + ALL_SETS + " (default " + ALL_SETS + "), " + NO_WRITE + "; then JMH's:");
            cli.showHelp();
            return;
        }
        Options options = options(cli, sets);
        Collection<RunResult> results = new Runner(options).run();
        if (results.isEmpty()) {
            System.err.println("BenchmarkRunner: no benchmark ran; RESULTS.md left as it was");
            System.exit(1);
        }
        ThroughputReport.RunInfo run = runInfo(options, args);
        List<String> sections = new ArrayList<>();
        for (BenchmarkSet set : sets) {
            set.section(results, run).ifPresent(sections::add);
        }
        for (String section : sections) {
            System.out.println();
            System.out.println(section);
        }
        if (write) {
            Path file = repositoryRoot(Path.of("").toAbsolutePath()).resolve("benchmarks").resolve("RESULTS.md");
            String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            for (String section : sections) {
                document = ResultsMarkdown.replaceSection(document, section);
            }
            Files.writeString(file, document, StandardCharsets.UTF_8);
            System.out.println("written: " + file);
        }
    }

    /**
     * Removes {@value #SET} and its value from {@code args} and returns the sets it names (every
     * set when absent or {@value #ALL_SETS}).
     */
    static List<BenchmarkSet> takeSets(List<String> args) {
        int at = args.indexOf(SET);
        if (at < 0) {
            return List.of(BenchmarkSet.values());
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(SET + " needs a value: " + BenchmarkSet.names() + " or " + ALL_SETS);
        }
        String value = args.remove(at + 1);
        args.remove(at);
        if (args.contains(SET)) {
            throw new IllegalArgumentException(SET + " may be given once");
        }
        return ALL_SETS.equalsIgnoreCase(value.strip()) ? List.of(BenchmarkSet.values()) : List.of(BenchmarkSet.parse(value));
    }

    /** The defaults above, each replaced by the command line's value when it has one; the sets' benchmarks unless a regex is given. */
    static Options options(CommandLineOptions cli, List<BenchmarkSet> sets) {
        ChainedOptionsBuilder b = new OptionsBuilder().parent(cli)
                .forks(cli.getForkCount().orElse(DEFAULT_FORKS))
                .warmupIterations(cli.getWarmupIterations().orElse(DEFAULT_WARMUP_ITERATIONS))
                .warmupTime(cli.getWarmupTime().orElse(DEFAULT_WARMUP_TIME))
                .measurementIterations(cli.getMeasurementIterations().orElse(DEFAULT_MEASUREMENT_ITERATIONS))
                .measurementTime(cli.getMeasurementTime().orElse(DEFAULT_MEASUREMENT_TIME))
                .threads(cli.getThreads().orElse(DEFAULT_THREADS))
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS);
        if (cli.getIncludes().isEmpty()) {
            sets.forEach(set -> b.include(set.includePattern()));
        }
        return b.build();
    }

    /** The results that belong to {@code set}, as report rows sorted by benchmark name. */
    static List<ThroughputReport.Row> rows(BenchmarkSet set, Collection<RunResult> results) {
        return results.stream()
                .filter(r -> set.owns(r.getParams().getBenchmark()))
                .map(r -> {
                    String method = r.getParams().getBenchmark();
                    method = method.substring(method.lastIndexOf('.') + 1);
                    return new ThroughputReport.Row(method, set.description(method),
                            r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(), set.target(method));
                })
                .sorted(Comparator.comparing(ThroughputReport.Row::benchmark))
                .toList();
    }

    private static ThroughputReport.RunInfo runInfo(Options o, String[] args) {
        String settings = String.format("%s, forks %d, warm-up %d × %s, measurement %d × %s, %d thread(s), mode %s",
                Version.getPlainVersion(), o.getForkCount().get(), o.getWarmupIterations().get(),
                o.getWarmupTime().get(), o.getMeasurementIterations().get(), o.getMeasurementTime().get(),
                o.getThreads().get(), o.getBenchModes().iterator().next().shortLabel());
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.vm.version") + ")";
        return new ThroughputReport.RunInfo(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), java,
                Runtime.getRuntime().availableProcessors(), cpuModel(), settings, command(args));
    }

    private static String command(String[] args) {
        String fromScript = System.getenv(COMMAND_ENV);
        if (fromScript != null && !fromScript.isBlank()) {
            return fromScript.strip();
        }
        return ProcessHandle.current().info().commandLine()
                .orElse("java " + BenchmarkRunner.class.getName() + " " + String.join(" ", args)).strip();
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The repository root: the nearest directory, from {@code start} upwards, whose pom.xml lists
     * the benchmarks module. Works when run from the root, from benchmarks/ or from deeper.
     */
    static Path repositoryRoot(Path start) throws IOException {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Optional<Path> pom = Optional.of(dir.resolve("pom.xml")).filter(Files::isRegularFile);
            if (pom.isPresent() && Files.readString(pom.get(), StandardCharsets.UTF_8)
                    .matches("(?s).*<module>\\s*benchmarks\\s*</module>.*")) {
                return dir;
            }
        }
        throw new IOException("no pom.xml with <module>benchmarks</module> in " + start + " or above;"
                + " run from inside the vectwin repository");
    }
}

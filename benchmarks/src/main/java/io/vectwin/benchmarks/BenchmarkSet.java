package io.vectwin.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A group of JMH benchmarks that owns one {@code ## } section of RESULTS.md: which class holds
 * them, the section's heading and introduction, what each benchmark measures, and its DESIGN.md
 * target where it has one.
 */
public enum BenchmarkSet {

    LINK("link", LinkEvaluationBenchmark.class,
            "## Link evaluation (network-model)",
            "One operation = one `LinkEvaluator.draw` (path loss with shadowing and LoS draw, small-scale channel with"
                    + " CSI error and Doppler, SNR, URLLC rate of eq. (23)), physical profile, JMH throughput on one"
                    + " thread (`LinkEvaluationBenchmark`). Target from DESIGN.md: at least 1 000 000 simulator link"
                    + " evaluations/s on one core; pass = mean ≥ target.",
            LinkEvaluationBenchmark.DESCRIPTIONS,
            Map.of("v2bUmaSimo", 1_000_000.0, "v2uUav3gppRician", 1_000_000.0, "b2uUav3gppMiso", 1_000_000.0)),

    QUANTUM("quantum", QuantumCircuitBenchmark.class,
            "## Quantum circuit (quantum-policy)",
            "The quantum policy network's circuit at Sec. VI's size, 6 qubits × 4 layers (72 angles), amplitude"
                    + " encoding, exact state-vector simulation in double precision, JMH throughput on one thread"
                    + " (`QuantumCircuitBenchmark`); inputs cycle through 1024 seeded random 64-feature vectors."
                    + " Target from DESIGN.md: at least 500 000 circuit evaluations/s on one core, for `forward`;"
                    + " the other rows have no target and are reported for scale. Pass = mean ≥ target.",
            QuantumCircuitBenchmark.DESCRIPTIONS,
            Map.of("forward", 500_000.0)),

    LSTM("lstm", LstmInferenceBenchmark.class,
            "## LSTM inference (twin-lstm)",
            "The twin's LSTM at Sec. VI's size (3 layers × 128 units, window W = 10, peepholes as in eq. (69)–(73)),"
                    + " the twin's own forward pass (`LstmInference`) and DL4J's `MultiLayerNetwork.output` on batches of 1, 16, 64 and 256 windows, JMH throughput on one"
                    + " thread (`LstmInferenceBenchmark`). Target from DESIGN.md: batched prediction at ≥ 30 % of the"
                    + " machine's matrix-multiply FLOP/s, measured in the same run; pass = fraction ≥ 30 %.",
            LstmInferenceBenchmark.DESCRIPTIONS,
            Map.of()) {
        @Override
        public Optional<String> section(Collection<RunResult> results, ThroughputReport.RunInfo run) {
            return LstmEfficiencyReport.from(results, run).map(r -> r.markdown(this));
        }
    };

    private final String cliName;
    private final Class<?> benchmarkClass;
    private final String heading;
    private final String introduction;
    private final Map<String, String> descriptions;
    private final Map<String, Double> targets;

    BenchmarkSet(String cliName, Class<?> benchmarkClass, String heading, String introduction,
            Map<String, String> descriptions, Map<String, Double> targets) {
        this.cliName = cliName;
        this.benchmarkClass = benchmarkClass;
        this.heading = heading;
        this.introduction = introduction;
        this.descriptions = Map.copyOf(descriptions);
        this.targets = Map.copyOf(targets);
    }

    /** The name {@code --set} takes: link, quantum. */
    public String cliName() {
        return cliName;
    }

    public String heading() {
        return heading;
    }

    public String introduction() {
        return introduction;
    }

    /** The JMH include pattern for every benchmark of this set. */
    public String includePattern() {
        return benchmarkClass.getName().replace(".", "\\.") + "\\.";
    }

    /** Whether a JMH benchmark name ({@code package.Class.method}) belongs to this set. */
    public boolean owns(String benchmark) {
        return benchmark.startsWith(benchmarkClass.getName() + ".");
    }

    /** One line on what an operation of {@code method} does; empty if not described. */
    public String description(String method) {
        return descriptions.getOrDefault(method, "");
    }

    /** The DESIGN.md target of {@code method} in ops/s, if it has one. */
    public OptionalDouble target(String method) {
        Double t = targets.get(method);
        return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
    }

    /**
     * This set's RESULTS.md section for a run, if any of its benchmarks ran: by default one
     * throughput row per benchmark against its target ({@link ThroughputReport}).
     */
    public Optional<String> section(Collection<RunResult> results, ThroughputReport.RunInfo run) {
        List<ThroughputReport.Row> rows = BenchmarkRunner.rows(this, results);
        return rows.isEmpty() ? Optional.empty() : Optional.of(new ThroughputReport(this, rows, run).markdown());
    }

    /** The set called {@code name} (case ignored). */
    public static BenchmarkSet parse(String name) {
        for (BenchmarkSet s : values()) {
            if (s.cliName.equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown benchmark set '" + name + "' (known: " + names() + ", all)");
    }

    /** "link, quantum, lstm". */
    public static String names() {
        return Arrays.stream(values()).map(s -> s.cliName.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}

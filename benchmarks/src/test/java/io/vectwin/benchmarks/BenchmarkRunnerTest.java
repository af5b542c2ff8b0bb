package io.vectwin.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

class BenchmarkRunnerTest {

    @Test
    void repositoryRootIsFoundFromBelow(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("pom.xml"), "<modules>\n  <module>benchmarks</module>\n</modules>");
        Path deep = Files.createDirectories(tmp.resolve("benchmarks/src/main"));
        Files.writeString(tmp.resolve("benchmarks/pom.xml"), "<artifactId>vectwin-benchmarks</artifactId>");
        assertThat(BenchmarkRunner.repositoryRoot(deep)).isEqualTo(tmp.toAbsolutePath().normalize());
    }

    @Test
    void noRepositoryIsAClearError(@TempDir Path tmp) {
        assertThatThrownBy(() -> BenchmarkRunner.repositoryRoot(tmp)).hasMessageContaining("<module>benchmarks</module>");
    }

    @Test
    void commandLineOverridesTheDefaults() throws Exception {
        Options defaults = BenchmarkRunner.options(new CommandLineOptions(), List.of(BenchmarkSet.values()));
        assertThat(defaults.getForkCount().get()).isEqualTo(1);
        assertThat(defaults.getThreads().get()).isEqualTo(1);
        assertThat(defaults.getIncludes()).containsExactly(
                "io\\.vectwin\\.benchmarks\\.LinkEvaluationBenchmark\\.",
                "io\\.vectwin\\.benchmarks\\.QuantumCircuitBenchmark\\.",
                "io\\.vectwin\\.benchmarks\\.LstmInferenceBenchmark\\.");

        Options quick = BenchmarkRunner.options(new CommandLineOptions("-wi", "1", "-i", "2", "-f", "0", "v2b"),
                List.of(BenchmarkSet.LINK));
        assertThat(quick.getWarmupIterations().get()).isEqualTo(1);
        assertThat(quick.getMeasurementIterations().get()).isEqualTo(2);
        assertThat(quick.getForkCount().get()).isZero();
        assertThat(quick.getIncludes()).containsExactly("v2b");
    }

    @Test
    void setSelectsTheBenchmarksAndIsRemovedFromTheJmhArguments() {
        List<String> args = new ArrayList<>(List.of("-wi", "1", "--set", "quantum", "-i", "2"));
        assertThat(BenchmarkRunner.takeSets(args)).containsExactly(BenchmarkSet.QUANTUM);
        assertThat(args).containsExactly("-wi", "1", "-i", "2");
        assertThat(BenchmarkRunner.takeSets(new ArrayList<>(List.of("--set", "ALL")))).containsExactly(BenchmarkSet.values());
        assertThat(BenchmarkRunner.takeSets(new ArrayList<>())).containsExactly(BenchmarkSet.values());
        assertThat(BenchmarkRunner.takeSets(new ArrayList<>(List.of("--set", "lstm")))).containsExactly(BenchmarkSet.LSTM);
        assertThatThrownBy(() -> BenchmarkRunner.takeSets(new ArrayList<>(List.of("--set", "e2e"))))
                .hasMessage("unknown benchmark set 'e2e' (known: link, quantum, lstm, all)");
        assertThatThrownBy(() -> BenchmarkRunner.takeSets(new ArrayList<>(List.of("--set"))))
                .hasMessageContaining("--set needs a value");
        assertThatThrownBy(() -> BenchmarkRunner.takeSets(new ArrayList<>(List.of("--set", "link", "--set", "quantum"))))
                .hasMessage("--set may be given once");
    }

    @Test
    void setsOwnTheirBenchmarksByClass() {
        assertThat(BenchmarkSet.QUANTUM.owns("io.vectwin.benchmarks.QuantumCircuitBenchmark.forward")).isTrue();
        assertThat(BenchmarkSet.LINK.owns("io.vectwin.benchmarks.QuantumCircuitBenchmark.forward")).isFalse();
        assertThat(BenchmarkSet.QUANTUM.target("forward")).hasValue(500_000.0);
        assertThat(BenchmarkSet.QUANTUM.target("forwardAndGradient")).isEmpty();
        assertThat(BenchmarkSet.LINK.description("v2bUmaSimo")).contains("UMa");
    }
}

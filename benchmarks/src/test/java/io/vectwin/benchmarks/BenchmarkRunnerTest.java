package io.vectwin.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Options defaults = BenchmarkRunner.options(new CommandLineOptions());
        assertThat(defaults.getForkCount().get()).isEqualTo(1);
        assertThat(defaults.getThreads().get()).isEqualTo(1);
        assertThat(defaults.getIncludes()).containsExactly(LinkEvaluationBenchmark.class.getName() + "\\.");

        Options quick = BenchmarkRunner.options(new CommandLineOptions("-wi", "1", "-i", "2", "-f", "0", "v2b"));
        assertThat(quick.getWarmupIterations().get()).isEqualTo(1);
        assertThat(quick.getMeasurementIterations().get()).isEqualTo(2);
        assertThat(quick.getForkCount().get()).isZero();
        assertThat(quick.getIncludes()).containsExactly("v2b");
    }
}

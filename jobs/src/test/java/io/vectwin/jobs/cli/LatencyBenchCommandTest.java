package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.jobs.config.TwinJobConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument errors of {@code bench latency}, caught before anything starts. */
class LatencyBenchCommandTest {

    @Test
    void aRateThatIsNoNumberIsOneLineNamingTheOption() {
        CliRun run = CliRun.of("bench", "latency", "--rates", "1000,5k", "--no-write");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).containsExactly("vectwin bench latency: --rates: '5k' is not a number");
    }

    @Test
    void aRateMustBePositive() {
        CliRun run = CliRun.of("bench", "latency", "--rates", "0", "--no-write");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("--rates").contains("positive");
    }

    @Test
    void aMissingResultsDirectoryIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        CliRun run = CliRun.of("bench", "latency", "--results-dir", missing.toString());
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("vectwin bench latency: --results-dir: no such directory " + missing);
    }

    @Test
    void unknownPolicyIsRefusedBeforeAnythingStarts() {
        CliRun run = CliRun.of("bench", "latency", "--policy", "oracle", "--no-write");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("vectwin bench latency: --policy: unknown policy");
    }

    @Test
    void configurationNamesPolicyAndTwin() {
        TwinJobConfig job = TwinJobConfig.defaults("x").withPolicy("random");
        assertThat(LatencyBenchCommand.configurationName(job)).isEqualTo("random, twin without LSTM");
        assertThat(LatencyBenchCommand.configurationName(job.withTwin(job.twin().withEnabled(false))))
                .isEqualTo("random, no twin");
        assertThat(LatencyBenchCommand.configurationName(job.withTwin(job.twin().withLstmModelFile("m.zip"))))
                .isEqualTo("random, LSTM twin");
    }
}

package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument errors of the demo, caught before anything starts. */
class DemoCommandTest {

    @Test
    void unknownPolicyIsOneLineNamingTheOption() {
        CliRun run = CliRun.of("demo", "--policy", "oracle");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).containsExactly("vectwin demo: --policy: unknown policy 'oracle' (known: greedy, random, quantum, ppo, ddpg)");
    }

    @Test
    void theQuantumPolicyNeedsAModelFile() {
        CliRun run = CliRun.of("demo", "--policy", "quantum");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("vectwin demo: --model: policy 'quantum' needs a model file");
    }

    @Test
    void aBadJobConfigFileNamesTheFileAndTheKey(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("job.properties");
        Files.writeString(f, "bufer.timeout.ms=1\n");
        CliRun run = CliRun.of("demo", "--job-config", f.toString());
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("vectwin demo: --job-config: " + f + ": unknown key 'bufer.timeout.ms'");
    }

    @Test
    void noEdgeNodesIsRefusedUnderTheOptionThatCausedIt() {
        CliRun run = CliRun.of("demo", "--uavs", "0", "--base-stations", "0");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("vectwin demo: --uavs: ");
    }
}

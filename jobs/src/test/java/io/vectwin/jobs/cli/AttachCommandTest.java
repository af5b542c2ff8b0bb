package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--policy greedy                                              | --bootstrap",
        "--bootstrap h:1 --client-config target/no-such.properties    | --client-config",
        "--bootstrap h:1 --policy nonsense                            | --policy",
        "--bootstrap h:1 --seconds abc                                | --seconds",
    })
    void badArgumentsGiveOneLineNamingTheArgumentAndExitTwo(String args, String option) {
        CliRun run = CliRun.of(("attach " + args.trim()).split("\\s+"));
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("vectwin attach: ").contains(option);
    }
}

package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bootstrap h:1 --vehicles 0                     | --vehicles",
        "--bootstrap h:1 --uavs 0 --base-stations 0       | --uavs",
        "--bootstrap h:1 --rate abc                       | --rate",
        "--vehicles 3                                     | --bootstrap",
    })
    void badArgumentsGiveOneLineNamingTheOptionAndExitTwo(String args, String option) {
        CliRun run = CliRun.of(("simulate " + args.trim()).split("\\s+"));
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("vectwin simulate: ").contains(option);
    }
}

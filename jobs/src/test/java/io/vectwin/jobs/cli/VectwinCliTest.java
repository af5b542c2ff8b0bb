package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectwinCliTest {

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("vectwin ");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("link-budget", "Exit codes");
    }

    @Test
    void helpSubcommandShowsASubcommandsHelp() {
        CliRun run = CliRun.of("help", "link-budget");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--distance-m");
    }

    @Test
    void noCommandIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("vectwin: missing command");
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("simulte");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("vectwin: ").contains("simulte");
    }
}

package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

    /**
     * Switches that are on by default: the bare name keeps them on, the {@code --no-} form turns them off
     * (picocli inverts a negatable option declared under its positive name with a true default).
     */
    @Test
    void negatedSwitchesTurnOffWhatIsOnByDefault() {
        assertThat(this.<LatencyBenchCommand>parsed("bench", "latency").passthrough).isTrue();
        assertThat(this.<LatencyBenchCommand>parsed("bench", "latency", "--passthrough").passthrough).isTrue();
        assertThat(this.<LatencyBenchCommand>parsed("bench", "latency", "--no-passthrough").passthrough).isFalse();
        assertThat(this.<DemoCommand>parsed("demo").webUi).isTrue();
        assertThat(this.<DemoCommand>parsed("demo", "--no-web-ui").webUi).isFalse();
        assertThat(this.<ReplayCommand>parsed("replay", "x.avro").rebase).isTrue();
        assertThat(this.<ReplayCommand>parsed("replay", "x.avro", "--no-rebase").rebase).isFalse();
        assertThat(this.<AttachCommand>parsed("attach", "--bootstrap", "127.0.0.1:9092", "--web-ui").webUi).isTrue();
    }

    /** The command object of the deepest subcommand {@code args} name, after parsing them. */
    @SuppressWarnings("unchecked")
    private <T> T parsed(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        List<CommandLine> commands = VectwinCli.commandLine(sink, sink).parseArgs(args).asCommandLineList();
        return (T) commands.get(commands.size() - 1).getCommand();
    }
}

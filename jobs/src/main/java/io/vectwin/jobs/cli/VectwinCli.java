package io.vectwin.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code vectwin} command line. Each subcommand is one class listed in {@code subcommands}
 * below; adding one needs nothing else: it inherits the one-line error reporting and the exit
 * codes of {@link #run}.
 *
 * <p>Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FAILURE} the command failed while
 * running, {@value #EXIT_USAGE} bad arguments (one line on stderr naming the argument).
 */
@Command(
        name = "vectwin",
        mixinStandardHelpOptions = true,
        versionProvider = VectwinVersion.class,
        description = "A streaming digital twin of a vehicular edge network.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            CommandLine.HelpCommand.class,
            LinkBudgetCommand.class,
            TableIiiCommand.class,
            DemoCommand.class,
            SimulateCommand.class,
            QpnEvalCommand.class,
            TrainLstmCommand.class,
            TrainCommand.class,
            FiguresCommand.class,
            EvalLstmCommand.class,
            PublishModelCommand.class,
            FeedCommand.class,
            AttachCommand.class,
            RecordCommand.class,
            ReplayCommand.class,
            ClusterCommand.class,
            BenchCommand.class,
        },
        footer = {"", "Exit codes: 0 success, 1 failure while running, 2 bad arguments."})
public final class VectwinCli implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Parses and executes {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command tree, for callers that want to inspect it (help rendering, tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new VectwinCli());
        cl.setOut(out);
        cl.setErr(err);
        OneLineErrors errors = new OneLineErrors();
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl;
    }

    /** {@code vectwin} alone: there is nothing to do without a subcommand. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command");
    }
}

package io.vectwin.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Reports every error as exactly one line on stderr, {@code vectwin <command>: <argument>: <reason>},
 * instead of picocli's usage dump or a stack trace: a script calling the CLI gets a message it
 * can show as is, and a human sees at once which argument to fix.
 *
 * <p>Bad arguments exit with {@link VectwinCli#EXIT_USAGE}; a failure while running exits with
 * {@link VectwinCli#EXIT_FAILURE}, its stack trace printed only when the environment variable
 * {@value #STACK_TRACE_ENV} is set (for debugging the CLI itself).
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final String STACK_TRACE_ENV = "VECTWIN_STACKTRACE";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println(oneLine(commandPath(cl) + ": " + describe(ex)));
        cl.getErr().flush();
        return VectwinCli.EXIT_USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println(oneLine(commandPath(cl) + ": error: " + reason));
        if (System.getenv(STACK_TRACE_ENV) != null) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return VectwinCli.EXIT_FAILURE;
    }

    /**
     * "--name: reason" when the exception concerns one argument's value; otherwise picocli's own
     * message (unknown option, missing option, ...), which already quotes the argument.
     */
    static String describe(ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        if (arg != null) {
            if (ex instanceof InvalidArgumentException invalid) {
                return argumentName(arg) + ": " + invalid.reason();
            }
            if (ex.getCause() instanceof TypeConversionException conversion) {
                return argumentName(arg) + ": " + conversion.getMessage();
            }
        }
        return ex.getMessage() + " (see '" + commandPath(ex.getCommandLine()) + " --help')";
    }

    static String argumentName(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** "vectwin link-budget" for a subcommand, "vectwin" for the top level. */
    static String commandPath(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName();
    }

    /** Folds any line breaks so that the report stays one line whatever the message holds. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

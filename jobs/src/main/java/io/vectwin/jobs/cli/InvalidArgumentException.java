package io.vectwin.jobs.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A value that parsed but is not acceptable together with the others (e.g. a path-loss model
 * that does not describe the chosen link). {@link OneLineErrors} reports it as
 * {@code <command>: <option>: <reason>}.
 */
public final class InvalidArgumentException extends ParameterException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param spec   the command whose option is at fault
     * @param option the option's name as the user types it, e.g. {@code --pathloss}
     * @param value  the offending value as text
     * @param reason why, as a sentence fragment without the option name
     */
    public InvalidArgumentException(CommandSpec spec, String option, String value, String reason) {
        super(spec.commandLine(), option + ": " + reason, spec.findOption(option), value);
        if (spec.findOption(option) == null) {
            throw new IllegalArgumentException("command " + spec.qualifiedName() + " has no option " + option);
        }
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}

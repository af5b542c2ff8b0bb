package io.vectwin.jobs.cli;

import io.vectwin.model.reproduction.TableIiiReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin table-iii}: regenerates the paper's Table III from the model for both profiles
 * and writes the Markdown report (by default {@code docs/TABLE_III.md}), so the reproduction
 * figures in the repository always come from a run.
 */
@Command(
        name = "table-iii",
        mixinStandardHelpOptions = true,
        description = {
            "Regenerate the paper's Table III (transmission latency per path-loss model) for both profiles",
            "and write it as Markdown."})
public final class TableIiiCommand implements Callable<Integer> {

    static final String COMMAND = "bin/vectwin table-iii --output docs/TABLE_III.md";

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "docs/TABLE_III.md",
            description = "Where to write the report (default: ${DEFAULT-VALUE}); '-' prints it only.")
    String output;

    @Override
    public Integer call() throws IOException {
        String markdown = TableIiiReport.markdown(COMMAND);
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(output)) {
            out.print(markdown);
        } else {
            Path file = Path.of(output);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            out.println("wrote " + file);
        }
        return VectwinCli.EXIT_OK;
    }
}

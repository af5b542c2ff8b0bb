package io.vectwin.jobs.cli;

import picocli.CommandLine.Command;

/** {@code vectwin bench}: the load tools. The JMH microbenchmarks run from {@code benchmarks/run.sh}. */
@Command(name = "bench", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Load tools that measure the running pipeline (JMH microbenchmarks: benchmarks/run.sh).",
        subcommands = {LatencyBenchCommand.class})
public final class BenchCommand {
}

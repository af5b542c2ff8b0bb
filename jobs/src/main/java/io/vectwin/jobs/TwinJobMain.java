package io.vectwin.jobs;

import io.vectwin.jobs.cli.VectwinCli;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.jobs.config.TwinJobConfigFile;
import io.vectwin.quantum.QuantumPolicies;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The twin decision job as a Flink program: the entry point for {@code flink run}, for application
 * mode (a standalone-job container) and for any cluster that starts a user {@code main}. It takes
 * whatever environment the cluster provides and wires {@link TwinDecisionJob} on the Kafka topics of
 * {@link io.vectwin.jobs.kafka.Topics}.
 *
 * <pre>
 * TwinJobMain --bootstrap HOST:PORT[,HOST:PORT...] [--job-config FILE] [--parallelism N]
 * </pre>
 *
 * Parallelism: {@code --parallelism}, else the job-config file's {@code parallelism}, else the
 * environment's default (so {@code flink run -p N} works). Bad arguments are one line on stderr and
 * exit code {@value VectwinCli#EXIT_USAGE}.
 */
public final class TwinJobMain {

    /** How error lines start. */
    static final String NAME = "vectwin twin job";

    private TwinJobMain() {
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        TwinJobConfig config;
        try {
            config = Arguments.parse(args).config(env.getParallelism());
        } catch (IllegalArgumentException e) {
            System.err.println(NAME + ": " + e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " "));
            System.exit(VectwinCli.EXIT_USAGE);
            return;
        }
        // execute, not executeAsync: attached `flink run` waits for the job, detached (-d) and application mode return
        env.execute(TwinDecisionJob.wireOnKafka(env, config, TwinDecisionJob.KafkaTopics.defaults(), Map.of()));
    }

    /**
     * The program's arguments.
     *
     * @param bootstrap   Kafka bootstrap servers
     * @param jobConfig   properties file of {@link TwinJobConfigFile}, if given
     * @param parallelism operator parallelism, if given
     */
    public record Arguments(String bootstrap, Optional<Path> jobConfig, OptionalInt parallelism) {

        private static final Pattern HOST_PORT = Pattern.compile("[^\\s,:]+:\\d{1,5}");

        public Arguments {
            if (bootstrap == null || bootstrap.isBlank()) {
                throw new IllegalArgumentException("--bootstrap: missing (HOST:PORT[,HOST:PORT...])");
            }
            for (String server : bootstrap.split(",", -1)) {
                String s = server.strip();
                if (!HOST_PORT.matcher(s).matches() || Integer.parseInt(s.substring(s.lastIndexOf(':') + 1)) > 65_535) {
                    throw new IllegalArgumentException("--bootstrap: '" + server + "' is not HOST:PORT");
                }
            }
        }

        /**
         * Parses {@code --name value} pairs.
         *
         * @throws IllegalArgumentException naming the argument at fault
         */
        public static Arguments parse(String[] args) {
            String bootstrap = null;
            Path jobConfig = null;
            Integer parallelism = null;
            for (int i = 0; i < args.length; i += 2) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + ": missing value");
                }
                String value = args[i + 1];
                switch (name) {
                    case "--bootstrap" -> bootstrap = value;
                    case "--job-config" -> jobConfig = Path.of(value);
                    case "--parallelism" -> parallelism = positive(name, value);
                    default -> throw new IllegalArgumentException("unknown argument '" + name
                            + "' (known: --bootstrap, --job-config, --parallelism)");
                }
            }
            return new Arguments(bootstrap, Optional.ofNullable(jobConfig),
                    parallelism == null ? OptionalInt.empty() : OptionalInt.of(parallelism));
        }

        /**
         * The job's configuration: defaults on {@link #bootstrap}, then the job-config file (its
         * {@code bootstrap.servers}, if any, yields to {@code --bootstrap}), then {@code --parallelism};
         * {@code environmentParallelism} unless one of them sets it. The policy
         * is built once here, so a bad name or model file fails before anything is submitted.
         */
        public TwinJobConfig config(int environmentParallelism) {
            TwinJobConfig config = TwinJobConfig.defaults(bootstrap).toBuilder()
                    .parallelism(Math.max(1, environmentParallelism)).build();
            if (jobConfig.isPresent()) {
                // --bootstrap names the cluster the job runs against, whatever the (shared) file says
                try {
                    config = TwinJobConfigFile.apply(config, jobConfig.get()).withBootstrapServers(bootstrap);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--job-config: " + e.getMessage(), e);
                }
            }
            if (parallelism.isPresent()) {
                config = config.toBuilder().parallelism(parallelism.getAsInt()).build();
            }
            try {
                QuantumPolicies.create(config.policy(), config.networkParameters(), config.seed(), config.model());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("policy '" + config.policy() + "': " + e.getMessage(), e);
            }
            return config;
        }

        private static int positive(String name, String value) {
            try {
                int v = Integer.parseInt(value.strip());
                if (v >= 1) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + ": '" + value + "' is not a positive integer");
        }
    }
}

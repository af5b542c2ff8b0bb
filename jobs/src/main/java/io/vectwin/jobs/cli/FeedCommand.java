package io.vectwin.jobs.cli;

import io.vectwin.ingest.feed.FeedFileException;
import io.vectwin.ingest.feed.FeedFormat;
import io.vectwin.ingest.feed.FeedNodeModel;
import io.vectwin.ingest.feed.FeedNodeSource;
import io.vectwin.ingest.feed.FeedOptions;
import io.vectwin.ingest.feed.FeedPacer;
import io.vectwin.ingest.feed.FeedRecordSink;
import io.vectwin.ingest.feed.FeedRejectLog;
import io.vectwin.ingest.feed.FeedRun;
import io.vectwin.ingest.feed.FeedSummary;
import io.vectwin.ingest.feed.FeedTaskModel;
import io.vectwin.ingest.feed.FeedTimeBase;
import io.vectwin.ingest.feed.GeoPoint;
import io.vectwin.ingest.feed.KafkaFeedSink;
import io.vectwin.ingest.sim.SimulatorConfig;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.model.params.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vectwin feed sumo|gps|json FILE}: plays a real vehicle feed into the twin's topics —
 * telemetry to vec.telemetry, with that of generated edge nodes unless {@code --nodes none},
 * generated task requests to vec.tasks, rejected lines to vec.deadletter — or, with {@code --dry-run}, only parses and converts it and prints the summary.
 * docs/FEEDS.md describes the formats.
 */
@Command(
        name = "feed",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Plays a real vehicle feed (SUMO FCD XML, GPS CSV, or JSON lines; see docs/FEEDS.md) into "
                + "vec.telemetry, with generated edge nodes (--nodes) and task requests generated for the vehicles "
                + "seen on vec.tasks and rejected lines on vec.deadletter; paced by feed time (--speed). --dry-run only "
                + "parses and converts. Prints the summary as JSON (or writes it to --json).")
public final class FeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "sumo|gps|json", converter = FormatConverter.class, description = "Feed format.")
    FeedFormat format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The feed file (read streaming).")
    Path file;

    @Option(names = "--speed", paramLabel = "1|10|max", defaultValue = "1", converter = SpeedConverter.class,
            description = "Feed seconds per wall-clock second, or max (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--dry-run", description = "Parse and convert without Kafka.")
    boolean dryRun;

    @Option(names = "--json", paramLabel = "SUMMARY", description = "Write the summary as JSON to this file.")
    Path summaryJson;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write rejected lines (file:line: reason) here; default: next to --json, else stderr"
                    + " (dry run) or vec.deadletter only (Kafka).")
    Path rejectsFile;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers (unless --dry-run).")
    String bootstrap;

    @Mixin
    ClientConfigOption clientConfig;

    @Option(names = "--origin", paramLabel = "LAT,LON[,ALT]", converter = OriginConverter.class,
            description = "Origin of the local frame for geographic feeds (default: the first fix).")
    GeoPoint origin;

    @Option(names = "--geo", description = "SUMO: x/y are longitude/latitude in degrees (--fcd-output.geo).")
    boolean geo;

    @Option(names = "--rebase-now", description = "Shift feed time so that the first record happens now"
            + " (SUMO feeds always start now).")
    boolean rebaseNow;

    @Option(names = "--task-rate", paramLabel = "TASKS/S", defaultValue = "15", converter = NonNegativeNumber.class,
            description = "Task requests per active vehicle per second; 0 for none (default: ${DEFAULT-VALUE}).")
    double taskRate;

    @Option(names = "--task-window", paramLabel = "S", defaultValue = "2", converter = NonNegativeNumber.class,
            description = "A vehicle issues tasks until this long after its last report (default: ${DEFAULT-VALUE}).")
    double taskWindow;

    @Option(names = "--nodes", paramLabel = "scenario|none", defaultValue = "scenario", converter = NodeSourceConverter.class,
            description = "Edge nodes for the twin to offload to: scenario = --base-stations and --uavs of the profile's"
                    + " scenario centred on the vehicles of the feed's first second, reporting every slot; none ="
                    + " vehicles only (default: ${DEFAULT-VALUE}).")
    FeedNodeSource nodes;

    @Option(names = "--base-stations", paramLabel = "B",
            description = "Base stations of --nodes scenario (default: ${DEFAULT-VALUE}).")
    int baseStations = SimulatorConfig.defaults().baseStations();

    @Option(names = "--uavs", paramLabel = "U", description = "UAVs of --nodes scenario (default: ${DEFAULT-VALUE}).")
    int uavs = SimulatorConfig.defaults().uavs();

    @Option(names = "--profile", paramLabel = "paper|physical", defaultValue = "physical", converter = ProfileConverter.class,
            description = "Profile of the task sizes and complexity and of the nodes' scenario (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the task generator and of the nodes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--telemetry-topic", paramLabel = "T", defaultValue = Topics.TELEMETRY,
            description = "Default: ${DEFAULT-VALUE}.")
    String telemetryTopic;

    @Option(names = "--tasks-topic", paramLabel = "T", defaultValue = Topics.TASKS, description = "Default: ${DEFAULT-VALUE}.")
    String tasksTopic;

    @Option(names = "--deadletter-topic", paramLabel = "T", defaultValue = Topics.DEADLETTER,
            description = "Default: ${DEFAULT-VALUE}.")
    String deadLetterTopic;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!dryRun && (bootstrap == null || bootstrap.isBlank())) {
            throw new InvalidArgumentException(spec, "--bootstrap", "", "is required unless --dry-run");
        }
        if (taskWindow <= 0) {
            throw new InvalidArgumentException(spec, "--task-window", Double.toString(taskWindow), "must be > 0");
        }
        Optional<FeedNodeModel> nodeModel = nodeModel();
        var clientProperties = clientConfig.properties(spec);
        Clock clock = Clock.systemUTC();
        FeedRun.Settings settings = new FeedRun.Settings(format, file, new FeedOptions(Optional.ofNullable(origin), geo),
                new FeedTimeBase(clock.millis(), rebaseNow),
                FeedTaskModel.defaults().withProfile(profile).withRate(taskRate).withActiveWindowSeconds(taskWindow)
                        .withSeed(seed),
                dryRun ? FeedPacer.asFastAsPossible() : FeedPacer.realTime(speed), nodeModel);
        Path rejectsTo = rejectsFile != null ? rejectsFile : dryRun && summaryJson != null ? besideSummary(summaryJson) : null;

        FeedSummary summary;
        try (Writer rejectWriter = rejectsTo == null ? null : Files.newBufferedWriter(createParent(rejectsTo),
                StandardCharsets.UTF_8)) {
            FeedRejectLog rejectLog = rejectWriter != null ? new FeedRejectLog(rejectWriter)
                    : dryRun ? new FeedRejectLog(spec.commandLine().getErr()) : null;
            if (dryRun) {
                summary = FeedRun.run(settings, FeedRecordSink.dryRun(rejectLog));
            } else {
                try (KafkaFeedSink sink = new KafkaFeedSink(bootstrap, clientProperties,
                        new KafkaFeedSink.Topics(telemetryTopic, tasksTopic, deadLetterTopic), file.toString(), rejectLog,
                        clock)) {
                    summary = FeedRun.run(settings, sink);
                }
            }
        }

        if (summaryJson != null) {
            Files.writeString(createParent(summaryJson), summary.toJson(), StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "%s: %d records read, %d accepted, %d rejected, %d vehicles, %.1f s, %d tasks,"
                    + " %d node records%s; wrote %s%s%n", file, summary.recordsRead(), summary.recordsAccepted(),
                    summary.recordsRejected(), summary.vehicles(), summary.timeSpanSeconds(), summary.tasks(),
                    summary.nodes() == null ? 0 : summary.nodes().records(),
                    dryRun ? " (dry run)" : " produced to " + bootstrap, summaryJson,
                    rejectsTo != null && summary.recordsRejected() > 0 ? " and " + rejectsTo : "");
        } else {
            out.print(summary.toJson());
        }
        out.flush();
        if (summary.recordsRead() == 0) {
            throw new FeedFileException(file + " holds no records");
        }
        if (summary.sendFailures() > 0) {
            throw new IllegalStateException(summary.sendFailures() + " records of " + file + " could not be sent to "
                    + bootstrap);
        }
        return VectwinCli.EXIT_OK;
    }

    /** The nodes {@code --nodes}, {@code --uavs}, {@code --base-stations} ask for; a bad count names its option. */
    private Optional<FeedNodeModel> nodeModel() {
        if (nodes == FeedNodeSource.NONE) {
            return Optional.empty();
        }
        if (uavs < 0) {
            throw new InvalidArgumentException(spec, "--uavs", Integer.toString(uavs), "must be >= 0");
        }
        if (baseStations < 0) {
            throw new InvalidArgumentException(spec, "--base-stations", Integer.toString(baseStations), "must be >= 0");
        }
        if (uavs + baseStations == 0) {
            throw new InvalidArgumentException(spec, "--uavs", "0", "--uavs + --base-stations must be >= 1 (or --nodes none)");
        }
        return Optional.of(new FeedNodeModel(profile, uavs, baseStations, seed));
    }

    /** summary.json → summary.rejects.txt, in the same folder. */
    static Path besideSummary(Path summary) {
        String name = summary.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return summary.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".rejects.txt");
    }

    private static Path createParent(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return p;
    }

    public static final class FormatConverter extends ArgumentConverters.Parsing<FeedFormat> {
        public FormatConverter() {
            super(FeedFormat::parse);
        }
    }

    public static final class NodeSourceConverter extends ArgumentConverters.Parsing<FeedNodeSource> {
        public NodeSourceConverter() {
            super(FeedNodeSource::parse);
        }
    }

    public static final class OriginConverter extends ArgumentConverters.Parsing<GeoPoint> {
        public OriginConverter() {
            super(GeoPoint::parse);
        }
    }

    /** A positive number of feed seconds per second, or {@code max} (no pacing). */
    public static final class SpeedConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            if (text.strip().equalsIgnoreCase("max")) {
                return Double.POSITIVE_INFINITY;
            }
            double v = ArgumentConverters.finiteNumber(text);
            if (v <= 0) {
                throw new TypeConversionException("'" + text + "' is not a positive number or max");
            }
            return v;
        }
    }
}

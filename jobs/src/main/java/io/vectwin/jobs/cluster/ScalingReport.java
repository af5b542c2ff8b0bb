package io.vectwin.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The measured part of docs/SCALING.md: a table of decisions/s per parallelism on the multi-process
 * cluster ({@link DecisionRateMeasurement}) with how, where and when it was measured, written between
 * the {@value #SECTION} markers ({@link MarkedSection}).
 */
public final class ScalingReport {

    /** The marker name: {@code <!-- cluster-measure:begin -->} ... {@code <!-- cluster-measure:end -->}. */
    public static final String SECTION = "cluster-measure";

    /**
     * Where and how the figures were taken.
     *
     * @param load    the simulated load, e.g. "100 vehicles, 10 UAVs, 4 base stations, 15 tasks/vehicle/s, physical profile"
     * @param policy  the offloading policy
     * @param command the command line that produced the figures
     */
    public record Context(Instant date, int processors, String java, ClusterLayout layout, String load, String policy,
            double maxWaitSeconds, double warmupSeconds, double measuredSeconds, double slotSeconds, String command) {
    }

    private ScalingReport() {
    }

    /** The Markdown that goes between the markers. */
    public static String render(List<DecisionRateMeasurement.Result> results, Context c) {
        StringBuilder md = new StringBuilder();
        md.append("| parallelism | decisions/s | subtasks requested/s | late for their slot | simulated s per wall-clock s"
                + " | TaskManagers used |\n");
        md.append("|---:|---:|---:|---:|---:|---|\n");
        for (DecisionRateMeasurement.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.1f %% | %.2f | %s |%n", r.parallelism(),
                    r.decisionsPerSecond(), r.subtasksRequested() / r.seconds(),
                    r.decisions() == 0 ? 0.0 : 100.0 * r.late() / r.decisions(), r.simulatedSpeed(c.slotSeconds()),
                    String.join(", ", r.taskManagers())));
        }
        md.append('\n');
        if (results.size() > 1) {
            DecisionRateMeasurement.Result first = results.get(0);
            for (DecisionRateMeasurement.Result r : results.subList(1, results.size())) {
                md.append(String.format(Locale.ROOT, "- parallelism %d gives %.2f× the decisions/s of parallelism %d%n",
                        r.parallelism(), r.decisionsPerSecond() / first.decisionsPerSecond(), first.parallelism()));
            }
        }
        md.append("- date: ").append(c.date().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        md.append("- nproc: ").append(c.processors()).append(", java ").append(c.java()).append('\n');
        md.append(String.format(Locale.ROOT, "- cluster: %d TaskManager JVMs × %d slots, a JobManager JVM, a Kafka broker"
                + " JVM (%d partitions per topic); the simulator in the measuring CLI's JVM%n", c.layout().taskManagers(),
                c.layout().slotsPerTaskManager(), c.layout().partitions()));
        md.append(String.format(Locale.ROOT, "- load: %s, %s policy, simulator in fast mode (closed loop: a slot closes"
                + " once all its subtasks are decided, or after %.1f s); %.0f s warm-up, then %.0f s counted per"
                + " parallelism%n", c.load(), c.policy(), c.maxWaitSeconds(), c.warmupSeconds(), c.measuredSeconds()));
        md.append("- command: `").append(c.command()).append("`\n");
        return md.toString();
    }

    /** Rewrites the marked section of {@code doc} with {@code body}. */
    public static void write(Path doc, String body) {
        try {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Files.writeString(doc, MarkedSection.replace(text, SECTION, body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + doc, e);
        }
    }

    /**
     * Checks that {@code doc} can be rewritten, before a long measurement.
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static void checkWritable(Path doc) {
        String text;
        try {
            text = Files.readString(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(doc + ": cannot read: " + e.getMessage(), e);
        }
        try {
            MarkedSection.check(text, SECTION);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(doc + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(doc)) {
            throw new IllegalArgumentException(doc + ": not writable");
        }
    }
}

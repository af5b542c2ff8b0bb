package io.vectwin.jobs.bench;

import io.vectwin.jobs.bench.PhaseResult.Subject;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * An open-loop latency run against a running twin job: for each offered rate, task requests go
 * to {@code vec.tasks} on a fixed schedule and every decision consumed from
 * {@code vec.decisions} ends one latency measurement; at the same rates, the same requests go
 * through a bare Kafka copy ({@link PassthroughRelay}) as the reference.
 *
 * <p>Order: a warm-up of the pipeline (and of the passthrough) at the lowest rate, nothing
 * measured; then every passthrough phase, then every pipeline phase, rates ascending. The
 * passthrough goes first because an overloaded pipeline leaves a backlog that would disturb
 * whatever runs after it; the pipeline's own phases run in ascending order so a backlog only
 * ever follows a rate that was already beyond saturation. Each phase starts with a ramp whose
 * requests are not measured, and ends with a drain that waits for the last answers; what is
 * still unanswered then is lost.
 */
public final class LatencyBench {

    /** Requests of the passthrough phases. */
    public static final String PASSTHROUGH_REQUESTS = "vec.bench.requests";
    /** The passthrough's copies of them. */
    public static final String PASSTHROUGH_COPIES = "vec.bench.copies";
    /** The URLLC latency threshold ϱ of Table II, against which the saturation point is taken. */
    public static final double THRESHOLD_MS = 10.0;

    /** The window over which the warm-up judges the JIT's activity. */
    public static final double JIT_WINDOW_SECONDS = 10;

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final double PASSTHROUGH_WARMUP_SECONDS = 3;
    /** Thread groups on a phase's console line, and how much of each name. */
    private static final int CONSOLE_THREAD_GROUPS = 8;
    private static final int CONSOLE_THREAD_NAME = 48;

    /**
     * @param rates         offered rates, requests (= subtask decisions) per second
     * @param seconds       measured seconds per phase
     * @param rampSeconds   unmeasured seconds at the start of each phase
     * @param warmupSeconds least unmeasured seconds of pipeline load before the first phase
     * @param warmupMaxSeconds most: the warm-up goes on past {@code warmupSeconds} until the JIT
     *                      compilers took less than {@code jitSettledPercent} of a core over the
     *                      last {@link #JIT_WINDOW_SECONDS}, or until this
     * @param jitSettledPercent the JIT activity, % of one core, below which the JVM counts as warm
     * @param drainSeconds  longest wait for the last answers of a phase
     * @param passthrough   whether to measure the passthrough reference
     * @param everySeconds  seconds between progress lines
     * @param passthroughLinger the {@code linger.ms} of the passthrough's producer: the twin job's
     *                      sink linger ({@code TwinJobConfig.sinkLinger}), so both send alike
     */
    public record Settings(List<Double> rates, double seconds, double rampSeconds, double warmupSeconds,
            double warmupMaxSeconds, double jitSettledPercent, double drainSeconds, boolean passthrough,
            double everySeconds, Duration passthroughLinger) {

        public Settings {
            rates = List.copyOf(rates);
            if (rates.isEmpty() || rates.stream().anyMatch(r -> !(r > 0) || r.isInfinite())) {
                throw new IllegalArgumentException("rates must be positive numbers, at least one: " + rates);
            }
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("seconds must be positive: " + seconds);
            }
            if (rampSeconds < 0 || warmupSeconds < 0 || drainSeconds < 0 || !(everySeconds > 0)) {
                throw new IllegalArgumentException("ramp, warm-up and drain must not be negative, every must be positive");
            }
            if (passthroughLinger == null || passthroughLinger.isNegative()) {
                throw new IllegalArgumentException("the passthrough's linger must be >= 0, got " + passthroughLinger);
            }
            if (warmupMaxSeconds < warmupSeconds) {
                throw new IllegalArgumentException("the longest warm-up (" + warmupMaxSeconds
                        + " s) is shorter than the shortest (" + warmupSeconds + " s)");
            }
        }

        double lowestRate() {
            return rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        List<Double> ascending() {
            return rates.stream().sorted().distinct().toList();
        }
    }

    private final Settings settings;
    private final String bootstrap;
    private final Map<String, String> clientProperties;
    private final BenchTasks tasks;
    private final PrintWriter out;
    private final Path hdrDir;
    private final String runId = "bench-" + Long.toString(System.currentTimeMillis(), 36);

    /**
     * @param hdrDir where the HdrHistogram interval logs go (one per phase), or null for none
     */
    public LatencyBench(Settings settings, String bootstrap, Map<String, String> clientProperties, BenchTasks tasks,
            PrintWriter out, Path hdrDir) {
        this.settings = settings;
        this.bootstrap = bootstrap;
        this.clientProperties = Map.copyOf(clientProperties);
        this.tasks = tasks;
        this.out = out;
        this.hdrDir = hdrDir;
    }

    /**
     * Runs every phase; the twin job must be running at the bootstrap servers. The interval logs a
     * previous run left in {@code hdrDir} go first: kept beside this run's, logs of rates it did not
     * measure would pass for its own.
     */
    public List<RateResult> run() throws Exception {
        if (hdrDir != null && Files.isDirectory(hdrDir)) {
            try (DirectoryStream<Path> old = Files.newDirectoryStream(hdrDir, "*.hlog")) {
                for (Path log : old) {
                    Files.delete(log);
                }
            }
        }
        ExecutorService senderThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-sender");
            t.setDaemon(true);
            return t;
        });
        AvroSingleObjectSerde<OffloadingDecision> decisions = AvroSingleObjectSerde.forSpecific(OffloadingDecision.class);
        AvroSingleObjectSerde<TaskRequest> requests = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
        try (OpenLoopSender sender = new OpenLoopSender(bootstrap, clientProperties, tasks);
             AnswerCollector decided = new AnswerCollector(bootstrap, clientProperties, Topics.DECISIONS,
                     bytes -> answer(decisions.decode(bytes)));
             PassthroughRelay relay = settings.passthrough()
                     ? new PassthroughRelay(bootstrap, clientProperties, PASSTHROUGH_REQUESTS, PASSTHROUGH_COPIES,
                             settings.passthroughLinger()) : null;
             AnswerCollector copied = settings.passthrough()
                     ? new AnswerCollector(bootstrap, clientProperties, PASSTHROUGH_COPIES,
                             bytes -> new AnswerCollector.Answer(requests.decode(bytes).getTaskId(), true)) : null) {
            Phases phases = new Phases(sender, senderThread, decided, copied);
            double lowest = settings.lowestRate();
            if (settings.warmupMaxSeconds() > 0) {
                phases.run(Subject.PIPELINE, lowest, 0, settings.warmupMaxSeconds(), "warm-up");
                if (settings.passthrough()) {
                    phases.run(Subject.PASSTHROUGH, lowest, 0, PASSTHROUGH_WARMUP_SECONDS, "warm-up");
                }
            }
            List<PhaseResult> passthrough = new ArrayList<>();
            if (settings.passthrough()) {
                for (double rate : settings.ascending()) {
                    passthrough.add(phases.run(Subject.PASSTHROUGH, rate, settings.seconds(), settings.rampSeconds(), null));
                }
            }
            List<RateResult> results = new ArrayList<>();
            List<Double> rates = settings.ascending();
            for (int i = 0; i < rates.size(); i++) {
                PhaseResult pipeline = phases.run(Subject.PIPELINE, rates.get(i), settings.seconds(), settings.rampSeconds(), null);
                results.add(new RateResult(rates.get(i), pipeline,
                        passthrough.isEmpty() ? Optional.empty() : Optional.of(passthrough.get(i))));
            }
            return results;
        } finally {
            senderThread.shutdownNow();
        }
    }

    /** Runs phases with the run's clients. */
    private final class Phases {
        private final OpenLoopSender sender;
        private final ExecutorService senderThread;
        private final AnswerCollector decided;
        private final AnswerCollector copied;

        Phases(OpenLoopSender sender, ExecutorService senderThread, AnswerCollector decided, AnswerCollector copied) {
            this.sender = sender;
            this.senderThread = senderThread;
            this.decided = decided;
            this.copied = copied;
        }

        /**
         * One phase of {@code rampSeconds + seconds} at {@code rate}; {@code label} non-null marks
         * a warm-up (nothing measured, no log).
         */
        PhaseResult run(Subject subject, double rate, double seconds, double rampSeconds, String label)
                throws Exception {
            boolean warmUp = label != null;
            // only the pipeline's warm-up waits for the JIT; the passthrough's is a fixed short one
            boolean untilJitSettles = warmUp && subject == Subject.PIPELINE;
            JitActivity jit = new JitActivity(JIT_WINDOW_SECONDS);
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            String phase = runId + "-" + subject.key() + "-" + (warmUp ? "warmup" : "") + Math.round(rate);
            String topic = subject == Subject.PIPELINE ? Topics.TASKS : PASSTHROUGH_REQUESTS;
            AnswerCollector collector = subject == Subject.PIPELINE ? decided : copied;
            OpenLoopSchedule schedule = new OpenLoopSchedule(rate, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
            long total = schedule.requestsIn(rampSeconds + seconds);
            long ramp = warmUp ? total : schedule.requestsIn(rampSeconds);
            PhaseTally tally = new PhaseTally(phase, schedule, total, ramp);
            collector.track(tally);
            String name = String.format(Locale.ROOT, "%s %s at %.0f/s", warmUp ? label : "", subject.key(), rate).strip();
            out.printf(Locale.ROOT, "%s: %s%s%n", name, untilJitSettles
                    ? String.format(Locale.ROOT, "%.0f–%.0f s, until the JIT compilers take less than %.0f %% of a core",
                            settings.warmupSeconds(), settings.warmupMaxSeconds(), settings.jitSettledPercent())
                    : String.format(Locale.ROOT, "%.0f s", rampSeconds + seconds),
                    warmUp ? " (not measured)" : String.format(Locale.ROOT, ", the first %.0f s not measured", rampSeconds));
            out.flush();

            ProcessUsage usage = new ProcessUsage();
            long errorsBefore = sender.sendErrors();
            CompletableFuture<OpenLoopSender.Sent> sending = CompletableFuture.supplyAsync(
                    () -> sender.send(topic, phase, schedule, total,
                            () -> stop.get() || Thread.currentThread().isInterrupted()),
                    senderThread);
            try (IntervalLog log = warmUp || hdrDir == null ? IntervalLog.NONE
                    : IntervalLog.open(hdrDir.resolve(subject.key() + "-" + Math.round(rate) + ".hlog"), name)) {
                long started = System.nanoTime();
                long lastLine = started;
                long drainDeadline = Long.MAX_VALUE;
                while (true) {
                    Thread.sleep(TICK.toMillis());
                    usage.sample();
                    jit.sample();
                    Histogram interval = tally.takeInterval();
                    log.write(interval);
                    long now = System.nanoTime();
                    if (sending.isDone() && drainDeadline == Long.MAX_VALUE) {
                        drainDeadline = now + (long) (settings.drainSeconds() * 1e9);
                    }
                    if (untilJitSettles && !stop.get() && (now - started) / 1e9 >= settings.warmupSeconds() && jit.full()
                            && jit.percent() < settings.jitSettledPercent()) {
                        stop.set(true);
                        out.printf(Locale.ROOT, "  JIT settled after %.0f s: %.1f %% of a core over the last %.0f s%n",
                                (now - started) / 1e9, jit.percent(), JIT_WINDOW_SECONDS);
                    }
                    if (now - lastLine >= settings.everySeconds() * 1e9) {
                        lastLine = now;
                        PhaseTally.Counts c = tally.counts();
                        out.printf(Locale.ROOT, "  t=%4.0fs answered %d of %d measured (%d in all), last second p50 %s p99 %s,"
                                        + " JIT %.0f %%%s%n",
                                (now - started) / 1e9, c.answered(), c.measured(), tally.answeredInAll(), ms(interval, 50),
                                ms(interval, 99), jit.percent(), sending.isDone() ? " (draining)" : "");
                        out.flush();
                    }
                    if (sending.isDone() && (tally.completeUpTo(sending.get().count()) || now >= drainDeadline)) {
                        break;
                    }
                    checkAlive(collector);
                }
                log.write(tally.takeInterval());
            }
            if (untilJitSettles && !stop.get()) {
                out.printf(Locale.ROOT, "  warning: the JIT compilers still took %.0f %% of a core after the longest warm-up"
                        + " (%.0f s); the first rates may be measured on a JVM that is still compiling%n",
                        jit.percent(), settings.warmupMaxSeconds());
            }
            PhaseResult result = PhaseResult.of(subject, rate, tally.counts(), usage.finish(), sending.get().maxLag(),
                    sender.sendErrors() - errorsBefore);
            if (!warmUp) {
                out.printf(Locale.ROOT, "  %s: achieved %.0f/s (%.0f records out/s), p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms,"
                                + " max %.1f ms, lost %d, CPU %.0f %%, JIT %.0f %%, heap %.0f MiB%n",
                        name, result.achievedPerSecond(), result.outputsPerSecond(), result.p50Ms(), result.p99Ms(), result.p999Ms(),
                        result.maxMs(), result.lost(), result.cpuPercent(), result.jitPercent(), result.heapMaxMib());
                out.printf(Locale.ROOT, "    CPU by thread (cores): %s%n",
                        ThreadCpuShares.summary(result.threadCpu(), CONSOLE_THREAD_GROUPS, CONSOLE_THREAD_NAME));
                out.flush();
            }
            return result;
        }
    }

    private static void checkAlive(AnswerCollector collector) {
        if (collector.failure() != null) {
            throw new IllegalStateException("reading the answers failed: " + collector.failure(), collector.failure());
        }
    }

    private static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", h.getValueAtPercentile(percentile) / 1e3);
    }

    /** The HdrHistogram interval log of one phase (values in µs; max column in ms). */
    private static class IntervalLog implements AutoCloseable {
        static final IntervalLog NONE = new IntervalLog(null, 0);

        private final HistogramLogWriter writer;
        private final long startMillis;
        private long intervalStartMillis;

        private IntervalLog(HistogramLogWriter writer, long startMillis) {
            this.writer = writer;
            this.startMillis = startMillis;
            this.intervalStartMillis = startMillis;
        }

        static IntervalLog open(Path file, String name) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            HistogramLogWriter w = new HistogramLogWriter(file.toFile());
            long now = System.currentTimeMillis();
            w.outputComment("vectwin bench latency: " + name + "; latency from a request's due time to its answer,"
                    + " values in microseconds, max column in milliseconds");
            w.outputLogFormatVersion();
            w.outputStartTime(now);
            w.setBaseTime(now);
            w.outputBaseTime(now);
            w.outputLegend();
            return new IntervalLog(w, now);
        }

        void write(Histogram interval) {
            if (writer == null) {
                return;
            }
            long now = System.currentTimeMillis();
            interval.setStartTimeStamp(intervalStartMillis);
            interval.setEndTimeStamp(now);
            writer.outputIntervalHistogram((intervalStartMillis - startMillis) / 1e3, (now - startMillis) / 1e3,
                    interval, 1e3);
            intervalStartMillis = now;
        }

        @Override
        public void close() {
            if (writer != null) {
                writer.close();
            }
        }
    }

    /**
     * What a decision says: its task, answered by the decision of segment 0. A policy that cuts the
     * one subtask of a request into m segments (eq. 58's D_{i,j}) sends m decisions at once; the
     * others answer nothing (they are not duplicate answers) but count as decisions.
     */
    private static AnswerCollector.Answer answer(OffloadingDecision d) {
        return new AnswerCollector.Answer(d.getTaskId(), d.getSubtaskIndex() == 0);
    }
}

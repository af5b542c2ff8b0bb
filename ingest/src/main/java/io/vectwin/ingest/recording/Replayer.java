package io.vectwin.ingest.recording;

import io.vectwin.ingest.sim.RecordKeys;
import io.vectwin.model.params.Require;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.RecordedEvent;
import io.vectwin.schemas.TaskRequest;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Replays recordings: every payload goes to its topic (key as the simulator sets it,
 * {@link RecordKeys}), in file order, one file after the other, keeping the relative timing of
 * {@code recordedAtMillis} scaled by a speed (1 = as recorded, 10 = ten times faster,
 * {@link #MAX_SPEED} = no waiting).
 *
 * <p>The files and passes form one timeline: a file starts after the previous one's last record
 * plus the previous file's smallest gap between records (one slot for a simulator recording), and
 * each record is due at a fixed start instant plus its timeline position divided by the speed.
 * Scheduling against that fixed instant, not against the previous record, keeps delays from
 * adding up: a replay that falls behind sends what is due at once and is back on schedule.
 *
 * <p>Rebasing ({@link Options#rebase}) makes a replay look live: event times move so that the
 * timeline starts at the replay's start (see {@link LiveRebase}; at speeds other than 1, event
 * time still advances at the recorded pace, so that motion and timing inside the records stay
 * consistent). Without it the records go out exactly as recorded, Kafka timestamp =
 * {@code recordedAtMillis}.
 *
 * <p>All files are opened and read once before the first record is sent, so a missing, foreign
 * or corrupt file fails the replay before anything went out. Not thread-safe, except
 * {@link #stop()}.
 */
public final class Replayer implements AutoCloseable {

    /** Speed meaning "as fast as the target takes them". */
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;
    /** Passes meaning "until stopped" ({@code --loop}). */
    public static final long FOREVER = Long.MAX_VALUE;

    /**
     * How to replay.
     *
     * @param speed         time compression factor, &gt; 0, or {@link #MAX_SPEED}
     * @param passes        how many times the list of files is replayed, ≥ 1, or {@link #FOREVER}
     * @param rebase        shift event times so the replay looks live (see {@link LiveRebase})
     * @param topics        where each logical topic goes
     * @param progressEvery how often the progress listener is called (wall clock)
     */
    public record Options(double speed, long passes, boolean rebase, TopicNames topics, Duration progressEvery) {

        public Options {
            if (!(speed > 0)) {
                throw new IllegalArgumentException("speed must be > 0, got " + speed);
            }
            if (passes < 1) {
                throw new IllegalArgumentException("passes must be >= 1, got " + passes);
            }
            Require.notNull("topics", topics);
            Require.notNull("progressEvery", progressEvery);
        }

        /** Once, at recorded speed, as recorded, to the pipeline's topics, progress every second. */
        public static Options defaults() {
            return new Options(1.0, 1, false, TopicNames.defaults(), Duration.ofSeconds(1));
        }

        public Options withSpeed(double s) {
            return new Options(s, passes, rebase, topics, progressEvery);
        }

        public Options withPasses(long p) {
            return new Options(speed, p, rebase, topics, progressEvery);
        }

        public Options withRebase(boolean r) {
            return new Options(speed, passes, r, topics, progressEvery);
        }

        public Options withTopics(TopicNames t) {
            return new Options(speed, passes, rebase, t, progressEvery);
        }

        public Options withProgressEvery(Duration d) {
            return new Options(speed, passes, rebase, topics, d);
        }
    }

    /**
     * Where a replay stands.
     *
     * @param sent            records sent so far
     * @param total           records of all passes ({@code -1} when looping forever)
     * @param passesCompleted passes done so far
     * @param passFraction    share of the pass under way sent, in [0, 1] (1 once the last pass is done)
     * @param elapsedSeconds  wall-clock time since the first record
     */
    public record Progress(long sent, long total, long passesCompleted, double passFraction, double elapsedSeconds) {

        /** Records per second so far. */
        public double ratePerSecond() {
            return elapsedSeconds > 0 ? sent / elapsedSeconds : 0.0;
        }
    }

    /**
     * What a replay did.
     *
     * @param telemetry      telemetry records sent
     * @param tasks          task requests sent
     * @param passes         passes completed
     * @param elapsedSeconds wall-clock time from the first send to the end of the final flush
     * @param stopped        whether {@link #stop()} ended it early
     */
    public record Result(long telemetry, long tasks, long passes, double elapsedSeconds, boolean stopped) {

        public long records() {
            return telemetry + tasks;
        }

        /** Achieved records per second. */
        public double ratePerSecond() {
            return elapsedSeconds > 0 ? records() / elapsedSeconds : 0.0;
        }
    }

    private final List<RecordingReader> readers;
    private final List<RecordingSummary> summaries;
    private final Options options;
    private final AvroSingleObjectSerde<EntityTelemetry> telemetrySerde = AvroSingleObjectSerde.forSpecific(EntityTelemetry.class);
    private final AvroSingleObjectSerde<TaskRequest> taskSerde = AvroSingleObjectSerde.forSpecific(TaskRequest.class);
    private volatile boolean stopRequested;

    /**
     * Opens and reads every file once.
     *
     * @throws RecordingFileException for the first file that is not a readable recording
     */
    public Replayer(List<Path> files, Options options) {
        Require.notNull("files", files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no recording to replay");
        }
        this.options = Require.notNull("options", options);
        List<RecordingReader> opened = new ArrayList<>();
        List<RecordingSummary> scanned = new ArrayList<>();
        try {
            for (Path f : files) {
                RecordingReader r = RecordingReader.open(f);
                opened.add(r);
                scanned.add(RecordingSummary.of(r));
            }
        } catch (RuntimeException e) {
            opened.forEach(RecordingReader::close);
            throw e;
        }
        this.readers = List.copyOf(opened);
        this.summaries = List.copyOf(scanned);
    }

    /** Each file's summary, in order. */
    public List<RecordingSummary> summaries() {
        return summaries;
    }

    /** The header metadata of the first file. */
    public Map<String, String> firstMetadata() {
        return readers.get(0).metadata();
    }

    /** Records in one pass over the files. */
    public long recordsPerPass() {
        return summaries.stream().mapToLong(RecordingSummary::records).sum();
    }

    /**
     * Replays into {@code target}; returns when every pass is done (and flushed) or {@link #stop()}
     * was called.
     *
     * @param wallClockMillis the clock whose reading at the start the rebased timeline begins at
     * @param progress        called every {@link Options#progressEvery()} and once at the end
     */
    public Result replay(ReplayTarget target, LongSupplier wallClockMillis, Consumer<Progress> progress) {
        Require.notNull("target", target);
        Require.notNull("wallClockMillis", wallClockMillis);
        Require.notNull("progress", progress);
        long perPass = recordsPerPass();
        long total = options.passes() == FOREVER ? -1 : perPass * options.passes();
        long maxSequence = summaries.stream().mapToLong(RecordingSummary::maxSequenceNumber).max().orElse(-1);
        long startNanos = System.nanoTime();
        long liveStartMillis = wallClockMillis.getAsLong();
        long progressEveryNanos = Math.max(1, options.progressEvery().toNanos());
        long nextProgress = startNanos + progressEveryNanos;
        long telemetry = 0;
        long tasks = 0;
        long passesDone = 0;
        long segment = 0;
        long timelineStartMillis = 0; // where the current segment's first record sits on the timeline
        long sentThisPass = 0;
        if (perPass == 0) {
            return new Result(0, 0, options.passes() == FOREVER ? 0 : options.passes(), 0, false);
        }
        replay:
        for (long pass = 0; pass < options.passes(); pass++) {
            sentThisPass = 0;
            for (int f = 0; f < readers.size(); f++) {
                RecordingSummary summary = summaries.get(f);
                if (summary.records() == 0) {
                    continue;
                }
                long recordedStart = summary.firstRecordedAtMillis();
                LiveRebase rebase = options.rebase()
                        ? LiveRebase.forSegment(segment, liveStartMillis + timelineStartMillis, recordedStart, maxSequence)
                        : LiveRebase.NONE;
                for (RecordedEvent e : readers.get(f)) {
                    if (stopRequested) {
                        break replay;
                    }
                    awaitDue(startNanos, timelineStartMillis + (e.getRecordedAtMillis() - recordedStart));
                    long timestamp = rebase.apply(e.getRecordedAtMillis());
                    if (e.getPayload() instanceof EntityTelemetry t) {
                        EntityTelemetry out = rebase.apply(t);
                        target.send(options.topics().telemetry(), RecordKeys.of(out), timestamp, telemetrySerde.encode(out));
                        telemetry++;
                    } else {
                        TaskRequest out = rebase.apply((TaskRequest) e.getPayload());
                        target.send(options.topics().tasks(), RecordKeys.of(out), timestamp, taskSerde.encode(out));
                        tasks++;
                    }
                    sentThisPass++;
                    long now = System.nanoTime();
                    if (now >= nextProgress) {
                        nextProgress = now + progressEveryNanos;
                        progress.accept(new Progress(telemetry + tasks, total, pass, sentThisPass / (double) perPass,
                                (now - startNanos) / 1e9));
                    }
                }
                timelineStartMillis += summary.spanMillis() + summary.smallestGapMillis();
                segment++;
            }
            passesDone++;
        }
        target.flush();
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        progress.accept(new Progress(telemetry + tasks, total, passesDone,
                stopRequested ? sentThisPass / (double) perPass : 1.0, elapsed));
        return new Result(telemetry, tasks, passesDone, elapsed, stopRequested);
    }

    /** Parks until {@code timelineMillis / speed} after the start (at once at maximum speed or when late). */
    private void awaitDue(long startNanos, long timelineMillis) {
        if (options.speed() == MAX_SPEED) {
            return;
        }
        long due = startNanos + (long) (timelineMillis * 1e6 / options.speed());
        long wait;
        while (!stopRequested && (wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Ends the replay before the next record; safe from any thread. */
    public void stop() {
        stopRequested = true;
    }

    /** Closes the files. */
    @Override
    public void close() {
        readers.forEach(RecordingReader::close);
    }
}

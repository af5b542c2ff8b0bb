package io.vectwin.ingest.feed;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.params.Require;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One pass over a feed file: read (streaming), convert to telemetry, generate tasks for the
 * vehicles seen and, if asked, telemetry of edge nodes placed over the feed, pace, hand everything
 * to a {@link FeedRecordSink} in feed-time order, and count. A bad record never stops the run; it
 * is counted and handed to the sink as a reject.
 *
 * <p>With nodes, the vehicle records of the first {@link FeedNodeModel#PLACEMENT_WINDOW_MILLIS}
 * are held back until the window closes (or the feed ends): their extent places the nodes, whose
 * first slot must go out before them. Node slots and task slots both start at the first accepted
 * record; each slot's node records go before its tasks and before vehicle records of the same time.
 */
public final class FeedRun {

    /**
     * @param format   feed format
     * @param file     the feed file
     * @param options  how to read it
     * @param timeBase how feed time becomes event time
     * @param tasks    the task model (rate 0 = no tasks)
     * @param pacer    how fast to play
     * @param nodes    the edge nodes to add, or empty for a feed of vehicles only
     */
    public record Settings(FeedFormat format, Path file, FeedOptions options, FeedTimeBase timeBase, FeedTaskModel tasks,
            FeedPacer pacer, Optional<FeedNodeModel> nodes) {

        public Settings {
            Require.notNull("format", format);
            Require.notNull("file", file);
            Require.notNull("options", options);
            Require.notNull("timeBase", timeBase);
            Require.notNull("tasks", tasks);
            Require.notNull("pacer", pacer);
            Require.notNull("nodes", nodes);
        }
    }

    private final Settings settings;
    private final FeedRecordSink sink;
    private final VehicleIds ids = new VehicleIds();
    private final FeedTaskGenerator tasks;
    private final long slotMillis;
    /** Accepted vehicle records read while the node placement window is open. */
    private final List<TelemetryConverter.Accepted> heldBack = new ArrayList<>();
    private final FeedExtent placementExtent = new FeedExtent();
    private FeedEdgeNodes nodes;
    private long nodeRecords;
    private TelemetryConverter converter;
    private long read;
    private long accepted;
    private long rejected;
    private String firstError;
    private long minFeedMillis = Long.MAX_VALUE;
    private long maxFeedMillis = Long.MIN_VALUE;
    private Long firstEventMillis;

    private FeedRun(Settings settings, FeedRecordSink sink) {
        this.settings = settings;
        this.sink = sink;
        this.tasks = new FeedTaskGenerator(settings.tasks(), new SplittableRandom(settings.tasks().seed()));
        this.slotMillis = Math.round(settings.tasks().slotSeconds() * 1000.0);
    }

    /**
     * Plays {@code settings.file()} into {@code sink}.
     *
     * @throws FeedFileException if the file cannot be read at all (missing, empty, no usable header)
     */
    public static FeedSummary run(Settings settings, FeedRecordSink sink) throws IOException, InterruptedException {
        return new FeedRun(settings, sink).play();
    }

    private FeedSummary play() throws IOException, InterruptedException {
        GeoPoint origin;
        try (FeedReader reader = settings.format().open(settings.file(), settings.options())) {
            while (reader.hasNext()) {
                FeedEntry entry = reader.next();
                read++;
                if (entry instanceof FeedReject r) {
                    reject(r);
                    continue;
                }
                FeedFix fix = (FeedFix) entry;
                if (converter == null) {
                    converter = new TelemetryConverter(ids,
                            settings.timeBase().offsetMillis(settings.format(), fix.timeMillis()));
                }
                TelemetryConverter.Result result = converter.convert(fix);
                if (result instanceof TelemetryConverter.Accepted a) {
                    if (placingNodes()) {
                        if (heldBack.isEmpty() || fix.timeMillis() < heldBack.get(0).feedTimeMillis()
                                + FeedNodeModel.PLACEMENT_WINDOW_MILLIS) {
                            heldBack.add(a);
                            placementExtent.include(fix.x(), fix.y());
                            continue;
                        }
                        placeNodesAndReleaseHeldBack();
                    }
                    play(a);
                } else {
                    reject(((TelemetryConverter.Rejected) result).reject());
                }
            }
            if (placingNodes() && !heldBack.isEmpty()) {
                placeNodesAndReleaseHeldBack();
            }
            origin = reader.origin().orElse(null);
        } finally {
            sink.flush();
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        ids.mapping().forEach((feedId, id) -> mapping.put(feedId, id.toString()));
        double span = accepted == 0 ? 0.0 : (maxFeedMillis - minFeedMillis) / 1000.0;
        FeedSummary.Nodes nodeSummary = nodes == null ? null
                : new FeedSummary.Nodes(nodes.count(), nodeRecords, nodes.baseStationBox().centreX(),
                        nodes.baseStationBox().centreY());
        return new FeedSummary(settings.format(), settings.file().toString(), read, accepted, rejected, ids.size(), span,
                firstError, tasks.tasksIssued(), tasks.subtasksIssued(), firstEventMillis, mapping, origin, sink.failures(),
                nodeSummary);
    }

    /** Whether nodes are wanted and not placed yet. */
    private boolean placingNodes() {
        return nodes == null && settings.nodes().isPresent();
    }

    private void placeNodesAndReleaseHeldBack() throws InterruptedException {
        FeedNodeModel model = settings.nodes().orElseThrow();
        // split: a stream independent of the task generator's, which is seeded with the same --seed
        nodes = new FeedEdgeNodes(model, placementExtent.centreX(), placementExtent.centreY(),
                heldBack.get(0).feedTimeMillis(), new SplittableRandom(model.seed()).split());
        for (TelemetryConverter.Accepted a : heldBack) {
            play(a);
        }
        heldBack.clear();
    }

    /** Hands over an accepted vehicle record when its feed time is due, after the node and task slots before it. */
    private void play(TelemetryConverter.Accepted a) throws InterruptedException {
        long feedMillis = a.feedTimeMillis();
        settings.pacer().awaitFeedTime(feedMillis, slotMillis, this::advanceTo);
        advanceTo(feedMillis);
        sink.telemetry(a.telemetry());
        tasks.observe(a.vehicle(), feedMillis);
        accepted++;
        minFeedMillis = Math.min(minFeedMillis, feedMillis);
        maxFeedMillis = Math.max(maxFeedMillis, feedMillis);
        if (firstEventMillis == null) {
            firstEventMillis = a.telemetry().getEventTimeMillis();
        }
    }

    /** Sends the node records and tasks of every slot that starts at or before {@code feedMillis}, slot by slot. */
    private void advanceTo(long feedMillis) {
        while (nodes != null && nodes.nextSlotMillis() <= feedMillis) {
            FeedEdgeNodes.Slot slot = nodes.next();
            long eventMillis = converter.eventTimeMillis(slot.feedTimeMillis());
            for (EntityState node : slot.nodes()) {
                sink.telemetry(AvroMapping.toTelemetry(node, slot.index(), eventMillis));
                nodeRecords++;
            }
            sendTasksUpTo(slot.feedTimeMillis());
        }
        sendTasksUpTo(feedMillis);
    }

    private void sendTasksUpTo(long feedMillis) {
        for (FeedTaskGenerator.FeedTask t : tasks.issueUpTo(feedMillis)) {
            sink.task(AvroMapping.toAvroTask(t.task(), converter.eventTimeMillis(t.feedTimeMillis())));
        }
    }

    private void reject(FeedReject r) {
        rejected++;
        if (firstError == null) {
            firstError = r.describe();
        }
        sink.reject(r);
    }
}

package io.vectwin.ingest.feed;

import io.vectwin.model.env.TaskGenerator;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.TaskRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Draws task requests for a feed's vehicles slot by slot on the feed's clock, with
 * network-model's {@link TaskGenerator}. Slot 0 starts at the first reported fix; slot n at
 * origin + n·τ. In each slot, every vehicle whose last report is at most the model's active
 * window old may issue one task; vehicles are visited in id order, so the draws — and the tasks —
 * depend only on the seed and the order of the reports, not on how fast the feed is played.
 *
 * <p>Use: before handing over a report at feed time t, call {@link #issueUpTo}(t) (slots up to
 * t, for the vehicles reported so far), then {@link #observe} the report. A player that paces the
 * feed may call {@code issueUpTo} more often, with its feed clock, to send tasks in time; the
 * result is the same.
 */
public final class FeedTaskGenerator {

    /** A task, and the feed time of its creation (ms, for the event-time mapping). */
    public record FeedTask(TaskRequest task, long feedTimeMillis) {
    }

    private final TaskGenerator generator;
    private final RandomGenerator rng;
    private final long slotMillis;
    private final long activeWindowMillis;
    private final double slotSeconds;
    private final boolean enabled;
    private final Map<EntityId, Long> lastReportMillis = new TreeMap<>();
    private long originMillis;
    private boolean started;
    /** Slots 0..nextSlot-1 have been drawn. */
    private long nextSlot;
    private long tasksIssued;
    private long subtasksIssued;

    public FeedTaskGenerator(FeedTaskModel model, RandomGenerator rng) {
        this.generator = new TaskGenerator(model.taskParameters());
        this.rng = rng;
        this.slotSeconds = model.slotSeconds();
        this.slotMillis = Math.round(slotSeconds * 1000.0);
        this.activeWindowMillis = Math.round(model.activeWindowSeconds() * 1000.0);
        this.enabled = model.tasksPerVehiclePerSecond() > 0;
    }

    /** Notes a report of {@code vehicle} at feed time {@code feedMillis}; the first one fixes slot 0. */
    public void observe(EntityId vehicle, long feedMillis) {
        if (!started) {
            started = true;
            originMillis = feedMillis;
            nextSlot = 1; // slot 0 starts with the first report, which no task may precede
        }
        lastReportMillis.merge(vehicle, feedMillis, Math::max);
    }

    /** The tasks of every slot not yet drawn that starts at or before {@code feedMillis}. */
    public List<FeedTask> issueUpTo(long feedMillis) {
        if (!started || !enabled || feedMillis < originMillis) {
            return List.of();
        }
        long lastSlot = (feedMillis - originMillis) / slotMillis;
        List<FeedTask> out = new ArrayList<>();
        for (; nextSlot <= lastSlot; nextSlot++) {
            long slotStart = originMillis + nextSlot * slotMillis;
            forgetInactive(slotStart);
            if (lastReportMillis.isEmpty()) {
                nextSlot = lastSlot; // nobody to draw for until the next report: skip the idle stretch
                continue;
            }
            int slot = Math.toIntExact(nextSlot);
            for (EntityId vehicle : lastReportMillis.keySet()) {
                generator.maybeIssue(vehicle, slot, nextSlot * slotSeconds, rng).ifPresent(task -> {
                    out.add(new FeedTask(task, slotStart));
                    tasksIssued++;
                    subtasksIssued += task.subtasks().size();
                });
            }
        }
        return out;
    }

    private void forgetInactive(long slotStart) {
        for (Iterator<Long> it = lastReportMillis.values().iterator(); it.hasNext(); ) {
            if (slotStart - it.next() > activeWindowMillis) {
                it.remove();
            }
        }
    }

    public long tasksIssued() {
        return tasksIssued;
    }

    public long subtasksIssued() {
        return subtasksIssued;
    }

    /** Feed time of slot 0 (the first report); meaningful once a report was observed. */
    public long originMillis() {
        return originMillis;
    }
}

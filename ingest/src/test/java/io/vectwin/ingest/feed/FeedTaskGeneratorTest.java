package io.vectwin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.geometry.EntityId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedTaskGeneratorTest {

    private static final FeedTaskModel MODEL = FeedTaskModel.defaults().withRate(10).withSeed(3);

    /** Two vehicles reporting every second for 10 s; tasks drawn with the given feed-clock step. */
    private static List<FeedTaskGenerator.FeedTask> play(long tickMillis) {
        FeedTaskGenerator g = new FeedTaskGenerator(MODEL, new SplittableRandom(MODEL.seed()));
        List<FeedTaskGenerator.FeedTask> out = new ArrayList<>();
        for (long t = 0; t <= 10_000; t += 1000) {
            for (long now = t - 1000 + tickMillis; now < t; now += tickMillis) {
                out.addAll(g.issueUpTo(now)); // a pacer's ticks while waiting for the report at t
            }
            out.addAll(g.issueUpTo(t));
            g.observe(EntityId.vehicle(0), t);
            g.observe(EntityId.vehicle(1), t);
        }
        return out;
    }

    @Test
    void tasksDependOnTheSeedAndReportsNotOnHowOftenTheClockTicks() {
        List<FeedTaskGenerator.FeedTask> once = play(1000);
        assertThat(once).isNotEmpty().isEqualTo(play(20)).isEqualTo(play(333));
        // about rate * 10 s * 2 vehicles = 200
        assertThat(once.size()).isBetween(150, 250);
        assertThat(once).allSatisfy(t -> assertThat(t.feedTimeMillis() % 20).isZero());
    }

    @Test
    void vehiclesStopIssuingAfterTheActiveWindow() {
        FeedTaskGenerator g = new FeedTaskGenerator(MODEL.withRate(50), new SplittableRandom(1)); // one task per slot
        g.observe(EntityId.vehicle(0), 0);
        List<FeedTaskGenerator.FeedTask> tasks = g.issueUpTo(60_000);
        // slots 1..100 lie within 2 s of the report
        assertThat(tasks).hasSize(100);
        assertThat(tasks.get(tasks.size() - 1).feedTimeMillis()).isEqualTo(2000);
        assertThat(tasks.get(0).task().taskId()).isEqualTo("v-0/t1");
    }

    @Test
    void rateZeroIssuesNothing() {
        FeedTaskGenerator g = new FeedTaskGenerator(MODEL.withRate(0), new SplittableRandom(1));
        g.observe(EntityId.vehicle(0), 0);
        assertThat(g.issueUpTo(10_000)).isEmpty();
    }
}

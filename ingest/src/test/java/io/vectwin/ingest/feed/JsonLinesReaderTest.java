package io.vectwin.ingest.feed;

import static io.vectwin.ingest.feed.FeedEntries.fixesOf;
import static io.vectwin.ingest.feed.FeedEntries.fixture;
import static io.vectwin.ingest.feed.FeedEntries.readAll;
import static io.vectwin.ingest.feed.FeedEntries.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static final Path JSONL = fixture("telemetry.jsonl");

    @Test
    void rejectsLinesThatBreakTheContractWithLineAndReason() throws IOException {
        List<FeedEntry> entries = readAll(FeedFormat.JSON, JSONL, FeedOptions.defaults());
        assertThat(entries).hasSize(19); // 20 lines, one blank
        assertThat(rejects(entries)).extracting(FeedReject::location).containsExactly(
                JSONL + ":8", JSONL + ":9", JSONL + ":10", JSONL + ":17", JSONL + ":18", JSONL + ":20");
        assertThat(rejects(entries)).extracting(FeedReject::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("not JSON: "),
                r -> assertThat(r).isEqualTo("unknown field 'speed' (see docs/FEEDS.md)"),
                r -> assertThat(r).isEqualTo("missing heading"),
                r -> assertThat(r).isEqualTo("horizontalSpeed \"5.0\" is not a finite number"),
                r -> assertThat(r).isEqualTo("kind \"UAV\" is not VEHICLE (feeds carry vehicles)"),
                r -> assertThat(r).isEqualTo("not a JSON object"));
        assertThat(rejects(entries).get(1).rawText()).contains("\"speed\":10.0");
    }

    @Test
    void fieldsArePassedThroughWithDefaultsForTheOptionalOnes() throws IOException {
        List<FeedEntry> entries = readAll(FeedFormat.JSON, JSONL, FeedOptions.defaults());
        FeedFix b = fixesOf(entries, "shuttle-B").get(1);
        assertThat(b.timeMillis()).isEqualTo(1_700_000_000_600L);
        assertThat(b.y()).isEqualTo(2.5);
        assertThat(b.z()).isZero();
        assertThat(b.slope()).isZero();
        assertThat(b.heading()).isEqualTo(1.570796);
        FeedFix a = fixesOf(entries, "shuttle-A").get(0);
        assertThat(a.verticalSpeed()).isEqualTo(10.0); // default: the path speed
        // the out-of-order line 19 passes the reader; the converter rejects it
        assertThat(fixesOf(entries, "shuttle-A")).hasSize(7);
    }
}

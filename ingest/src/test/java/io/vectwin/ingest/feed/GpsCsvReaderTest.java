package io.vectwin.ingest.feed;

import static io.vectwin.ingest.feed.FeedEntries.fixesOf;
import static io.vectwin.ingest.feed.FeedEntries.fixture;
import static io.vectwin.ingest.feed.FeedEntries.readAll;
import static io.vectwin.ingest.feed.FeedEntries.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.ingest.feed.FieldParsing.BadField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GpsCsvReaderTest {

    private static final Path CSV = fixture("gps-fixes.csv");

    @Test
    void rejectsBrokenLinesWithLineAndReasonAndReadsTheRest() throws IOException {
        List<FeedEntry> entries = readAll(FeedFormat.GPS, CSV, FeedOptions.defaults());
        assertThat(entries).hasSize(35); // 36 lines after the header, one of them empty
        assertThat(rejects(entries)).extracting(FeedReject::describe).containsExactly(
                CSV + ":30: lat '48.16x' is not a number",
                CSV + ":31: missing lon",
                CSV + ":32: timestamp 2014-09-10T06:54:09+02:00 is not after the previous fix of vehicle bus-12 (line 25):"
                        + " out of time order",
                CSV + ":34: has 3 fields, the header has 8",
                CSV + ":35: timestamp '2014-09-10T06:54:30' is neither ISO-8601 with an offset nor epoch milliseconds",
                CSV + ":36: lat 95.0 is outside [-90, 90]");
        assertThat(rejects(entries).get(0).rawText()).isEqualTo("bus-12,2014-09-10T06:54:20+02:00,48.16x,11.5644,,,,");
    }

    @Test
    void derivesSpeedAndHeadingFromConsecutiveFixesWhenAbsent() throws IOException {
        List<FeedFix> bus = fixesOf(readAll(FeedFormat.GPS, CSV, FeedOptions.defaults()), "bus-12");
        assertThat(bus).hasSize(11);
        FeedFix first = bus.get(0);
        assertThat(first.x()).isZero(); // the first fix of the file is the origin
        assertThat(first.y()).isZero();
        assertThat(first.horizontalSpeed()).isZero(); // nothing to derive from yet
        // the fixture moves the bus 10 m east per second
        for (FeedFix f : bus.subList(1, 10)) {
            assertThat(f.horizontalSpeed()).isCloseTo(10.0, within(0.05));
            assertThat(f.heading()).isCloseTo(0.0, within(1e-3));
            assertThat(f.slope()).isZero();
        }
        // the out-of-order and bad lines do not disturb the derivation: the last fix follows line 25 (06:54:16)
        FeedFix last = bus.get(10);
        assertThat(last.timeMillis() - bus.get(9).timeMillis()).isEqualTo(20_000);
        assertThat(last.horizontalSpeed()).isCloseTo(Math.hypot(last.x() - bus.get(9).x(), last.y() - bus.get(9).y()) / 20.0,
                within(1e-12));
    }

    @Test
    void givenSpeedAndNavigationalHeadingAreUsedAndConverted() throws IOException {
        List<FeedFix> taxi = fixesOf(readAll(FeedFormat.GPS, CSV, FeedOptions.defaults()), "taxi 7");
        assertThat(taxi).hasSize(10);
        for (FeedFix f : taxi) {
            assertThat(f.horizontalSpeed()).isEqualTo(5.0);
            assertThat(f.heading()).isCloseTo(Math.PI / 2, within(1e-12)); // heading 0 = north = +y
        }
        assertThat(taxi.get(0).timeMillis()).isEqualTo(1_410_324_847_000L); // epoch millis column
    }

    @Test
    void altitudeGivesHeightAndSlope() throws IOException {
        List<FeedFix> van = fixesOf(readAll(FeedFormat.GPS, CSV, FeedOptions.defaults()), "van");
        assertThat(van).hasSize(8);
        // the fixture climbs 1 m per 10 m towards the south-west, 10 m per 2 s
        FeedFix f = van.get(3);
        assertThat(f.slope()).isCloseTo(Math.atan(0.1), within(2e-3));
        assertThat(f.heading()).isCloseTo(5 * Math.PI / 4, within(2e-3));
        assertThat(f.horizontalSpeed()).isCloseTo(5.0, within(0.05));
        assertThat(f.verticalSpeed() * Math.sin(f.slope())).isCloseTo(0.5, within(0.01)); // climb rate, m/s
        assertThat(f.z() - van.get(2).z()).isCloseTo(1.0, within(0.01));
        // 04:54:07Z is 06:54:07+02:00: the bus and the van start together
        assertThat(van.get(0).timeMillis()).isEqualTo(1_410_324_847_000L);
    }

    @Test
    void originOptionFixesTheFrame() throws IOException {
        FeedOptions options = new FeedOptions(Optional.of(new GeoPoint(48.1635, 11.5671, 0)), false);
        FeedFix first = FeedEntries.fixes(readAll(FeedFormat.GPS, CSV, options)).get(0);
        assertThat(first.x()).isCloseTo(-200.85, within(0.01)); // numpy, LocalTangentPlaneTest
    }

    @Test
    void anUnterminatedQuoteEndsTheFileWithAReject() throws IOException {
        List<FeedEntry> entries = readAll(FeedFormat.GPS, fixture("gps-unterminated-quote.csv"), FeedOptions.defaults());
        assertThat(FeedEntries.fixes(entries)).hasSize(2);
        assertThat(entries).hasSize(3);
        assertThat(((FeedReject) entries.get(2)).reason()).startsWith("malformed CSV, reading stopped: ");
    }

    @Test
    void aHeaderWithoutARequiredColumnIsAFileErrorNamingFileAndColumn() {
        Path file = fixture("gps-no-timestamp-column.csv");
        assertThatThrownBy(() -> FeedFormat.GPS.open(file, FeedOptions.defaults()))
                .isInstanceOf(FeedFileException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("'timestamp'");
    }

    @Test
    void timestampsAreIsoWithOffsetOrEpochMillis() throws BadField {
        assertThat(GpsCsvReader.timestampMillis("2014-09-10T06:54:07+02:00")).isEqualTo(1_410_324_847_000L);
        assertThat(GpsCsvReader.timestampMillis("2014-09-10T04:54:07.250Z")).isEqualTo(1_410_324_847_250L);
        assertThat(GpsCsvReader.timestampMillis("1410324847000")).isEqualTo(1_410_324_847_000L);
        assertThatThrownBy(() -> GpsCsvReader.timestampMillis("2014-09-10 06:54:07+0200")).isInstanceOf(BadField.class);
    }
}

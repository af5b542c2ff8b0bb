package io.vectwin.ingest.feed;

import static io.vectwin.ingest.feed.FeedEntries.fixesOf;
import static io.vectwin.ingest.feed.FeedEntries.fixture;
import static io.vectwin.ingest.feed.FeedEntries.readAll;
import static io.vectwin.ingest.feed.FeedEntries.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SumoFcdReaderTest {

    private static final Path FCD = fixture("sumo-fcd.xml");

    @Test
    void readsEveryVehicleElementAndRejectsTheBrokenOnesWithTheirLines() throws IOException {
        List<FeedEntry> entries = readAll(FeedFormat.SUMO, FCD, FeedOptions.defaults());
        // 15 vehicle elements; the <person> is not a vehicle
        assertThat(entries).hasSize(15);
        assertThat(rejects(entries)).extracting(FeedReject::describe).containsExactly(
                FCD + ":15: speed 'fast' is not a number",
                FCD + ":16: missing angle",
                FCD + ":20: timestep time 'soon' is not a number (timestep at line 19)");
        assertThat(rejects(entries).get(0).rawText()).startsWith("<vehicle id=\"car.0\"").contains("speed=\"fast\"");
        // the duplicate truck report is the converter's business (out of time order), not the reader's
        assertThat(fixesOf(entries, "truck.7")).hasSize(5);
    }

    @Test
    void mapsPositionTimeAngleSpeedAndSlopeOntoTheModel() throws IOException {
        List<FeedEntry> entries = readAll(FeedFormat.SUMO, FCD, FeedOptions.defaults());
        FeedFix north = fixesOf(entries, "car.0").get(1);
        assertThat(north.location()).isEqualTo(FCD + ":9");
        assertThat(north.timeMillis()).isEqualTo(1000);
        assertThat(north.x()).isEqualTo(100.0);
        assertThat(north.y()).isEqualTo(210.0);
        assertThat(north.z()).isZero();
        assertThat(north.heading()).isCloseTo(Math.PI / 2, within(1e-12)); // angle 0 = north = +y
        assertThat(north.horizontalSpeed()).isEqualTo(10.0);
        assertThat(north.slope()).isZero();

        FeedFix climbingEast = fixesOf(entries, "car.1").get(1);
        assertThat(climbingEast.z()).isEqualTo(6.75);
        assertThat(climbingEast.heading()).isCloseTo(0.0, within(1e-12)); // angle 90 = east = +x
        double phi = Math.toRadians(5);
        assertThat(climbingEast.slope()).isCloseTo(phi, within(1e-12));
        // 20 m/s along the lane: horizontal 20 cos 5 deg, and the model's V_z sin(phi) = 20 sin 5 deg
        assertThat(climbingEast.horizontalSpeed()).isCloseTo(19.923893961834911, within(1e-9));
        assertThat(climbingEast.verticalSpeed() * Math.sin(climbingEast.slope())).isCloseTo(1.7431148549531632,
                within(1e-9));

        FeedFix southWest = fixesOf(entries, "truck.7").get(0);
        assertThat(southWest.heading()).isCloseTo(5 * Math.PI / 4, within(1e-12)); // angle 225 = south-west
        assertThat(southWest.slope()).isZero(); // no slope attribute
    }

    @Test
    void truncatedXmlStopsWithARejectAtTheLineWhereTheParserGaveUp() throws IOException {
        Path truncated = fixture("sumo-fcd-truncated.xml");
        List<FeedEntry> entries = readAll(FeedFormat.SUMO, truncated, FeedOptions.defaults());
        assertThat(FeedEntries.fixes(entries)).hasSize(3);
        FeedReject last = (FeedReject) entries.get(entries.size() - 1);
        assertThat(last.reason()).startsWith("malformed XML, reading stopped: ");
        assertThat(last.location()).matches(java.util.regex.Pattern.quote(truncated.toString()) + ":(9|10)");
    }

    @Test
    void geoVariantIsProjectedOntoTheLocalPlaneAtTheFirstPosition() throws IOException {
        FeedOptions options = FeedOptions.defaults();
        List<FeedEntry> entries = readAll(FeedFormat.SUMO, fixture("sumo-fcd-geo.xml"), options);
        List<FeedFix> g = fixesOf(entries, "g");
        assertThat(g.get(0).x()).isZero();
        assertThat(g.get(0).y()).isZero();
        // 0.001 deg of longitude at 48.1635 N: 74.389 m (numpy, see LocalTangentPlaneTest's snippet)
        assertThat(g.get(1).x()).isCloseTo(74.389, within(0.01));
        assertThat(g.get(1).y()).isCloseTo(0.0, within(0.01));
    }

    @Test
    void geoOptionReadsXyAsLongitudeLatitudeAroundTheGivenOrigin() throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "geo-xy", ".xml");
        Files.writeString(file, """
                <fcd-export><timestep time="3.5">
                <vehicle id="g" x="11.5671" y="48.1635" angle="90" speed="1"/>
                </timestep></fcd-export>
                """);
        FeedOptions options = new FeedOptions(Optional.of(new GeoPoint(48.1635, 11.5644, 0)), true);
        FeedFix f = (FeedFix) readAll(FeedFormat.SUMO, file, options).get(0);
        assertThat(f.x()).isCloseTo(200.850980, within(1e-5)); // numpy, LocalTangentPlaneTest
        assertThat(f.timeMillis()).isEqualTo(3500);
        Files.delete(file);
    }

    @Test
    void theRealSumoTraceIsReadCompletelyToleratingItsExtraAttribute() throws IOException {
        Path real = Path.of("..", "..", "shared", "data", "sumo-fcd-friction-circles.xml");
        assumeTrue(Files.isReadable(real), "the shared real traces are not on this machine");
        List<FeedEntry> entries = readAll(FeedFormat.SUMO, real, FeedOptions.defaults());
        // SOURCES.md: timesteps 0..59 s, 26 vehicles; 943 vehicle elements (grep -c "<vehicle")
        assertThat(rejects(entries)).isEmpty();
        assertThat(entries).hasSize(943);
        assertThat(FeedEntries.fixes(entries).stream().map(FeedFix::feedVehicleId).distinct()).hasSize(26);
        assertThat(FeedEntries.fixes(entries).stream().mapToLong(FeedFix::timeMillis).max()).hasValue(59_000);
    }
}

package io.vectwin.ingest.feed;

import io.vectwin.ingest.feed.FieldParsing.BadField;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads GPS fixes from CSV: a header row naming at least {@code vehicle_id,timestamp,lat,lon}
 * (any order, any case), optionally {@code speed} (m/s over ground), {@code heading} (degrees
 * clockwise from north) and {@code alt} (m); other columns are ignored.
 *
 * <ul>
 *   <li>{@code timestamp}: ISO-8601 with an offset ({@code 2014-09-10T06:54:07+02:00},
 *       {@code …Z}) or epoch milliseconds;</li>
 *   <li>positions are projected onto the local tangent plane ({@link LocalTangentPlane}) at
 *       {@link FeedOptions#origin()} or the first fix; z is the up component when the row has
 *       {@code alt}, else 0 (on the ground plane);</li>
 *   <li>speed, heading and slope missing from a row are derived from the vehicle's previous
 *       accepted fix: Ṽ = horizontal distance / Δt, θ = direction of the displacement, φ =
 *       atan(Δz / horizontal distance) when both fixes have {@code alt}. A step shorter than
 *       {@value #MIN_STEP_M} m keeps the previous heading and has φ = 0: GPS noise is metres, so
 *       the direction of a shorter step (a vehicle standing still) is noise. A vehicle's first fix
 *       has Ṽ = 0 and θ = 0 unless the row gives them;</li>
 *   <li>a fix whose timestamp is not after its vehicle's previous accepted fix is rejected (out
 *       of order or duplicate), and does not disturb the derivation of the next one.</li>
 * </ul>
 */
public final class GpsCsvReader implements FeedReader {

    /** Below GPS noise; see the class comment. */
    static final double MIN_STEP_M = 1.0;

    static final List<String> REQUIRED_COLUMNS = List.of("vehicle_id", "timestamp", "lat", "lon");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d+");

    /** What the derivation needs of a vehicle's last accepted fix. */
    private record Track(long timeMillis, int line, double east, double north, double up, boolean hasAltitude,
            double heading) {
    }

    private final String file;
    private final Reader in;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final GeoFrame frame;
    private final boolean hasSpeed;
    private final boolean hasHeading;
    private final boolean hasAltitude;
    private final Map<String, Track> tracks = new HashMap<>();
    private boolean finished;
    /** A read error met while looking ahead in hasNext(), reported by the next call of next(). */
    private RuntimeException readError;

    public GpsCsvReader(Path path, FeedOptions options) throws IOException {
        this.file = path.toString();
        this.frame = new GeoFrame(options.origin());
        this.in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        try {
            this.parser = CSVParser.parse(in, format);
        } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
            in.close();
            throw new FeedFileException("cannot read the header row of " + file + ": " + e.getMessage(), e);
        }
        Map<String, Integer> header = parser.getHeaderMap();
        for (String column : REQUIRED_COLUMNS) {
            if (header == null || !header.containsKey(column)) {
                parser.close();
                throw new FeedFileException(file + ": the header row lacks column '" + column + "' (needs "
                        + String.join(",", REQUIRED_COLUMNS) + ", optionally speed,heading,alt)");
            }
        }
        this.hasSpeed = header.containsKey("speed");
        this.hasHeading = header.containsKey("heading");
        this.hasAltitude = header.containsKey("alt");
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        if (finished) {
            return false;
        }
        if (readError != null) {
            return true;
        }
        try {
            return records.hasNext();
        } catch (RuntimeException e) {
            // commons-csv reads ahead in hasNext(): an unterminated quote surfaces here; next() reports it
            readError = e;
            return true;
        }
    }

    @Override
    public FeedEntry next() {
        if (finished) {
            throw new NoSuchElementException();
        }
        CSVRecord record;
        try {
            if (readError != null) {
                throw readError;
            }
            record = records.next();
        } catch (NoSuchElementException e) {
            finished = true;
            throw e;
        } catch (RuntimeException e) {
            finished = true;
            return new FeedReject(file + ":" + parser.getCurrentLineNumber(),
                    "malformed CSV, reading stopped: " + rootMessage(e), "");
        }
        long line = parser.getCurrentLineNumber();
        String location = file + ":" + line;
        String raw = CSVFormat.DEFAULT.format((Object[]) record.values());
        try {
            return fix(record, location, (int) line);
        } catch (BadField e) {
            return new FeedReject(location, e.getMessage(), raw);
        }
    }

    private FeedFix fix(CSVRecord r, String location, int line) throws BadField {
        if (!r.isConsistent()) {
            throw new BadField("has " + r.size() + " fields, the header has " + parser.getHeaderNames().size());
        }
        String id = FieldParsing.required("vehicle_id", r.get("vehicle_id"));
        long time = timestampMillis(r.get("timestamp"));
        double lat = FieldParsing.inRange("lat", r.get("lat"), -90, 90);
        double lon = FieldParsing.inRange("lon", r.get("lon"), -180, 180);
        String altText = hasAltitude ? r.get("alt") : null;
        boolean withAltitude = altText != null && !altText.isBlank();
        double alt = withAltitude ? FieldParsing.finite("alt", altText) : 0.0;
        String speedText = hasSpeed ? r.get("speed") : null;
        Double givenSpeed = speedText == null || speedText.isBlank() ? null : FieldParsing.nonNegative("speed", speedText);
        String headingText = hasHeading ? r.get("heading") : null;
        Double givenHeading = headingText == null || headingText.isBlank() ? null
                : ModelKinematics.headingFromBearingDegrees(FieldParsing.finite("heading", headingText));

        Track previous = tracks.get(id);
        if (previous != null && time <= previous.timeMillis()) {
            throw new BadField("timestamp " + r.get("timestamp") + " is not after the previous fix of vehicle " + id
                    + " (line " + previous.line() + "): out of time order");
        }
        LocalTangentPlane.Enu enu = frame.project(new GeoPoint(lat, lon, alt));
        double up = withAltitude ? enu.up() : 0.0;

        double speed;
        double heading;
        double slope = 0.0;
        if (previous == null) {
            speed = givenSpeed == null ? 0.0 : givenSpeed;
            heading = givenHeading == null ? 0.0 : givenHeading;
        } else {
            double de = enu.east() - previous.east();
            double dn = enu.north() - previous.north();
            double step = Math.hypot(de, dn);
            double dt = (time - previous.timeMillis()) / 1000.0;
            boolean moved = step >= MIN_STEP_M;
            speed = givenSpeed != null ? givenSpeed : step / dt;
            heading = givenHeading != null ? givenHeading : moved ? ModelKinematics.headingOf(de, dn) : previous.heading();
            if (moved && withAltitude && previous.hasAltitude()) {
                slope = Math.atan2(up - previous.up(), step);
            }
        }
        tracks.put(id, new Track(time, line, enu.east(), enu.north(), up, withAltitude, heading));
        return new FeedFix(location, id, time, enu.east(), enu.north(), up, speed, ModelKinematics.pathSpeed(speed, slope),
                heading, slope);
    }

    /** Epoch milliseconds of an ISO-8601 timestamp with offset, or of epoch milliseconds as digits. */
    static long timestampMillis(String value) throws BadField {
        String text = FieldParsing.required("timestamp", value);
        if (EPOCH_MILLIS.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new BadField("timestamp '" + text + "' is too large for epoch milliseconds");
            }
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new BadField("timestamp '" + text + "' is neither ISO-8601 with an offset nor epoch milliseconds");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    @Override
    public Optional<GeoPoint> origin() {
        return frame.origin();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

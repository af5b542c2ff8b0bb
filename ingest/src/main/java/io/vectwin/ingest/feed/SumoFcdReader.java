package io.vectwin.ingest.feed;

import io.vectwin.ingest.feed.FieldParsing.BadField;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads SUMO floating-car data ({@code sumo --fcd-output}) with StAX, one element at a time:
 *
 * <pre>{@code
 * <fcd-export>
 *   <timestep time="1.00">
 *     <vehicle id="car.0" x="12.5" y="40.2" z="0.0" angle="90.00" speed="13.9" slope="0.00" .../>
 * }</pre>
 *
 * <ul>
 *   <li>{@code time}: seconds since the simulation's begin → {@link FeedFix#timeMillis()};</li>
 *   <li>{@code x}, {@code y}, {@code z} (optional, default 0): metres in the network's frame, used
 *       as is; with {@code lon}/{@code lat} attributes, or with {@link FeedOptions#sumoGeo()}
 *       (x/y in degrees, {@code --fcd-output.geo}), projected onto the local tangent plane like GPS;</li>
 *   <li>{@code angle}: SUMO's navigational degrees (0 = north, clockwise) → θ;</li>
 *   <li>{@code speed}: m/s along the lane; {@code slope} (optional, degrees) → φ, and the speed
 *       is split into Ṽ = speed·cos φ and the path speed Ṽ_z = speed.</li>
 * </ul>
 * Other attributes ({@code type}, {@code pos}, {@code lane}, non-standard ones such as
 * {@code friction}) and other elements ({@code person}, {@code container}: not vehicles) are
 * ignored. A bad {@code vehicle} element is rejected on its own; a bad {@code timestep} time
 * rejects the vehicles inside it; malformed XML (a truncated file) ends the reading with a
 * reject at the line where the parser stopped.
 */
public final class SumoFcdReader extends LookaheadFeedReader {

    private final String file;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final boolean geoXy;
    private final GeoFrame frame;

    private boolean inTimestep;
    private long timestepMillis;
    /** Why the enclosing timestep's time is unusable, or null. */
    private String timestepError;

    public SumoFcdReader(Path path, FeedOptions options) throws IOException {
        this.file = path.toString();
        this.in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        this.geoXy = options.sumoGeo();
        this.frame = new GeoFrame(options.origin());
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // a feed file is data: no DTDs, no external entities (XXE)
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            this.xml = factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            in.close();
            throw new FeedFileException("cannot read " + file + " as XML: " + parserMessage(e), e);
        }
    }

    @Override
    protected FeedEntry read() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("timestep")) {
                        startTimestep();
                    } else if (name.equals("vehicle")) {
                        return vehicle();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("timestep")) {
                    inTimestep = false;
                    timestepError = null;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            // the parser cannot go on after a fatal error: report where it stopped and end the feed
            Location at = e.getLocation();
            int line = at == null ? xml.getLocation().getLineNumber() : at.getLineNumber();
            finish();
            return new FeedReject(file + ":" + line, "malformed XML, reading stopped: " + parserMessage(e), "");
        }
    }

    private void startTimestep() {
        inTimestep = true;
        timestepError = null;
        String time = xml.getAttributeValue(null, "time");
        try {
            double seconds = FieldParsing.finite("timestep time", time);
            timestepMillis = Math.round(seconds * 1000.0);
        } catch (BadField e) {
            timestepError = e.getMessage() + " (timestep at line " + line() + ")";
        }
    }

    private FeedEntry vehicle() {
        String location = file + ":" + line();
        String raw = elementText();
        if (!inTimestep) {
            return new FeedReject(location, "vehicle outside a <timestep>", raw);
        }
        if (timestepError != null) {
            return new FeedReject(location, timestepError, raw);
        }
        try {
            String id = FieldParsing.required("id", attribute("id"));
            String zText = attribute("z");
            boolean hasZ = zText != null && !zText.isBlank();
            double z = hasZ ? FieldParsing.finite("z", zText) : 0.0;
            double x;
            double y;
            String lon = attribute("lon");
            String lat = attribute("lat");
            if (lon != null || lat != null || geoXy) {
                GeoPoint p = lon != null || lat != null
                        ? geoPoint(FieldParsing.required("lat", lat), FieldParsing.required("lon", lon), z)
                        : geoPoint(attribute("y"), attribute("x"), z);
                LocalTangentPlane.Enu enu = frame.project(p);
                x = enu.east();
                y = enu.north();
                z = hasZ ? enu.up() : 0.0;
            } else {
                x = FieldParsing.finite("x", attribute("x"));
                y = FieldParsing.finite("y", attribute("y"));
            }
            double heading = ModelKinematics.headingFromBearingDegrees(FieldParsing.finite("angle", attribute("angle")));
            double speed = FieldParsing.nonNegative("speed", attribute("speed"));
            String slopeText = attribute("slope");
            double slope = slopeText == null || slopeText.isBlank() ? 0.0
                    : ModelKinematics.slopeFromDegrees(FieldParsing.inRange("slope", slopeText, -90, 90));
            return new FeedFix(location, id, timestepMillis, x, y, z, speed * Math.cos(slope), speed, heading, slope);
        } catch (BadField e) {
            return new FeedReject(location, e.getMessage(), raw);
        }
    }

    private GeoPoint geoPoint(String latText, String lonText, double altitude) throws BadField {
        double lat = FieldParsing.inRange("lat", latText, -90, 90);
        double lon = FieldParsing.inRange("lon", lonText, -180, 180);
        return new GeoPoint(lat, lon, altitude);
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    /** The current element as text, for the reject file and the dead letter. */
    private String elementText() {
        StringBuilder sb = new StringBuilder("<").append(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            sb.append(' ').append(xml.getAttributeLocalName(i)).append("=\"")
                    .append(xml.getAttributeValue(i).replace("&", "&amp;").replace("\"", "&quot;")).append('"');
        }
        return sb.append("/>").toString();
    }

    /** The JDK parser's reason without its "ParseError at [row,col]" preamble (the location is reported separately). */
    private static String parserMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).replaceAll("\\s+", " ").strip();
    }

    @Override
    public Optional<GeoPoint> origin() {
        return frame.origin();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing the stream below is what matters
        } finally {
            in.close();
        }
    }
}

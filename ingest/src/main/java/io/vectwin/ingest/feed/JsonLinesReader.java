package io.vectwin.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vectwin.ingest.feed.FieldParsing.BadField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON lines in vectwin's feed contract (docs/FEEDS.md): one JSON object per line whose
 * fields are those of {@code EntityTelemetry} that describe a vehicle's motion, in the model's
 * frame and units:
 *
 * <pre>{@code {"entityId":"bus-12","eventTimeMillis":1410325147000,"x":12.5,"y":-40.0,"z":0.0,
 *  "horizontalSpeed":13.9,"verticalSpeed":13.9,"heading":1.5708,"slope":0.0}}</pre>
 *
 * Required: {@code entityId} (any non-blank string), {@code eventTimeMillis} (integer),
 * {@code x}, {@code y}, {@code horizontalSpeed} (≥ 0), {@code heading} (rad, [0, 2π)). Optional:
 * {@code z} (0), {@code slope} (rad, [−π/2, π/2], 0), {@code verticalSpeed} (≥ 0, default the
 * path speed Ṽ/cos φ), {@code kind} (must be {@code VEHICLE}), {@code sequenceNumber}
 * (ignored: vectwin numbers each vehicle's reports itself). Any other field is rejected, so a
 * misspelt name is an error rather than a silent default. Blank lines are skipped.
 */
public final class JsonLinesReader extends LookaheadFeedReader {

    static final Set<String> FIELDS = Set.of("entityId", "eventTimeMillis", "x", "y", "z", "horizontalSpeed",
            "verticalSpeed", "heading", "slope", "kind", "sequenceNumber");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final BufferedReader in;
    private long lineNumber;

    public JsonLinesReader(Path path) throws IOException {
        this.file = path.toString();
        this.in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }

    @Override
    protected FeedEntry read() {
        String line;
        try {
            do {
                line = in.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
        } catch (IOException | UncheckedIOException e) {
            // e.g. bytes that are not UTF-8: the rest of the file cannot be trusted
            finish();
            return new FeedReject(file + ":" + lineNumber, "unreadable, reading stopped: " + e.getMessage(), "");
        }
        if (line == null) {
            return null;
        }
        String location = file + ":" + lineNumber;
        try {
            return fix(location, line);
        } catch (BadField e) {
            return new FeedReject(location, e.getMessage(), line);
        }
    }

    private static FeedFix fix(String location, String line) throws BadField {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadField("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadField("not a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!FIELDS.contains(name)) {
                throw new BadField("unknown field '" + name + "' (see docs/FEEDS.md)");
            }
        }
        JsonNode idNode = node.get("entityId");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw new BadField("entityId must be a non-blank string");
        }
        JsonNode kind = node.get("kind");
        if (kind != null && !"VEHICLE".equals(kind.asText())) {
            throw new BadField("kind " + kind + " is not VEHICLE (feeds carry vehicles)");
        }
        JsonNode time = node.get("eventTimeMillis");
        if (time == null || !time.canConvertToLong() || !time.isIntegralNumber()) {
            throw new BadField("eventTimeMillis must be an integer (ms since the Unix epoch)");
        }
        double x = number(node, "x", null);
        double y = number(node, "y", null);
        double z = number(node, "z", 0.0);
        double speed = number(node, "horizontalSpeed", null);
        if (speed < 0) {
            throw new BadField("horizontalSpeed " + speed + " is negative");
        }
        double heading = number(node, "heading", null);
        if (heading < 0 || heading >= 2 * Math.PI) {
            throw new BadField("heading " + heading + " is outside [0, 2pi) rad");
        }
        double slope = number(node, "slope", 0.0);
        if (Math.abs(slope) > Math.PI / 2) {
            throw new BadField("slope " + slope + " is outside [-pi/2, pi/2] rad");
        }
        double vertical = number(node, "verticalSpeed", ModelKinematics.pathSpeed(speed, slope));
        if (vertical < 0) {
            throw new BadField("verticalSpeed " + vertical + " is negative");
        }
        return new FeedFix(location, idNode.asText(), time.asLong(), x, y, z, speed, vertical, heading, slope);
    }

    private static double number(JsonNode object, String name, Double defaultValue) throws BadField {
        JsonNode n = object.get(name);
        if (n == null || n.isNull()) {
            if (defaultValue == null) {
                throw new BadField("missing " + name);
            }
            return defaultValue;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new BadField(name + " " + n + " is not a finite number");
        }
        return n.asDouble();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

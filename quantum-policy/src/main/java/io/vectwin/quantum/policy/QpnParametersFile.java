package io.vectwin.quantum.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.simulator.StateVector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Saves and loads {@link QpnParameters} as JSON (Jackson).
 *
 * <h2>Format, version {@value #VERSION}</h2>
 * <pre>
 * {
 *   "format": "vectwin-qpn",          optional on reading; must be this if present
 *   "version": 1,                     optional on reading (1); a newer version is refused
 *   "qubits": 6,                      required, 1 … 12
 *   "layers": 4,                      required, ≥ 1
 *   "encoding": "amplitude",          optional: amplitude (default), angle, angle-reuploading
 *   "hadamardInput": false,           optional (false)
 *   "theta": [ … ],                   required: 3 × layers × qubits angles in rad, order ℓ, q, (x, y, z)
 *   "readout": {                      optional (absent: the outcome-group default)
 *     "actions": 56,                  optional, must equal the number of weight rows
 *     "temperature": 1.0,             required, &gt; 0
 *     "weights": [[ … 2^qubits … ], …],  required, one row per action
 *     "bias": [ … ]                   optional (zeros), one per action
 *   }
 * }
 * </pre>
 * The minimal file is {@code {"qubits": …, "layers": …, "theta": [...]}}. Keys are strict: an
 * unknown key is an error (a misspelt "hadamardinput" must not silently mean false); newer writers
 * add keys under a new version number, which this reader refuses by name. Duplicate keys are
 * refused too. Every error is one {@link QpnFileException} line naming the file and the field.
 *
 * <p>Numbers are written with Java's shortest round-trip representation, so save → load gives
 * back bit-identical parameters.
 */
public final class QpnParametersFile {

    public static final String FORMAT = "vectwin-qpn";
    public static final int VERSION = 1;

    private static final Set<String> TOP_LEVEL_KEYS =
            Set.of("format", "version", "qubits", "layers", "encoding", "hadamardInput", "theta", "readout");
    private static final Set<String> READOUT_KEYS = Set.of("actions", "temperature", "weights", "bias");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private QpnParametersFile() {
    }

    /** Reads and checks {@code file}. */
    public static QpnParameters read(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file is required");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new QpnFileException(file, null, "not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new QpnFileException(file, null, "cannot read: " + describe(e), e);
        }
        return new Reader(file).parameters(root);
    }

    /** Writes {@code parameters} to {@code file} (through a temporary file in the same directory, then a rename). */
    public static void write(QpnParameters parameters, Path file) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters is required");
        }
        if (file == null) {
            throw new IllegalArgumentException("file is required");
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, toJson(parameters), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new QpnFileException(file, null, "cannot write: " + describe(e), e);
        }
    }

    /** The JSON text {@link #write} puts in a file. */
    public static String toJson(QpnParameters p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("qubits", p.shape().qubits());
        root.put("layers", p.shape().layers());
        root.put("encoding", p.encoding().fileName());
        root.put("hadamardInput", p.hadamardInput());
        numbers(root.putArray("theta"), p.theta());
        if (p.hasReadout()) {
            SoftmaxReadout r = p.readout();
            ObjectNode out = root.putObject("readout");
            out.put("actions", r.actions());
            out.put("temperature", r.temperature());
            ArrayNode rows = out.putArray("weights");
            for (double[] row : r.weights()) {
                numbers(rows.addArray(), row);
            }
            numbers(out.putArray("bias"), r.bias());
        }
        try {
            // objects indented, arrays on one line: θ and each weight row stay readable
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
            return MAPPER.writer(printer).writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise parameters", e);
        }
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** Field-by-field reading, every failure a {@link QpnFileException} naming the field. */
    private record Reader(Path file) {

        QpnParameters parameters(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw new QpnFileException(file, null, "must hold a JSON object, got " + kind(root));
            }
            requireKnownKeys(root, TOP_LEVEL_KEYS, "");
            if (root.has("format") && !FORMAT.equals(text(root.get("format"), "format"))) {
                throw error("format", "must be \"" + FORMAT + "\", got \"" + root.get("format").asText() + "\"");
            }
            if (root.has("version")) {
                int version = integer(root.get("version"), "version");
                if (version < 1 || version > VERSION) {
                    throw error("version", version + " is not supported (this reader knows version " + VERSION + ")");
                }
            }
            int qubits = integer(required(root, "qubits"), "qubits");
            if (qubits < 1 || qubits > StateVector.MAX_QUBITS) {
                throw error("qubits", "must lie in [1, " + StateVector.MAX_QUBITS + "], got " + qubits);
            }
            int layers = integer(required(root, "layers"), "layers");
            if (layers < 1) {
                throw error("layers", "must be >= 1, got " + layers);
            }
            CircuitShape shape = new CircuitShape(qubits, layers);
            Encoding encoding = Encoding.AMPLITUDE;
            if (root.has("encoding")) {
                try {
                    encoding = Encoding.parse(text(root.get("encoding"), "encoding"));
                } catch (IllegalArgumentException e) {
                    throw error("encoding", e.getMessage());
                }
            }
            boolean hadamard = root.has("hadamardInput") && bool(root.get("hadamardInput"), "hadamardInput");
            double[] theta = numbers(required(root, "theta"), "theta");
            if (theta.length != shape.parameterCount()) {
                throw error("theta", "holds " + theta.length + " angles, but qubits = " + qubits + " and layers = "
                        + layers + " need 3 x " + layers + " x " + qubits + " = " + shape.parameterCount());
            }
            SoftmaxReadout readout = root.has("readout") ? readout(root.get("readout"), shape) : null;
            return new QpnParameters(shape, encoding, hadamard, theta, readout);
        }

        private SoftmaxReadout readout(JsonNode node, CircuitShape shape) {
            if (!node.isObject()) {
                throw error("readout", "must be an object, got " + kind(node));
            }
            requireKnownKeys(node, READOUT_KEYS, "readout.");
            JsonNode rowsNode = required(node, "weights", "readout.weights");
            if (!rowsNode.isArray() || rowsNode.isEmpty()) {
                throw error("readout.weights", "must be a non-empty array of rows, one per action, got " + kind(rowsNode));
            }
            double[][] weights = new double[rowsNode.size()][];
            for (int a = 0; a < weights.length; a++) {
                String field = "readout.weights[" + a + "]";
                weights[a] = numbers(rowsNode.get(a), field);
                if (weights[a].length != shape.dimension()) {
                    throw error(field, "holds " + weights[a].length + " weights, but qubits = " + shape.qubits()
                            + " give 2^" + shape.qubits() + " = " + shape.dimension() + " outcomes");
                }
            }
            if (node.has("actions")) {
                int actions = integer(node.get("actions"), "readout.actions");
                if (actions != weights.length) {
                    throw error("readout.actions", "is " + actions + ", but readout.weights has " + weights.length
                            + " rows");
                }
            }
            double temperature = number(required(node, "temperature", "readout.temperature"), "readout.temperature");
            if (!(temperature > 0)) {
                throw error("readout.temperature", "must be > 0, got " + temperature);
            }
            double[] bias = new double[weights.length];
            if (node.has("bias")) {
                bias = numbers(node.get("bias"), "readout.bias");
                if (bias.length != weights.length) {
                    throw error("readout.bias", "holds " + bias.length + " numbers, but readout.weights has "
                            + weights.length + " rows (one per action)");
                }
            }
            return new SoftmaxReadout(weights, bias, temperature);
        }

        private void requireKnownKeys(JsonNode object, Set<String> known, String prefix) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!known.contains(key)) {
                    throw error(prefix + key, "unknown key (known: " + String.join(", ", List.copyOf(sorted(known))) + ")");
                }
            }
        }

        private JsonNode required(JsonNode object, String key) {
            return required(object, key, key);
        }

        private JsonNode required(JsonNode object, String key, String field) {
            JsonNode node = object.get(key);
            if (node == null || node.isNull()) {
                throw error(field, "is missing");
            }
            return node;
        }

        private int integer(JsonNode node, String field) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error(field, "must be an integer, got " + node);
            }
            return node.intValue();
        }

        private double number(JsonNode node, String field) {
            if (!node.isNumber()) {
                throw error(field, "must be a number, got " + kind(node));
            }
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw error(field, "must be finite, got " + node);
            }
            return v;
        }

        private double[] numbers(JsonNode node, String field) {
            if (node == null || !node.isArray()) {
                throw error(field, "must be an array of numbers, got " + kind(node));
            }
            double[] values = new double[node.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(node.get(i), field + "[" + i + "]");
            }
            return values;
        }

        private String text(JsonNode node, String field) {
            if (!node.isTextual()) {
                throw error(field, "must be a string, got " + kind(node));
            }
            return node.textValue();
        }

        private boolean bool(JsonNode node, String field) {
            if (!node.isBoolean()) {
                throw error(field, "must be true or false, got " + node);
            }
            return node.booleanValue();
        }

        private QpnFileException error(String field, String reason) {
            return new QpnFileException(file, field, reason);
        }

        private static String kind(JsonNode node) {
            if (node == null || node.isMissingNode()) {
                return "nothing";
            }
            return node.isArray() ? "an array" : node.isObject() ? "an object" : node.toString();
        }

        private static List<String> sorted(Set<String> keys) {
            return keys.stream().sorted().toList();
        }
    }
}

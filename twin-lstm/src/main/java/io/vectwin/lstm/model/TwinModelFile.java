package io.vectwin.lstm.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vectwin.lstm.features.Normalisation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * The twin model file: a zip with three entries, so every part can be read with ordinary tools.
 * <ul>
 *   <li>{@value #METADATA} — {@link ModelMetadata} as JSON (feature order, window, shape, ...);</li>
 *   <li>{@value #NORMALISATION} — {@link Normalisation} as JSON;</li>
 *   <li>{@value #NETWORK} — the DL4J network as DL4J's own model zip (configuration + weights,
 *       no optimiser state: a saved model is for prediction; training restarts from scratch).</li>
 * </ul>
 * The version hash in the metadata is SHA-256 over the network's configuration and weights, the
 * normalisation JSON and the metadata JSON with an empty version, cut to 12 hex digits: two files
 * with the same hash predict the same, whenever they were written. Files are written to a temporary sibling and moved into place, so a reader
 * (the job's hot swap) never sees half a model.
 */
public final class TwinModelFile {

    public static final int FORMAT_VERSION = 1;
    static final String METADATA = "metadata.json";
    static final String NORMALISATION = "normalisation.json";
    static final String NETWORK = "network.zip";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TwinModelFile() {
    }

    /** Serialises {@code model} (with its version hash computed now) to bytes — what {@code vec.models} carries. */
    public static byte[] toBytes(MultiLayerNetwork network, Normalisation normalisation, ModelMetadata metadata) {
        try {
            ByteArrayOutputStream netBytes = new ByteArrayOutputStream();
            ModelSerializer.writeModel(network, netBytes, false);
            byte[] net = netBytes.toByteArray();
            byte[] norm = JSON.writeValueAsBytes(normalisation);
            // hash the content, not the DL4J zip: its entries carry the time of writing
            byte[] weights = network.params().data().asBytes();
            byte[] architecture = network.getLayerWiseConfigurations().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ModelMetadata versioned = metadata.withVersion(
                    hash(architecture, weights, norm, JSON.writeValueAsBytes(metadata.withVersion(""))));
            ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
                put(zip, METADATA, JSON.writeValueAsBytes(versioned));
                put(zip, NORMALISATION, norm);
                put(zip, NETWORK, net);
            }
            return zipBytes.toByteArray();
        } catch (IOException e) {
            throw new TwinModelFileException("cannot serialise the twin model: " + e.getMessage(), e);
        }
    }

    /** Writes the model to {@code file} atomically and returns the predictor as saved (with its version). */
    public static TwinPredictor save(Path file, MultiLayerNetwork network, Normalisation normalisation,
            ModelMetadata metadata) {
        byte[] bytes = toBytes(network, normalisation, metadata);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TwinModelFileException(file + ": cannot write the model: " + e.getMessage(), e);
        }
        return fromBytes(bytes, file.toString());
    }

    public static TwinPredictor load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TwinModelFileException(file + ": no such model file");
        } catch (IOException e) {
            throw new TwinModelFileException(file + ": cannot read the model: " + e.getMessage(), e);
        }
        return fromBytes(bytes, file.toString());
    }

    /** Reads a model from the bytes of a model file; {@code source} names it in error messages. */
    public static TwinPredictor fromBytes(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new TwinModelFileException(source + ": empty model file");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (ZipException e) {
            throw new TwinModelFileException(source + ": not a twin model file (not a zip: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new TwinModelFileException(source + ": cannot read the model: " + e.getMessage(), e);
        }
        for (String required : new String[] {METADATA, NORMALISATION, NETWORK}) {
            if (!entries.containsKey(required)) {
                throw new TwinModelFileException(source + ": not a twin model file (entry " + required + " missing)");
            }
        }
        ModelMetadata metadata;
        Normalisation normalisation;
        try {
            metadata = JSON.readValue(entries.get(METADATA), ModelMetadata.class);
            normalisation = JSON.readValue(entries.get(NORMALISATION), Normalisation.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new TwinModelFileException(source + ": bad model metadata: " + firstLine(e.getMessage()), e);
        }
        if (metadata.formatVersion() != FORMAT_VERSION) {
            throw new TwinModelFileException(source + ": model format version " + metadata.formatVersion()
                    + " is not supported (this build reads " + FORMAT_VERSION + ")");
        }
        MultiLayerNetwork network;
        try (InputStream in = new ByteArrayInputStream(entries.get(NETWORK))) {
            network = ModelSerializer.restoreMultiLayerNetwork(in, false);
        } catch (IOException | RuntimeException e) {
            throw new TwinModelFileException(source + ": cannot restore the network: " + firstLine(e.getMessage()), e);
        }
        try {
            return new TwinPredictor(network, normalisation, metadata);
        } catch (IllegalArgumentException e) {
            throw new TwinModelFileException(source + ": " + e.getMessage(), e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String hash(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                sha.update(p);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

}

package io.vectwin.quantum.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a training run needs to continue exactly where it stopped: each agent type's
 * {@link AgentBrain#save} files (actors, optimiser moments, critics and targets with their updater
 * state, replay buffers) and {@code state.json} with the algorithm, seed, steps per episode and the
 * next episode. Written to a temporary directory and then moved over the previous checkpoint, so a
 * run killed while writing keeps the previous one.
 */
public final class TrainingCheckpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "vectwin-training-checkpoint";

    private TrainingCheckpoint() {
    }

    /** What a checkpoint says besides the learners. */
    public record Header(String algorithm, long seed, int stepsPerEpisode, int nextEpisode) {
    }

    public static void write(Path dir, Header header, List<AgentBrain> brains) {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
        try {
            deleteRecursively(tmp);
            Files.createDirectories(tmp);
            for (AgentBrain b : brains) {
                b.save(tmp);
            }
            ObjectNode state = JSON.createObjectNode();
            state.put("format", FORMAT);
            state.put("algorithm", header.algorithm());
            state.put("seed", header.seed());
            state.put("stepsPerEpisode", header.stepsPerEpisode());
            state.put("nextEpisode", header.nextEpisode());
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.resolve("state.json").toFile(), state);
            deleteRecursively(dir);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + dir, e);
        }
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve("state.json"));
    }

    public static Header readHeader(Path dir) {
        Path file = dir.resolve("state.json");
        try {
            JsonNode state = JSON.readTree(file.toFile());
            if (!FORMAT.equals(state.path("format").asText())) {
                throw new IllegalArgumentException(file + ": not a " + FORMAT + " file");
            }
            return new Header(state.path("algorithm").asText(), state.path("seed").asLong(),
                    state.path("stepsPerEpisode").asInt(), state.path("nextEpisode").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
    }

    /** Restores every brain from {@code dir}. */
    public static void restore(Path dir, List<AgentBrain> brains) {
        try {
            for (AgentBrain b : brains) {
                b.restore(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + dir, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

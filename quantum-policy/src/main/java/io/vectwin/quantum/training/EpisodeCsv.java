package io.vectwin.quantum.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-run CSV: one row per episode ({@link EpisodeMetrics}), appended and flushed as each
 * episode ends, so a killed run keeps every finished episode and a resumed one continues the file.
 */
public final class EpisodeCsv {

    public static final List<String> HEADER = List.of("episode", "reward", "normalised_reward", "latency_ms", "energy_j",
            "qos", "deadline_met", "violations", "subtasks", "epsilon", "nash_rounds", "nash_converged", "critic_mse",
            "seconds");

    private EpisodeCsv() {
    }

    /** Creates {@code file} with the header, or keeps only the header and the rows of episodes before {@code fromEpisode}. */
    public static void start(Path file, int fromEpisode) {
        try {
            List<String> keep = new ArrayList<>();
            keep.add(String.join(",", HEADER));
            if (fromEpisode > 0 && Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    int comma = line.indexOf(',');
                    if (comma > 0 && Integer.parseInt(line.substring(0, comma)) < fromEpisode) {
                        keep.add(line);
                    }
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, keep, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void append(Path file, EpisodeMetrics m) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            w.write(row(m));
            w.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    static String row(EpisodeMetrics m) {
        return String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6g,%.6f,%.6f,%d,%d,%.6f,%.4f,%.4f,%.6g,%.4f", m.episode(),
                m.reward(), m.normalisedReward(), m.latencyMs(), m.energyJ(), m.qos(), m.deadlineMet(), m.violations(),
                m.subtasks(), m.epsilon(), m.nashRounds(), m.nashConverged(), m.criticMse(), m.seconds());
    }
}

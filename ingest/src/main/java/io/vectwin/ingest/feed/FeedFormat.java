package io.vectwin.ingest.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The feed formats vectwin reads, by their command-line name. */
public enum FeedFormat {

    /** SUMO floating-car data XML ({@link SumoFcdReader}). */
    SUMO("sumo", true),
    /** GPS fixes in CSV ({@link GpsCsvReader}). */
    GPS("gps", false),
    /** JSON lines in the telemetry contract ({@link JsonLinesReader}). */
    JSON("json", false);

    private final String cliName;
    private final boolean relativeTime;

    FeedFormat(String cliName, boolean relativeTime) {
        this.cliName = cliName;
        this.relativeTime = relativeTime;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * Whether feed time counts from the start of a simulation (SUMO) rather than from the Unix
     * epoch; such a feed is always anchored at the run's start instant.
     */
    public boolean relativeTime() {
        return relativeTime;
    }

    public static FeedFormat parse(String text) {
        for (FeedFormat f : values()) {
            if (f.cliName.equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feed format '" + text + "' (expected "
                + Arrays.stream(values()).map(FeedFormat::cliName).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * Opens a streaming reader of {@code path}.
     *
     * @throws FeedFileException if the file is missing, unreadable, empty, or unusable as a whole
     *                           (e.g. a CSV header without a required column); the message names the file
     */
    public FeedReader open(Path path, FeedOptions options) {
        try {
            if (Files.isDirectory(path)) {
                throw new FeedFileException("cannot read " + path + ": it is a directory");
            }
            if (Files.size(path) == 0) {
                throw new FeedFileException(path + " is empty");
            }
            return switch (this) {
                case SUMO -> new SumoFcdReader(path, options);
                case GPS -> new GpsCsvReader(path, options);
                case JSON -> new JsonLinesReader(path);
            };
        } catch (NoSuchFileException e) {
            throw new FeedFileException("cannot read " + path + ": no such file", e);
        } catch (IOException e) {
            throw new FeedFileException("cannot read " + path + ": " + e, e);
        }
    }
}

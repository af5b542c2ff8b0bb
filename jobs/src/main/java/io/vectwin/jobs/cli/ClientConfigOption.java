package io.vectwin.jobs.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --client-config FILE}, a picocli mixin: a Kafka client {@code .properties} file whose
 * settings go unchanged to every Kafka client a command creates, after vectwin's own (a
 * cluster's {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, ...).
 */
public final class ClientConfigOption {

    @Option(names = "--client-config", paramLabel = "FILE",
            description = "Kafka client properties file passed unchanged to every Kafka client (SASL, TLS, ...).")
    Path file;

    /** The file's properties, or none; an unreadable or malformed file is a bad --client-config. */
    Map<String, String> properties(CommandSpec spec) {
        if (file == null) {
            return Map.of();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new InvalidArgumentException(spec, "--client-config", file.toString(), "cannot read " + file
                    + ": no such file");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, "--client-config", file.toString(), "cannot read " + file + ": "
                    + e.getMessage());
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}

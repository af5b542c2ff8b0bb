package io.vectwin.jobs.docker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where the files of the docker stack and the poms it must agree with live. Surefire runs in the
 * module directory (jobs/), an IDE may run in the repository root: the root is found by walking up
 * from the working directory to the first directory holding docker/compose.yaml.
 */
record RepositoryLayout(Path root) {

    static RepositoryLayout locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker/compose.yaml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new RepositoryLayout(dir);
            }
        }
        throw new IllegalStateException("no docker/compose.yaml in " + start + " or any directory above it");
    }

    Path composeFile() {
        return root.resolve("docker/compose.yaml");
    }

    Path prometheusConfig() {
        return root.resolve("docker/prometheus.yml");
    }

    Path dockerfile() {
        return root.resolve("docker/Dockerfile");
    }

    /** BuildKit's ignore file for docker/Dockerfile alone (the context is the repository root). */
    Path dockerignore() {
        return root.resolve("docker/Dockerfile.dockerignore");
    }

    Path dockerReadme() {
        return root.resolve("docker/README.md");
    }

    Path rootPom() {
        return root.resolve("pom.xml");
    }

    Path jobsPom() {
        return root.resolve("jobs/pom.xml");
    }

    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML file as plain maps, lists and scalars (no custom types), anchors and merge keys resolved. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> loadYaml(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(document instanceof Map)) {
                throw new IllegalArgumentException(file + ": the document is not a mapping");
            }
            return (Map<String, Object>) document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

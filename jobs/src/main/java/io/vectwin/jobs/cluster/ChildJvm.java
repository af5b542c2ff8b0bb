package io.vectwin.jobs.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts one JVM of a local cluster: the current JVM's Java and class path (the Maven class path in
 * tests, the CLI jar under {@code bin/vectwin}), the cluster directory as working directory, output
 * and errors appended to the role's log file, {@code OMP_NUM_THREADS=1} (ND4J on a 2-core machine,
 * DESIGN.md). The arguments go through a JVM argument file ({@code java @FILE}): a Maven class path
 * of a few hundred jars can outgrow the kernel's limit for one argument, and the file records how
 * the process was started; its path in the command line also identifies the process later
 * ({@link ClusterStopper}).
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts {@code mainClass} with {@code jvmOptions} and {@code args} as the process of {@code role}.
     *
     * @throws UncheckedIOException if the argument file cannot be written or the process not started
     */
    static Process start(ClusterDirectory dir, String role, List<String> jvmOptions, String mainClass,
            List<String> args) {
        List<String> all = new ArrayList<>(jvmOptions);
        all.add("-Djava.io.tmpdir=" + dir.tmp());
        all.add("-cp");
        all.add(classPath());
        all.add(mainClass);
        all.addAll(args);
        Path argFile = dir.argFile(role);
        Path log = dir.log(role);
        try {
            Files.createDirectories(dir.conf());
            Files.createDirectories(dir.logs());
            Files.createDirectories(dir.tmp());
            Files.createDirectories(dir.plugins());
            Files.writeString(argFile, argFileText(all), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "@" + argFile)
                    .directory(dir.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("OMP_NUM_THREADS", "1");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + role + " JVM (log " + log + ")", e);
        }
    }

    /** One argument a line, each quoted, as the {@code java} launcher reads argument files. */
    static String argFileText(List<String> args) {
        return args.stream()
                .map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * This JVM's class path with every entry made absolute: the children run in the cluster directory,
     * and {@code java -jar jobs/target/vectwin-cli.jar} leaves a relative entry.
     */
    static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package io.vectwin.jobs.cluster;

import io.vectwin.jobs.kafka.EmbeddedKafkaBroker;
import io.vectwin.jobs.kafka.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * A Kafka broker in a JVM of its own, for the multi-process cluster: the in-process KRaft broker
 * ({@link EmbeddedKafkaBroker}, free loopback ports) with its log in a given directory and the vectwin
 * topics created ({@link Topics#all()}). Once the topics are served it writes its bootstrap address to
 * a file (atomically: a reader sees the whole address or nothing) and prints it. It runs until
 * terminated; on SIGTERM the broker's shutdown hook stops it cleanly.
 *
 * <pre>
 * KafkaBrokerProcess --log-dir DIR --partitions N --bootstrap-file FILE
 * </pre>
 */
public final class KafkaBrokerProcess {

    private KafkaBrokerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path logDir = null;
        Path bootstrapFile = null;
        int partitions = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--log-dir" -> logDir = Path.of(args[i + 1]);
                case "--bootstrap-file" -> bootstrapFile = Path.of(args[i + 1]);
                case "--partitions" -> partitions = Integer.parseInt(args[i + 1]);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (logDir == null || bootstrapFile == null || partitions < 1 || args.length % 2 != 0) {
            usage("--log-dir, --bootstrap-file and --partitions (>= 1) are required");
        }
        // the broker's own shutdown hook (closeOnJvmShutdown) stops it on SIGTERM
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(logDir).closeOnJvmShutdown(true).start();
        Topics.create(broker.bootstrapServers(), Topics.TopicLayout.embedded(partitions));
        publish(bootstrapFile, broker.bootstrapServers());
        System.out.println("kafka broker ready on " + broker.bootstrapServers() + ", topics " + Topics.all() + " with "
                + partitions + " partitions");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static void publish(Path file, String bootstrap) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, bootstrap + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void usage(String message) {
        System.err.println("KafkaBrokerProcess: " + message);
        System.exit(2);
    }
}

package io.vectwin.jobs.docker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the setup service's {@code VECTWIN_TOPICS}: {@code name:partitions:replication-factor[:key=value...]},
 * the format docker/setup-entrypoint.sh turns into {@code kafka-topics.sh --create} (and rejects the same way).
 */
record TopicLine(String name, int partitions, int replicationFactor, Map<String, String> configs) {

    TopicLine {
        configs = Map.copyOf(configs);
    }

    /** Every non-blank line of {@code text} that does not start with {@code #}. */
    static List<TopicLine> parseAll(String text) {
        List<TopicLine> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("\\s", "");
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.add(parse(line));
            }
        }
        return lines;
    }

    static TopicLine parse(String line) {
        String[] fields = line.split(":", -1);
        if (fields.length < 3 || fields[0].isEmpty()) {
            throw new IllegalArgumentException("'" + line + "': expected name:partitions:replication-factor[:key=value...]");
        }
        Map<String, String> configs = new LinkedHashMap<>();
        for (String config : Arrays.asList(fields).subList(3, fields.length)) {
            int eq = config.indexOf('=');
            if (eq <= 0 || eq == config.length() - 1) {
                throw new IllegalArgumentException("'" + line + "': '" + config + "' is not key=value");
            }
            configs.put(config.substring(0, eq), config.substring(eq + 1));
        }
        return new TopicLine(fields[0], positive(line, "partitions", fields[1]),
                positive(line, "replication factor", fields[2]), configs);
    }

    private static int positive(String line, String what, String value) {
        if (!value.matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("'" + line + "': " + what + " '" + value + "' is not a positive number");
        }
        return Integer.parseInt(value);
    }
}

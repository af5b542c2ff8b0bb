package io.vectwin.jobs.docker;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * How the apache/kafka image turns a container's environment into server.properties: every {@code KAFKA_*}
 * variable but the launcher's own (heap, JVM and log4j options) becomes a property, lower-cased, with
 * {@code ___} → {@code -}, {@code __} → {@code _} and {@code _} → {@code .} (the image's documented rules, read
 * backwards). Variables without the prefix, such as {@code CLUSTER_ID}, are for the launcher.
 */
final class KafkaImageEnvironment {

    private static final String PREFIX = "KAFKA_";

    /** Read by the launch scripts, not written to server.properties. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("KAFKA_VERSION", "KAFKA_HEAP_OPTS", "KAFKA_LOG4J_OPTS",
            "KAFKA_OPTS", "KAFKA_JMX_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_LOG4J_ROOT_LOGLEVEL",
            "KAFKA_LOG4J_LOGGERS", "KAFKA_TOOLS_LOG4J_LOGLEVEL");

    private KafkaImageEnvironment() {
    }

    static Properties serverProperties(Map<String, String> environment) {
        Properties properties = new Properties();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && !LAUNCHER_VARIABLES.contains(name)) {
                properties.setProperty(propertyName(name.substring(PREFIX.length())), value);
            }
        });
        return properties;
    }

    static String propertyName(String variable) {
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < variable.length()) {
            char c = variable.charAt(i);
            if (c != '_') {
                name.append(Character.toLowerCase(c));
                i++;
            } else if (variable.startsWith("___", i)) {
                name.append('-');
                i += 3;
            } else if (variable.startsWith("__", i)) {
                name.append('_');
                i += 2;
            } else {
                name.append('.');
                i++;
            }
        }
        return name.toString();
    }
}

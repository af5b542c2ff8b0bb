package io.vectwin.jobs.docker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed compose file (plain maps from YAML, anchors and merge keys already resolved) with the few typed
 * views the checks need. Accepts both syntaxes compose accepts where it matters (environment as a map or a
 * {@code KEY=value} list, command as a list or a string).
 */
record ComposeFile(Map<String, Object> root) {

    Set<String> serviceNames() {
        return services().keySet();
    }

    Map<String, Object> service(String name) {
        Object service = services().get(name);
        if (!(service instanceof Map)) {
            throw new IllegalArgumentException("no service " + name + " in the compose file");
        }
        return asMap(service, name);
    }

    String image(String service) {
        return String.valueOf(service(service).get("image"));
    }

    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> variables.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                variables.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return variables;
    }

    /** The service's FLINK_PROPERTIES (the flink image's {@code key: value} lines), parsed. */
    Map<String, String> flinkProperties(String service) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : environment(service).getOrDefault("FLINK_PROPERTIES", "").split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                properties.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return properties;
    }

    List<String> command(String service) {
        Object command = service(service).get("command");
        if (command == null) {
            return List.of();
        }
        if (command instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return Arrays.asList(String.valueOf(command).trim().split("\\s+"));
    }

    List<PublishedPort> ports(String service) {
        Object ports = service(service).get("ports");
        if (!(ports instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(PublishedPort::parse).toList();
    }

    /** depends_on as service name to condition ({@code service_started} for the short list syntax). */
    Map<String, String> dependsOn(String service) {
        Object dependsOn = service(service).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(name -> conditions.put(String.valueOf(name), "service_started"));
        } else if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((name, spec) -> conditions.put(String.valueOf(name),
                    String.valueOf(asMap(spec, service + ".depends_on." + name).getOrDefault("condition", "service_started"))));
        }
        return conditions;
    }

    /**
     * Every published port that is reachable from other machines: one line per port that does not bind the
     * loopback address ({@code service: mapping}). Empty when the stack is local-only.
     */
    List<String> portsNotOnLoopback() {
        List<String> offenders = new ArrayList<>();
        for (String name : serviceNames()) {
            for (PublishedPort port : ports(name)) {
                if (!port.bindsLoopbackOnly()) {
                    offenders.add(name + ": " + (port.hostIp().isEmpty() ? "*" : port.hostIp()) + ":" + port.hostPort()
                            + " -> " + port.containerPort());
                }
            }
        }
        return offenders;
    }

    private Map<String, Object> services() {
        return asMap(root.get("services"), "services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(where + " is not a mapping in the compose file");
        }
        return (Map<String, Object>) value;
    }
}

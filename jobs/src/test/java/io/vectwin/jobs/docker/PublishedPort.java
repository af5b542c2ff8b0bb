package io.vectwin.jobs.docker;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a compose service's {@code ports}, in either syntax: short ({@code "127.0.0.1:8081:8081"},
 * {@code "8081:8081"}, {@code "8081"}) or long ({@code {target: 8081, published: 8081, host_ip: 127.0.0.1}}).
 * An empty {@code hostIp} means compose binds every interface of the host.
 */
record PublishedPort(String hostIp, String hostPort, String containerPort) {

    // [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]; an IPv6 address comes in brackets.
    private static final Pattern SHORT_SYNTAX =
            Pattern.compile("^(?:(\\[[^]]+]|[^:]+):)??(?:([^:]*):)?([^:/]+)(?:/\\w+)?$");

    PublishedPort {
        Objects.requireNonNull(hostIp, "hostIp");
        Objects.requireNonNull(hostPort, "hostPort");
        Objects.requireNonNull(containerPort, "containerPort");
    }

    static PublishedPort parse(Object entry) {
        if (entry instanceof Map<?, ?> longSyntax) {
            return new PublishedPort(text(longSyntax.get("host_ip")), text(longSyntax.get("published")),
                    text(longSyntax.get("target")));
        }
        String shortSyntax = text(entry);
        Matcher m = SHORT_SYNTAX.matcher(shortSyntax);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a compose port mapping: " + shortSyntax);
        }
        return new PublishedPort(text(m.group(1)), text(m.group(2)), m.group(3));
    }

    boolean bindsLoopbackOnly() {
        return hostIp.equals("127.0.0.1") || hostIp.equals("[::1]") || hostIp.equals("::1");
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}

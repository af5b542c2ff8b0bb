package io.vectwin.jobs.docker;

import java.util.LinkedHashMap;
import java.util.Map;

/** A host and port in a Kafka broker setting; an empty host in a listener means every interface. */
record KafkaEndpoint(String host, int port) {

    /** {@code listeners} / {@code advertised.listeners}: {@code NAME://host:port,...}, by listener name. */
    static Map<String, KafkaEndpoint> listeners(String setting) {
        Map<String, KafkaEndpoint> byName = new LinkedHashMap<>();
        for (String listener : setting.split(",")) {
            int scheme = listener.indexOf("://");
            if (scheme <= 0) {
                throw new IllegalArgumentException("not a listener: " + listener);
            }
            byName.put(listener.substring(0, scheme).trim(), parse(listener.substring(scheme + 3)));
        }
        return byName;
    }

    /** {@code controller.quorum.voters}: {@code id@host:port,...}, by node id. */
    static Map<Integer, KafkaEndpoint> voters(String setting) {
        Map<Integer, KafkaEndpoint> byId = new LinkedHashMap<>();
        for (String voter : setting.split(",")) {
            int at = voter.indexOf('@');
            if (at <= 0) {
                throw new IllegalArgumentException("not a quorum voter: " + voter);
            }
            KafkaEndpoint previous = byId.put(Integer.parseInt(voter.substring(0, at).trim()), parse(voter.substring(at + 1)));
            if (previous != null) {
                throw new IllegalArgumentException("node id listed twice in " + setting);
            }
        }
        return byId;
    }

    /** {@code host:port} (the host may be empty). */
    static KafkaEndpoint parse(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not host:port: " + hostPort);
        }
        return new KafkaEndpoint(hostPort.substring(0, colon).trim(), Integer.parseInt(hostPort.substring(colon + 1).trim()));
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}

package io.vectwin.jobs.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Reads overrides of a {@link TwinJobConfig} from a Java properties file (the scenario — profile
 * and entity counts — comes from the command line, shared with the simulator), strictly: an unknown
 * key or a value that does not parse is an error naming the file and the key, never ignored.
 *
 * <pre>
 * # vectwin twin job
 * policy = random
 * buffer.timeout.ms = 5
 * checkpoint.interval.ms = 2000
 * exactly.once = true
 * decision.alignment = event-time
 * </pre>
 */
public final class TwinJobConfigFile {

    /** Every key the file may hold, with how it changes the config. */
    private static final Map<String, BiConsumer<TwinJobConfig.Builder, String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("bootstrap.servers", (b, v) -> b.bootstrapServers(v));
        KEYS.put("group.id", (b, v) -> b.groupId(v));
        KEYS.put("policy", (b, v) -> b.policy(v));
        KEYS.put("seed", (b, v) -> b.seed(Long.parseLong(v)));
        KEYS.put("exactly.once", (b, v) -> b.exactlyOnce(parseBoolean(v)));
        KEYS.put("checkpoint.interval.ms", (b, v) -> b.checkpointInterval(millis(v)));
        KEYS.put("buffer.timeout.ms", (b, v) -> b.bufferTimeout(millis(v)));
        KEYS.put("sink.linger.ms", (b, v) -> b.sinkLinger(millis(v)));
        KEYS.put("max.out.of.orderness.ms", (b, v) -> b.maxOutOfOrderness(millis(v)));
        KEYS.put("vehicle.ttl.ms", (b, v) -> b.vehicleTtl(millis(v)));
        KEYS.put("history.length", (b, v) -> b.historyLength(Integer.parseInt(v)));
        KEYS.put("twin.wait.ms", (b, v) -> b.twinWait(millis(v)));
        KEYS.put("outcome.wait.ms", (b, v) -> b.outcomeWait(millis(v)));
        KEYS.put("model.file", (b, v) -> b.modelFile(v));
        KEYS.put("parallelism", (b, v) -> b.parallelism(Integer.parseInt(v)));
        KEYS.put("decision.alignment", (b, v) -> b.decisionAlignment(TwinJobConfig.DecisionAlignment.parse(v)));
        KEYS.put("twin.enabled", (b, v) -> b.twin(b.twin().withEnabled(parseBoolean(v))));
        KEYS.put("twin.lstm.model.file", (b, v) -> b.twin(b.twin().withLstmModelFile(v)));
        KEYS.put("twin.lstm.batch.size", (b, v) -> b.twin(new TwinJobConfig.TwinSettings(b.twin().enabled(),
                b.twin().lstmModelFile(), Integer.parseInt(v), b.twin().maxBatchDelay())));
        KEYS.put("twin.lstm.max.delay.ms", (b, v) -> b.twin(new TwinJobConfig.TwinSettings(b.twin().enabled(),
                b.twin().lstmModelFile(), b.twin().batchSize(), millis(v))));
    }

    private TwinJobConfigFile() {
    }

    public static java.util.Set<String> keys() {
        return KEYS.keySet();
    }

    /** {@code base} with the overrides of {@code file} applied. */
    public static TwinJobConfig apply(TwinJobConfig base, Path file) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not a properties file: " + e.getMessage(), e);
        }
        TwinJobConfig config = base;
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            var setter = KEYS.get(key);
            if (setter == null) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "' (known: " + String.join(", ", KEYS.keySet()) + ")");
            }
            String value = props.getProperty(key).trim();
            try {
                TwinJobConfig.Builder builder = config.toBuilder();
                setter.accept(builder, value);
                config = builder.build(); // validated key by key, so an error names the key that caused it
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": " + key + " = '" + value + "': " + e.getMessage(), e);
            }
        }
        return config;
    }

    private static Duration millis(String v) {
        return Duration.ofMillis(Long.parseLong(v));
    }

    private static boolean parseBoolean(String v) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("expected true or false");
    }
}

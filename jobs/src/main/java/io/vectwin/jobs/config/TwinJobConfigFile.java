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
import java.util.function.BiFunction;

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
 * </pre>
 */
public final class TwinJobConfigFile {

    /** Every key the file may hold, with how it changes the config. */
    private static final Map<String, BiFunction<TwinJobConfig, String, TwinJobConfig>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("bootstrap.servers", (c, v) -> c.withBootstrapServers(v));
        KEYS.put("group.id", (c, v) -> copy(c, v, null, null, null, null, null, null));
        KEYS.put("policy", (c, v) -> c.withPolicy(v));
        KEYS.put("seed", (c, v) -> copy(c, null, Long.parseLong(v), null, null, null, null, null));
        KEYS.put("exactly.once", (c, v) -> c.withExactlyOnce(parseBoolean(v)));
        KEYS.put("checkpoint.interval.ms", (c, v) -> c.withCheckpointInterval(millis(v)));
        KEYS.put("buffer.timeout.ms", (c, v) -> copy(c, null, null, millis(v), null, null, null, null));
        KEYS.put("max.out.of.orderness.ms", (c, v) -> copy(c, null, null, null, millis(v), null, null, null));
        KEYS.put("vehicle.ttl.ms", (c, v) -> copy(c, null, null, null, null, millis(v), null, null));
        KEYS.put("history.length", (c, v) -> copy(c, null, null, null, null, null, Integer.parseInt(v), null));
        KEYS.put("twin.wait.ms", (c, v) -> c.withTwinWait(millis(v)));
        KEYS.put("model.file", (c, v) -> c.withModelFile(v));
        KEYS.put("parallelism", (c, v) -> copy(c, null, null, null, null, null, null, Integer.parseInt(v)));
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
                config = setter.apply(config, value);
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

    /** The config with the non-null arguments replaced. */
    private static TwinJobConfig copy(TwinJobConfig c, String groupId, Long seed, Duration bufferTimeout,
            Duration maxOutOfOrderness, Duration vehicleTtl, Integer historyLength, Integer parallelism) {
        return new TwinJobConfig(c.bootstrapServers(), groupId != null ? groupId : c.groupId(), c.profile(), c.vehicles(),
                c.uavs(), c.baseStations(), c.policy(), seed != null ? seed : c.seed(), c.exactlyOnce(), c.checkpointInterval(),
                bufferTimeout != null ? bufferTimeout : c.bufferTimeout(),
                maxOutOfOrderness != null ? maxOutOfOrderness : c.maxOutOfOrderness(),
                vehicleTtl != null ? vehicleTtl : c.vehicleTtl(), historyLength != null ? historyLength : c.historyLength(),
                c.twinWait(), parallelism != null ? parallelism : c.parallelism(), c.modelFile());
    }
}

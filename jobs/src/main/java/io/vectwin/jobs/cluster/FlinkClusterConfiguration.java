package io.vectwin.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessSpec;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils;
import org.apache.flink.runtime.jobmanager.JobManagerProcessSpec;
import org.apache.flink.runtime.jobmanager.JobManagerProcessUtils;
import org.apache.flink.runtime.util.config.memory.ProcessMemoryUtils;

/**
 * The configuration of a local standalone Flink cluster ({@code conf/config.yaml}) and the JVM
 * flags its processes start with.
 *
 * <p>The flags are what Flink's start scripts get from {@code BashJavaUtils GET_JM_RESOURCE_PARAMS}
 * and {@code GET_TM_RESOURCE_PARAMS}: heap, direct and metaspace limits derived from the memory
 * model, plus {@code -D key=value} settings that pin the derived sizes for the process. They are
 * computed here with the same Flink classes BashJavaUtils calls, so no extra JVM has to start.
 */
public final class FlinkClusterConfiguration {

    /** Every address binds to and advertises loopback: the cluster is local. */
    public static final String HOST = "127.0.0.1";

    /** How often the JobManager and TaskManagers exchange heartbeats. */
    static final long HEARTBEAT_INTERVAL_MS = 1_000;
    /** A TaskManager silent this long is declared lost: a killed one is noticed within seconds, not 50 s. */
    static final long HEARTBEAT_TIMEOUT_MS = 5_000;
    /** Restarts before the job fails for good; the pause between two. */
    static final int RESTART_ATTEMPTS = 30;
    static final String RESTART_DELAY = "2 s";

    /**
     * The module openings Flink's distribution passes to every JVM on Java 17 ({@code env.java.opts.all}
     * in its default config.yaml): Kryo and the closure cleaner reflect into these packages.
     */
    static final List<String> JAVA_17_OPENS = List.of(
            "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    /** JVM options and {@code -D key=value} program arguments of one Flink process. */
    public record ProcessFlags(List<String> jvmOptions, List<String> dynamicProperties) {
        public ProcessFlags {
            jvmOptions = List.copyOf(jvmOptions);
            dynamicProperties = List.copyOf(dynamicProperties);
        }
    }

    private final Map<String, String> settings;

    private FlinkClusterConfiguration(Map<String, String> settings) {
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * The settings of a cluster in {@code dir} with {@code layout}, its JobManager RPC and REST
     * endpoints on {@code rpcPort} and {@code restPort}.
     */
    public static FlinkClusterConfiguration of(ClusterDirectory dir, ClusterLayout layout, int rpcPort, int restPort) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("jobmanager.rpc.address", HOST);
        s.put("jobmanager.rpc.port", Integer.toString(rpcPort));
        s.put("jobmanager.bind-host", HOST);
        s.put("taskmanager.bind-host", HOST);
        s.put("taskmanager.host", HOST);
        s.put("rest.address", HOST);
        s.put("rest.bind-address", HOST);
        s.put("rest.port", Integer.toString(restPort));
        // four JVMs (JM, two TMs, Kafka) and the client on a small machine: small, explicit memory
        s.put("jobmanager.memory.process.size", "768m");
        s.put("taskmanager.memory.process.size", "1024m");
        // the twin keeps its state on the heap (hashmap backend): managed memory would go unused
        s.put("taskmanager.memory.managed.size", "16m");
        s.put("taskmanager.memory.network.min", "32m");
        s.put("taskmanager.memory.network.max", "32m");
        s.put("taskmanager.numberOfTaskSlots", Integer.toString(layout.slotsPerTaskManager()));
        // Flink 2's successor of cluster.evenly-spread-out-slots: a job's slots go to the least used TaskManagers
        s.put("taskmanager.load-balance.mode", "slots");
        s.put("parallelism.default", "1");
        s.put("heartbeat.interval", Long.toString(HEARTBEAT_INTERVAL_MS));
        s.put("heartbeat.timeout", Long.toString(HEARTBEAT_TIMEOUT_MS));
        s.put("restart-strategy.type", "fixed-delay");
        s.put("restart-strategy.fixed-delay.attempts", Integer.toString(RESTART_ATTEMPTS));
        s.put("restart-strategy.fixed-delay.delay", RESTART_DELAY);
        s.put("state.backend.type", "hashmap");
        s.put("execution.checkpointing.dir", dir.checkpoints().toUri().toString());
        s.put("io.tmp.dirs", dir.tmp().toString());
        s.put("web.tmpdir", dir.tmp().resolve("web").toString());
        return new FlinkClusterConfiguration(s);
    }

    public Map<String, String> settings() {
        return settings;
    }

    public String get(String key) {
        return settings.get(key);
    }

    /** {@code config.yaml}: one flat {@code key: 'value'} line per setting (Flink 2 reads standard YAML). */
    public String toYaml() {
        StringBuilder yaml = new StringBuilder("# generated by vectwin (io.vectwin.jobs.cluster.LocalCluster)\n");
        settings.forEach((k, v) -> yaml.append(k).append(": '").append(v.replace("'", "''")).append("'\n"));
        return yaml.toString();
    }

    /** Writes {@code config.yaml} into {@code confDir}; returns the file. */
    public Path write(Path confDir) {
        try {
            Files.createDirectories(confDir);
            return Files.writeString(confDir.resolve("config.yaml"), toYaml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Flink configuration into " + confDir, e);
        }
    }

    /** What {@code BashJavaUtils GET_JM_RESOURCE_PARAMS} prints for this configuration. */
    public ProcessFlags jobManagerFlags() {
        Configuration conf = Configuration.fromMap(settings);
        JobManagerProcessSpec spec = JobManagerProcessUtils.processSpecFromConfig(conf);
        return new ProcessFlags(tokens(JobManagerProcessUtils.generateJvmParametersStr(spec, conf)),
                tokens(JobManagerProcessUtils.generateDynamicConfigsStr(spec)));
    }

    /**
     * What {@code BashJavaUtils GET_TM_RESOURCE_PARAMS} prints for this configuration, plus the
     * TaskManager's resource id (so REST answers and logs name it {@code resourceId}).
     */
    public ProcessFlags taskManagerFlags(String resourceId) {
        TaskExecutorProcessSpec spec = TaskExecutorProcessUtils.processSpecFromConfig(Configuration.fromMap(settings));
        List<String> dynamic = new ArrayList<>(tokens(TaskExecutorProcessUtils.generateDynamicConfigsStr(spec)));
        dynamic.add("-D");
        dynamic.add("taskmanager.resource-id=" + resourceId);
        return new ProcessFlags(tokens(ProcessMemoryUtils.generateJvmParametersStr(spec)), dynamic);
    }

    /** Flink's strings separate arguments by single spaces; none of their values holds one. */
    private static List<String> tokens(String s) {
        return Arrays.stream(s.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }
}

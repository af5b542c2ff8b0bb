package io.vectwin.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkClusterConfigurationTest {

    @TempDir
    Path tmp;

    private FlinkClusterConfiguration config() {
        return FlinkClusterConfiguration.of(new ClusterDirectory(tmp.resolve("cluster")), new ClusterLayout(2, 3, 4),
                41_000, 42_000);
    }

    @Test
    void flinkReadsTheWrittenFileBackAsWritten() {
        FlinkClusterConfiguration config = config();
        Path dir = config.write(tmp.resolve("conf")).getParent();
        Configuration read = GlobalConfiguration.loadConfiguration(dir.toString());
        config.settings().forEach((k, v) -> assertThat(read.toMap()).containsEntry(k, v));
        assertThat(read.toMap()).containsEntry("taskmanager.numberOfTaskSlots", "3").containsEntry("rest.port", "42000")
                .containsEntry("jobmanager.rpc.port", "41000");
    }

    @Test
    void aLostTaskManagerIsNoticedWithinSecondsAndTheJobRestartsFromCheckpointsInTheClusterDirectory() {
        FlinkClusterConfiguration config = config();
        assertThat(Long.parseLong(config.get("heartbeat.timeout"))).isLessThanOrEqualTo(10_000);
        assertThat(config.get("restart-strategy.type")).isEqualTo("fixed-delay");
        assertThat(Integer.parseInt(config.get("restart-strategy.fixed-delay.attempts"))).isGreaterThan(1);
        assertThat(config.get("execution.checkpointing.dir")).startsWith("file:/")
                .contains(tmp.resolve("cluster").resolve("checkpoints").toString());
        assertThat(config.get("io.tmp.dirs")).startsWith(tmp.resolve("cluster").toString());
        assertThat(config.get("taskmanager.load-balance.mode")).isEqualTo("slots");
    }

    @Test
    void processFlagsAreThoseOfFlinksMemoryModelAsBashJavaUtilsPrintsThem() {
        FlinkClusterConfiguration.ProcessFlags tm = config().taskManagerFlags("taskmanager-7");
        assertThat(tm.jvmOptions()).anyMatch(o -> o.startsWith("-Xmx")).anyMatch(o -> o.startsWith("-XX:MaxDirectMemorySize="));
        assertThat(tm.dynamicProperties()).contains("taskmanager.resource-id=taskmanager-7")
                .anyMatch(p -> p.startsWith("taskmanager.memory.task.heap.size="));
        // "-D" and "key=value" alternate, as TaskManagerRunner parses them
        for (int i = 0; i < tm.dynamicProperties().size(); i += 2) {
            assertThat(tm.dynamicProperties().get(i)).isEqualTo("-D");
            assertThat(tm.dynamicProperties().get(i + 1)).contains("=");
        }
        FlinkClusterConfiguration.ProcessFlags jm = config().jobManagerFlags();
        assertThat(jm.jvmOptions()).anyMatch(o -> o.startsWith("-Xmx"));
        assertThat(jm.dynamicProperties()).anyMatch(p -> p.startsWith("jobmanager.memory.heap.size="));
    }

    @Test
    void yamlQuotesEveryValue() {
        assertThat(config().toYaml()).contains("restart-strategy.fixed-delay.delay: '2 s'\n");
    }
}

package io.vectwin.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a local cluster writes: argument files and the state file, and what a stale pid is worth. */
class ClusterFilesTest {

    @TempDir
    Path tmp;

    @Test
    void argumentFilesQuoteEveryArgumentForTheJavaLauncher() {
        assertThat(ChildJvm.argFileText(List.of("-Xmx1g", "a b", "C:\\x", "say \"hi\"")))
                .isEqualTo("\"-Xmx1g\"\n\"a b\"\n\"C:\\\\x\"\n\"say \\\"hi\\\"\"\n");
    }

    @Test
    void theChildrensClassPathIsAbsolute() {
        assertThat(Arrays.asList(ChildJvm.classPath().split(File.pathSeparator)))
                .isNotEmpty().allSatisfy(entry -> assertThat(Path.of(entry)).isAbsolute());
    }

    @Test
    void theStateFileRoundTrips() {
        ClusterState state = new ClusterState("/d", "127.0.0.1:9092", 8081, new ClusterLayout(2, 2, 4),
                List.of(new ClusterState.Member("kafka", 12, "/d/conf/kafka.args", "/d/logs/kafka.log"),
                        new ClusterState.Member("jobmanager", 13, "/d/conf/jobmanager.args", "/d/logs/jobmanager.log")));
        Path file = tmp.resolve("cluster.json");
        state.write(file);
        assertThat(ClusterState.read(file)).isEqualTo(state);
        assertThat(state.restUrl()).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void aMissingOrBrokenStateFileIsNamed() throws Exception {
        Path missing = tmp.resolve("nothing.json");
        assertThatThrownBy(() -> ClusterState.read(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{not json");
        assertThatThrownBy(() -> ClusterState.read(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("not a cluster state");
    }

    @Test
    void aPidWhoseCommandLineDoesNotNameTheArgumentFileIsLeftAlone() {
        // this very JVM: alive, but not started with that argument file (a reused pid after a reboot, say)
        ClusterState.Member stranger = new ClusterState.Member("jobmanager", ProcessHandle.current().pid(),
                tmp.resolve("conf/jobmanager.args").toString(), "log");
        assertThat(ClusterStopper.ours(stranger)).isEmpty();
        assertThat(ClusterStopper.ours(new ClusterState.Member("kafka", Long.MAX_VALUE, "x", "y"))).isEmpty();
    }

    @Test
    void layoutsAreValidated() {
        assertThat(new ClusterLayout(2, 2, 4).totalSlots()).isEqualTo(4);
        assertThatThrownBy(() -> new ClusterLayout(0, 2, 4)).hasMessageContaining("taskManagers");
        assertThatThrownBy(() -> new ClusterLayout(2, 0, 4)).hasMessageContaining("slotsPerTaskManager");
        assertThatThrownBy(() -> new ClusterLayout(2, 2, 0)).hasMessageContaining("partitions");
    }
}

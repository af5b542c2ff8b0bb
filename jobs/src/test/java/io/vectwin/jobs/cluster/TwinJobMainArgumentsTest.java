package io.vectwin.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.jobs.TwinJobMain;
import io.vectwin.jobs.config.TwinJobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TwinJobMain}'s arguments: what a cluster's {@code flink run} or application mode passes. */
class TwinJobMainArgumentsTest {

    @TempDir
    Path tmp;

    @Test
    void parallelismComesFromTheOptionElseTheFileElseTheEnvironment() throws Exception {
        Path file = Files.writeString(tmp.resolve("job.properties"), "parallelism=3\npolicy=random\nbootstrap.servers=x:1\n");
        assertThat(TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "k:9092"}).config(4).parallelism()).isEqualTo(4);
        TwinJobConfig fromFile = TwinJobMain.Arguments.parse(
                new String[] {"--bootstrap", "k:9092", "--job-config", file.toString()}).config(4);
        assertThat(fromFile.parallelism()).isEqualTo(3);
        assertThat(fromFile.policy()).isEqualTo("random");
        assertThat(fromFile.bootstrapServers()).isEqualTo("k:9092");
        assertThat(TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "a:1,b:2", "--job-config", file.toString(),
                "--parallelism", "2"}).config(4).parallelism()).isEqualTo(2);
    }

    @Test
    void badArgumentsAreNamed() throws Exception {
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[0])).hasMessageStartingWith("--bootstrap: missing");
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "nohost"}))
                .hasMessage("--bootstrap: 'nohost' is not HOST:PORT");
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "h:99999"}))
                .hasMessage("--bootstrap: 'h:99999' is not HOST:PORT");
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "h:1", "--parallelism", "0"}))
                .hasMessage("--parallelism: '0' is not a positive integer");
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "h:1", "--parallelism"}))
                .hasMessage("--parallelism: missing value");
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "h:1", "--speed", "2"}))
                .hasMessageStartingWith("unknown argument '--speed'");
        Path bad = Files.writeString(tmp.resolve("bad.properties"), "no.such.key=1\n");
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "h:1", "--job-config",
                bad.toString()}).config(1)).hasMessageStartingWith("--job-config: " + bad).hasMessageContaining("no.such.key");
        Path policy = Files.writeString(tmp.resolve("policy.properties"), "policy=telepathy\n");
        assertThatThrownBy(() -> TwinJobMain.Arguments.parse(new String[] {"--bootstrap", "h:1", "--job-config",
                policy.toString()}).config(1)).hasMessageStartingWith("policy 'telepathy'");
    }
}

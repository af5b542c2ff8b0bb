package io.vectwin.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinJobConfigFileTest {

    @Test
    void overridesOnlyWhatTheFileSays(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("job.properties");
        Files.writeString(f, "# tuning\npolicy = Random\nbuffer.timeout.ms = 5\nsink.linger.ms = 0\nexactly.once=true\ncheckpoint.interval.ms=2000\nparallelism=2\noutcome.wait.ms=750\n");
        TwinJobConfig base = TwinJobConfig.defaults("h:1");
        TwinJobConfig c = TwinJobConfigFile.apply(base, f);
        assertThat(c.policy()).isEqualTo("random");
        assertThat(c.bufferTimeout()).isEqualTo(Duration.ofMillis(5));
        assertThat(c.sinkLinger()).isZero();
        assertThat(base.sinkLinger()).isEqualTo(Duration.ofMillis(1));
        assertThat(c.exactlyOnce()).isTrue();
        assertThat(c.checkpointInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.parallelism()).isEqualTo(2);
        assertThat(c.twinWait()).isEqualTo(base.twinWait());
        assertThat(c.outcomeWait()).isEqualTo(Duration.ofMillis(750));
        assertThat(c.bootstrapServers()).isEqualTo("h:1");
        assertThat(TwinJobConfigFile.keys()).contains("history.length", "vehicle.ttl.ms", "max.out.of.orderness.ms");
    }

    @Test
    void unknownKeysAndBadValuesNameTheFileAndTheKey(@TempDir Path dir) throws Exception {
        Path unknown = dir.resolve("a.properties");
        Files.writeString(unknown, "buffer.timeout=5\n");
        assertThatThrownBy(() -> TwinJobConfigFile.apply(TwinJobConfig.defaults("h:1"), unknown))
                .hasMessageStartingWith(unknown + ": unknown key 'buffer.timeout'");
        Path bad = dir.resolve("b.properties");
        Files.writeString(bad, "history.length = 0\n");
        assertThatThrownBy(() -> TwinJobConfigFile.apply(TwinJobConfig.defaults("h:1"), bad))
                .hasMessageStartingWith(bad + ": history.length = '0': historyLength must be > 0");
        Path notBool = dir.resolve("c.properties");
        Files.writeString(notBool, "exactly.once = yes\n");
        assertThatThrownBy(() -> TwinJobConfigFile.apply(TwinJobConfig.defaults("h:1"), notBool))
                .hasMessageContaining("exactly.once = 'yes': expected true or false");
        assertThatThrownBy(() -> TwinJobConfigFile.apply(TwinJobConfig.defaults("h:1"), dir.resolve("missing")))
                .hasMessageContaining("missing: cannot read");
    }

    @Test
    void decisionAlignmentIsArrivalByDefaultAndEventTimeOnRequest(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("replay.properties");
        Files.writeString(f, "decision.alignment = Event-Time\n");
        assertThat(TwinJobConfig.defaults("h:1").decisionAlignment()).isEqualTo(TwinJobConfig.DecisionAlignment.ARRIVAL);
        assertThat(TwinJobConfigFile.apply(TwinJobConfig.defaults("h:1"), f).decisionAlignment())
                .isEqualTo(TwinJobConfig.DecisionAlignment.EVENT_TIME);
        Files.writeString(f, "decision.alignment = watermark\n");
        assertThatThrownBy(() -> TwinJobConfigFile.apply(TwinJobConfig.defaults("h:1"), f))
                .hasMessageContaining("decision.alignment = 'watermark': unknown decision alignment");
    }
}

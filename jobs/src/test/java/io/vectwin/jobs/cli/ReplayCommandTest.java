package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Argument and file errors (the replay itself runs in RecordReplayIntegrationTest). */
class ReplayCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingRecordingIsOneLineNamingTheFileBeforeAnythingStarts() {
        Path missing = dir.resolve("nope.avro");

        CliRun run = CliRun.of("replay", missing.toString());

        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_FAILURE);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("vectwin replay: error: " + missing + ": no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotARecordingIsRefused() throws Exception {
        Path csv = Files.writeString(dir.resolve("fixes.csv"), "vehicle_id,timestamp,lat,lon\n");

        CliRun run = CliRun.of("replay", csv.toString());

        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_FAILURE);
        assertThat(run.errLines()).singleElement().asString().contains(csv + ": not an Avro container file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "fast", "NaN"})
    void aSpeedMustBePositiveOrMax(String speed) {
        CliRun run = CliRun.of("replay", "--speed", speed, "x.avro");

        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("vectwin replay: --speed: ");
    }

    @Test
    void speedMaxMeansNoWaiting() {
        assertThat(new ReplayCommand.SpeedConverter().convert("max")).isInfinite();
        assertThat(new ReplayCommand.SpeedConverter().convert("10")).isEqualTo(10.0);
    }
}

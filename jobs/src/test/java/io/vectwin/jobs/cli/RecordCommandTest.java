package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.recording.RecordingReader;
import io.vectwin.ingest.recording.RecordingSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordCommandTest {

    @TempDir
    Path dir;

    @Test
    void recordsTheSimulatorIntoAReadableFileWithItsScenarioInTheHeader() {
        Path out = dir.resolve("sim.avro");

        CliRun run = CliRun.of("record", "--out", out.toString(), "--seconds", "0.2", "--vehicles", "3", "--uavs", "1",
                "--base-stations", "1", "--seed", "9", "--rate", "50");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(VectwinCli.EXIT_OK);
        assertThat(run.outLines()).singleElement().asString().startsWith("recorded 80 records (50 telemetry, 30 task requests");
        try (RecordingReader r = RecordingReader.open(out)) {
            assertThat(RecordingSummary.of(r).records()).isEqualTo(80);
            assertThat(r.metadata()).containsEntry("source", "simulator").containsEntry("seed", "9")
                    .containsEntry("decided-by", "greedy").containsKey("vectwin-version");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--seconds 1                                        | --out",
        "--out X --from-topic                               | --bootstrap",
        "--out X --bootstrap h:1                            | --bootstrap",
        "--out X --vehicles 0                               | --vehicles",
        "--out X --from-topic --bootstrap h:1 --seconds 0   | --seconds",
    })
    void badArgumentsGiveOneLineNamingTheOptionAndExitTwo(String args, String option) {
        CliRun run = CliRun.of(("record " + args.trim().replace("X", dir.resolve("x.avro").toString())).split("\\s+"));

        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("vectwin record: ").contains(option);
    }

    @Test
    void anUnwritableOutputIsOneLineNamingIt() {
        CliRun run = CliRun.of("record", "--out", dir.toString(), "--seconds", "0.1");

        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).singleElement().asString().startsWith("vectwin record: --out: " + dir);
    }
}

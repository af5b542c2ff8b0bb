package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** record → train-lstm → eval-lstm through the CLI on a tiny scenario and a tiny network. */
class LstmCommandsTest {

    @TempDir
    static Path dir;

    private static Path recording;
    private static Path model;
    private static CliRun training;

    @BeforeAll
    static void recordAndTrain() {
        recording = dir.resolve("tiny.avro");
        CliRun record = CliRun.of("record", "--out", recording.toString(), "--seconds", "1.2", "--vehicles", "4",
                "--uavs", "2", "--base-stations", "2", "--seed", "3");
        assertThat(record.exitCode()).as(record.err()).isZero();
        model = dir.resolve("m.zip");
        training = CliRun.of("train-lstm", "--data", recording.toString(), "--out", model.toString(), "--epochs", "2",
                "--layers", "1", "--units", "4", "--window", "3", "--batch", "32", "--history",
                dir.resolve("h.csv").toString());
    }

    @Test
    void trainingWritesAModelAndOneHistoryRowPerEpoch() throws IOException {
        assertThat(training.exitCode()).as(training.err()).isZero();
        assertThat(training.out()).containsPattern("model .*m\\.zip version [0-9a-f]{12}: [12] epochs");
        assertThat(training.out()).contains("held-out entities (physical profile)");
        assertThat(training.errLines()).anyMatch(l -> l.startsWith("epoch 1/2  train "));
        assertThat(Files.readAllLines(dir.resolve("h.csv")).get(0))
                .isEqualTo("epoch,train_loss,validation_loss,learning_rate,best,seconds");
        assertThat(Files.readAllLines(dir.resolve("h.csv"))).hasSizeBetween(2, 3);
    }

    @Test
    void evaluationReportsTheLstmBesideBothBaselinesOnTheHeldOutEntities() throws IOException {
        Path json = dir.resolve("eval.json");
        CliRun run = CliRun.of("eval-lstm", "--model", model.toString(), "--data", recording.toString(), "--json",
                json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("held-out entities").contains("constant_velocity");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        for (String key : new String[] {"rmse_position_m", "rmse_position_m_last_value",
                "rmse_position_m_constant_velocity", "rmse_cpu_hz", "rmse_cpu_hz_last_value"}) {
            assertThat(report.get(key)).as(key).isNotNull();
            assertThat(report.get(key).asDouble()).as(key).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(report.get("evaluated_on").asText()).isEqualTo("held-out entities of the training files");
        assertThat(report.get("samples").asInt()).isPositive();
    }

    @Test
    void unreadableInputsAreOneLineErrorsWithExitTwo() throws IOException {
        Path missing = dir.resolve("none.avro");
        CliRun noData = CliRun.of("train-lstm", "--data", missing.toString(), "--out", dir.resolve("x.zip").toString());
        assertThat(noData.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(noData.errLines()).hasSize(1);
        assertThat(noData.err()).startsWith("vectwin train-lstm: --data: ").contains(missing.toString());

        CliRun noModel = CliRun.of("publish-model", "--bootstrap", "127.0.0.1:1", "--model", missing.toString());
        assertThat(noModel.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(noModel.errLines()).containsExactly("vectwin publish-model: --model: " + missing + ": no such model file");

        Path garbage = Files.writeString(dir.resolve("garbage.zip"), "no model");
        CliRun notAModel = CliRun.of("publish-model", "--bootstrap", "127.0.0.1:1", "--model", garbage.toString());
        assertThat(notAModel.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(notAModel.err()).startsWith("vectwin publish-model: --model: " + garbage + ": not a twin model file");
        CliRun badModel = CliRun.of("eval-lstm", "--model", garbage.toString(), "--data", recording.toString());
        assertThat(badModel.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(badModel.errLines()).containsExactly("vectwin eval-lstm: --model: " + garbage
                + ": not a twin model file (entry metadata.json missing)");
    }

    @Test
    void theTwinSwitchesTakeOnOrOffAndABadLstmModelIsAOneLineError() {
        TwinOptions options = new TwinOptions();
        picocli.CommandLine cl = new picocli.CommandLine(new Object() {
            @picocli.CommandLine.Mixin
            TwinOptions twin = options;
        });
        cl.parseArgs("--twin", "off", "--lstm", "off");
        io.vectwin.jobs.config.TwinJobConfig base = io.vectwin.jobs.config.TwinJobConfig.defaults("h:1");
        assertThat(options.apply(base, cl.getCommandSpec()).twin().view())
                .isEqualTo(io.vectwin.jobs.config.TwinJobConfig.TwinView.OFF);
        cl.parseArgs("--lstm-model", model.toString());
        assertThat(options.apply(base, cl.getCommandSpec()).twin().view())
                .isEqualTo(io.vectwin.jobs.config.TwinJobConfig.TwinView.PREDICTED);

        CliRun bad = CliRun.of("demo", "--lstm-model", dir.resolve("none.zip").toString(), "--seconds", "1");
        assertThat(bad.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(bad.errLines()).containsExactly("vectwin demo: --lstm-model: " + dir.resolve("none.zip")
                + ": no such model file");
        CliRun word = CliRun.of("demo", "--lstm", "maybe", "--seconds", "1");
        assertThat(word.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(word.err()).contains("--lstm").contains("'maybe' is not on or off");
    }
}

package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.quantum.policy.QpnParametersFile;
import io.vectwin.quantum.training.EpisodeCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsEverySeedIntoItsOwnDirectoryWithACsvRowPerEpisodeAndDeployablePolicies() throws IOException {
        CliRun run = CliRun.of("train", "--algo", "qdrl-nodt", "--episodes", "3", "--steps", "4", "--seeds", "2",
                "--vehicles", "3", "--uavs", "2", "--base-stations", "2", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("trained qdrl-nodt: 2 run(s) x 3 episodes x 4 steps");
        for (String seed : List.of("seed-1", "seed-2")) {
            Path runDir = dir.resolve("qdrl-nodt").resolve(seed);
            List<String> lines = Files.readAllLines(runDir.resolve("episodes.csv"), StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo(String.join(",", EpisodeCsv.HEADER));
            assertThat(lines).hasSize(4);
            assertThat(lines.get(3)).startsWith("2,");
            for (String agent : List.of("vehicle", "uav", "bs")) {
                assertThat(QpnParametersFile.read(runDir.resolve(agent + ".qpn.json")).hasReadout()).isTrue();
            }
        }
        // the vehicle actor deploys as the job's quantum policy
        Path vehicle = dir.resolve("qdrl-nodt/seed-1/vehicle.qpn.json");
        assertThat(new io.vectwin.quantum.QuantumPolicy(vehicle, io.vectwin.model.params.NetworkParameters.physical()
                .withGeometry(io.vectwin.model.params.NetworkParameters.physical().geometry().withCounts(3, 2, 2)))
                .actionSpace().size()).isEqualTo((2 + 2) * 4 * 3); // nodes x power levels x segment sizes
    }

    @Test
    void resumingACompleteRunTrainsNothingMore() throws IOException {
        String[] args = {"train", "--algo", "qdrl-nolstm", "--episodes", "2", "--steps", "3", "--vehicles", "3", "--uavs",
            "2", "--base-stations", "2", "--out", dir.toString(), "--checkpoint-every", "1"};
        assertThat(CliRun.of(args).exitCode()).isZero();
        Path csv = dir.resolve("qdrl-nolstm/seed-1/episodes.csv");
        String before = Files.readString(csv);
        String[] resumed = java.util.Arrays.copyOf(args, args.length + 1);
        resumed[args.length] = "--resume";
        CliRun again = CliRun.of(resumed);
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("already complete");
        assertThat(Files.readString(csv)).isEqualTo(before);
    }

    @Test
    void badArgumentsAreOneLineWithExitTwo() {
        CliRun unknown = CliRun.of("train", "--algo", "sarsa", "--out", dir.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("vectwin train: --algo: unknown algorithm 'sarsa' (known: qdrl,"
                + " qdrl-single, qdrl-nolstm, qdrl-nodt, ppo, ddpg)");
        CliRun noModel = CliRun.of("train", "--algo", "qdrl", "--out", dir.toString());
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("--lstm-model: qdrl decides on the LSTM twin's predicted states");
        CliRun superfluous = CliRun.of("train", "--algo", "qdrl-nodt", "--lstm-model", "m.zip", "--out", dir.toString());
        assertThat(superfluous.exitCode()).isEqualTo(2);
        assertThat(superfluous.err()).contains("--lstm-model: qdrl-nodt decides without the LSTM");
        CliRun missing = CliRun.of("train", "--algo", "qdrl", "--lstm-model", dir.resolve("none.zip").toString(), "--out",
                dir.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("none.zip: no such model file");
    }
}

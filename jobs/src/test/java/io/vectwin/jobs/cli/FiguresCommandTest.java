package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole figures pipeline on a tiny budget: a small LSTM made with the CLI's own record and
 * train-lstm, every run two episodes of four steps, one evaluation episode per point.
 */
class FiguresCommandTest {

    @TempDir
    Path dir;

    @Test
    void drawsEveryFigureAndWritesTheReportFromItsOwnRuns() throws IOException {
        Path traffic = dir.resolve("traffic.avro");
        Path model = dir.resolve("lstm.zip");
        assertThat(CliRun.of("record", "--out", traffic.toString(), "--seconds", "2", "--seed", "3").exitCode()).isZero();
        CliRun lstm = CliRun.of("train-lstm", "--data", traffic.toString(), "--out", model.toString(), "--epochs", "1",
                "--layers", "1", "--units", "8", "--window", "3");
        assertThat(lstm.exitCode()).as(lstm.err()).isZero();

        Path out = dir.resolve("fig");
        CliRun run = CliRun.of("figures", "--out", out.toString(), "--quick", "--episodes", "2", "--seeds", "1", "--steps",
                "4", "--evaluation-episodes", "1", "--lstm-model", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path figures = out.resolve("figures/physical");
        for (String f : List.of("fig3-reward", "fig3-reward-per-agent", "fig4-latency-steps", "fig5-energy-subtask-size",
                "fig6-qos-cpu", "fig7-latency-block-length")) {
            assertThat(figures.resolve(f + ".png")).isRegularFile();
            assertThat(figures.resolve(f + ".csv")).isRegularFile();
        }
        assertThat(Files.readAllLines(figures.resolve("fig3-reward.csv"))).hasSize(1 + 3 * 2);
        assertThat(Files.readAllLines(figures.resolve("fig4-latency-steps.csv"))).hasSize(1 + 5 * 4);
        assertThat(Files.readString(figures.resolve("table-iii.md"))).contains("Okumura");
        String report = Files.readString(out.resolve("REPRODUCTION.md"));
        assertThat(report).contains("## Profile `physical`").contains("| Fig. 3: QDRL's normalised reward above PPO's")
                .contains("- command: `bin/vectwin figures --out " + out + " --quick --profile physical --episodes 2 --seeds 1"
                        + " --steps 4 --evaluation-episodes 1 --lstm-model " + model + "`");
        assertThat(out.resolve("runs/physical/v20-u10-b4/ppo/seed-1/episodes.csv")).isRegularFile();
        assertThat(out.resolve("runs/physical/v20-u4-b4/qdrl/seed-1/vehicle.qpn.json")).isRegularFile();

        // a second call trains nothing more: the runs are complete
        CliRun again = CliRun.of("figures", "--out", out.toString(), "--quick", "--episodes", "2", "--seeds", "1",
                "--steps", "4", "--evaluation-episodes", "1", "--lstm-model", model.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("runs/physical/v20-u10-b4/ppo/seed-1/episodes.csv"))).hasSize(3);
    }

    @Test
    void aMissingModelIsABadArgument() {
        CliRun run = CliRun.of("figures", "--out", dir.toString(), "--lstm-model", dir.resolve("none.zip").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lstm-model").contains("none.zip: no such model file");
    }
}

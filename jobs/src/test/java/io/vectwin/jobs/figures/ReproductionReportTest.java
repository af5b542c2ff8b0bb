package io.vectwin.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.params.Profile;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproductionReportTest {

    private static ReproductionReport.Findings findings(Profile profile, double qdrlReward) {
        Map<TrainingAlgorithm, Double> normalised = new LinkedHashMap<>();
        normalised.put(TrainingAlgorithm.QDRL, qdrlReward);
        normalised.put(TrainingAlgorithm.PPO, 0.5);
        normalised.put(TrainingAlgorithm.DDPG, 0.4);
        Map<TrainingAlgorithm, double[]> latency = new LinkedHashMap<>();
        double[] steps = new double[20];
        for (TrainingAlgorithm a : FigurePlan.FIG4) {
            double[] l = steps.clone();
            l[9] = a == TrainingAlgorithm.QDRL ? 7.0 : a == TrainingAlgorithm.PPO ? 10.0 : 5.0;
            latency.put(a, l);
        }
        Map<TrainingAlgorithm, double[]> energy = new LinkedHashMap<>();
        for (TrainingAlgorithm a : FigurePlan.FIG5) {
            energy.put(a, new double[] {0, 0, 0, 0, a == TrainingAlgorithm.QDRL ? 0.6 : 1.0});
        }
        Map<ScenarioSettings, double[]> qos = new LinkedHashMap<>();
        Map<ScenarioSettings, double[]> blocks = new LinkedHashMap<>();
        for (ScenarioSettings s : ScenarioSettings.ALL) {
            qos.put(s, new double[] {1, 86.0, 3, 4, 5});
            blocks.put(s, new double[] {1.7, 2, 3, 4, 9});
        }
        return new ReproductionReport.Findings(FigurePlan.quick(profile), "bin/vectwin figures --quick",
                new ReproductionReport.Fig3Timing(6, 6, 1.25),
                new RewardFigure.Result(normalised, normalised), new LatencyStepsFigure.Result(latency),
                new EnergyFigure.Result(energy), new QosFigure.Result(qos), new BlockLengthFigure.Result(blocks),
                Path.of("figs"));
    }

    @Test
    void comparesAsThePaperDoesAndSaysWhichWayOursPoints(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("REPRODUCTION.md");
        ReproductionReport.write(file, findings(Profile.PHYSICAL, 0.8));
        String text = Files.readString(file);
        // (0.8 − 0.5)/0.5 = 60 %; (0.8 − 0.4)/0.4 = 100 %
        assertThat(text).contains("| Fig. 3: QDRL's normalised reward above PPO's at the last episode | 53.17 % | 60.00 % |"
                + " same direction as the paper |");
        assertThat(text).contains("above DDPG's at the last episode | 84.81 % | 100.00 % |");
        // latency at step 10: (10 − 7)/10 = 30 % below PPO; (5 − 7)/5 = −40 % against DDPG
        assertThat(text).contains("| Fig. 4: below PPO at time step 10 | 20.72 % | 30.00 % | same direction as the paper |");
        assertThat(text).contains("| Fig. 4: below DDPG at time step 10 | 72.47 % | -40.00 % | opposite direction");
        // energy at 100 KB: (1.0 − 0.6)/1.0 = 40 %
        assertThat(text).contains("below QDRL without DT at D_max = 100 KB | 39.82 % | 40.00 % |");
        assertThat(text).contains("| Fig. 6: QoS at 7.5 GHz, V = 2 | 86.26 | 86.00 | QoS of eq. (93); within 10 % of the paper's |");
        assertThat(text).contains("| Fig. 7: latency at n = 500, low density (ours: V = 2) | 2.94 | 9.00 | ms; differs");
        assertThat(text).contains("Fig. 3's training: 6 of its 6 runs (3 algorithms x 2 seeds, 40 episodes each) were"
                + " trained by this call, in 1.3 min wall time on 2 threads");
    }

    @Test
    void aQuantityNoSubtaskHadIsReportedAsNotAvailable(@TempDir Path dir) throws IOException {
        ReproductionReport.Findings f = findings(Profile.PAPER, 0.8);
        f.qos().qos().put(ScenarioSettings.ALL.get(0), new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN});
        f.energy().energyJ().put(TrainingAlgorithm.QDRL_NODT, new double[] {0, 0, 0, 0, Double.NaN});
        Path file = dir.resolve("R.md");
        ReproductionReport.write(file, f);
        String text = Files.readString(file);
        assertThat(text).contains("| Fig. 6: QoS at 7.5 GHz, V = 2 | 86.26 | n/a | QoS of eq. (93); no evaluated subtask's"
                + " links closed (every latency +∞) |");
        assertThat(text).contains("| Fig. 5: below QDRL without DT at D_max = 100 KB | 39.82 % | n/a | undefined: no"
                + " evaluated subtask's links closed");
    }

    @Test
    void eachProfileRewritesOnlyItsOwnSection(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("REPRODUCTION.md");
        ReproductionReport.write(file, findings(Profile.PHYSICAL, 0.8));
        ReproductionReport.write(file, findings(Profile.PAPER, 0.9));
        ReproductionReport.write(file, findings(Profile.PHYSICAL, 0.6));
        String text = Files.readString(file);
        assertThat(text).containsOnlyOnce("## Profile `physical`").containsOnlyOnce("## Profile `paper`");
        assertThat(text).contains("| 53.17 % | 20.00 % |"); // physical, rewritten: (0.6 − 0.5)/0.5
        assertThat(text).contains("| 53.17 % | 80.00 % |"); // paper, kept: (0.9 − 0.5)/0.5
        assertThat(text).doesNotContain("| 53.17 % | 60.00 % |");
    }
}

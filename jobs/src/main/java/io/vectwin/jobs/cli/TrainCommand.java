package io.vectwin.jobs.cli;

import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinModelFileException;
import io.vectwin.lstm.twin.LstmTwinView;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.twin.NoTwinView;
import io.vectwin.model.twin.ReportedTwinView;
import io.vectwin.model.twin.TwinView;
import io.vectwin.quantum.training.EpisodeMetrics;
import io.vectwin.quantum.training.LearningSettings;
import io.vectwin.quantum.training.TrainingAlgorithm;
import io.vectwin.quantum.training.TrainingRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin train}: multi-agent Quantum-DRL training (Algorithms 2 and 3) and its ablations on
 * the simulated network, one run per seed into {@code OUT/ALGO/seed-K/}: {@code episodes.csv}, the
 * trained actors as policy files ({@code vehicle.qpn.json} deploys with {@code --policy quantum
 * --model}), and a checkpoint that {@code --resume} continues from. Progress goes to stderr (a bar
 * on a terminal, one line per finished run always); the summary to stdout.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Trains the multi-agent Quantum-DRL of Algorithm 2 (quantum actors, DL4J critics, replay,"
                    + " epsilon-greedy, gamma 0.99) with Algorithm 3's Nash best response and incentive/penalty"
                    + " rewards, one of its ablations, or the multi-agent PPO and DDPG baselines, on the simulated"
                    + " vehicular edge network; every algorithm meets the same environment for the same seed.",
        },
        footer = {
            "",
            "Algorithms: qdrl (multi-agent, LSTM twin), qdrl-single (one agent, LSTM twin),",
            "qdrl-nolstm (multi-agent, twin without prediction), qdrl-nodt (multi-agent, no twin),",
            "ppo and ddpg (multi-agent classical baselines on DL4J, LSTM twin).",
            "",
            "Example:",
            "  vectwin record --out traffic.avro --seconds 120 --seed 7",
            "  vectwin train-lstm --data traffic.avro --epochs 20 --out twin-lstm.zip",
            "  vectwin train --algo qdrl --episodes 1000 --seeds 3 --lstm-model twin-lstm.zip --out runs",
            "",
            "Exit codes: 0 success, 1 failure while training, 2 bad arguments.",
        })
public final class TrainCommand implements Callable<Integer> {

    static final String ALGO = "--algo";
    static final String LSTM_MODEL = "--lstm-model";

    @Spec
    CommandSpec spec;

    @Option(names = ALGO, required = true, paramLabel = "qdrl|qdrl-single|qdrl-nolstm|qdrl-nodt|ppo|ddpg",
            description = "What to train.")
    String algorithm;

    @Option(names = "--episodes", defaultValue = "1000", converter = PositiveInteger.class,
            description = "Episodes per run, E of Alg. 2 (default: ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--steps", defaultValue = "20", converter = PositiveInteger.class,
            description = "Time steps (slots of 20 ms) per episode, T of Alg. 2 (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seeds", defaultValue = "1", converter = PositiveInteger.class,
            description = "Runs with seeds SEED, SEED+1, ... (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--seed", defaultValue = "1", description = "First seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Option(names = LSTM_MODEL, paramLabel = "MODEL.zip",
            description = "The twin's LSTM (from train-lstm); required by qdrl, qdrl-single, ppo and ddpg; refused by the others.")
    Path lstmModel;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the runs.")
    Path out;

    @Option(names = "--checkpoint-every", defaultValue = "50", converter = PositiveInteger.class,
            description = "Episodes between checkpoints (default: ${DEFAULT-VALUE}).")
    int checkpointEvery;

    @Option(names = "--resume", description = "Continue each run from its checkpoint, if it has one.")
    boolean resume;

    @Override
    public Integer call() {
        TrainingAlgorithm variant = variant();
        NetworkParameters params = fleet.parameters(spec);
        TwinView view = view(variant, params);
        LearningSettings settings = LearningSettings.defaults();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ProgressLine bar = ProgressLine.forConsole(err);
        long started = System.nanoTime();
        for (int k = 0; k < seeds; k++) {
            long runSeed = seed + k;
            Path dir = out.resolve(variant.cliName()).resolve("seed-" + runSeed);
            String label = String.format(Locale.ROOT, "%s seed %d", variant.cliName(), runSeed);
            EpisodeMetrics[] last = new EpisodeMetrics[1];
            TrainingRun.run(params, TrainingRun.Options.of(variant, episodes, steps, runSeed, checkpointEvery, resume, dir),
                    view, settings, m -> {
                        last[0] = m;
                        bar.update(label, m.episode() + 1, episodes, String.format(Locale.ROOT,
                                "reward/agent %.3f  latency %.2f ms  deadline %.0f%%  eps %.3f", m.normalisedReward(),
                                m.latencyMs(), 100 * m.deadlineMet(), m.epsilon()));
                    });
            bar.finish(last[0] == null ? label + ": already complete (checkpoint at episode " + episodes + ")"
                    : String.format(Locale.ROOT, "%s: %d episodes, last reward/agent %.3f, latency %.2f ms -> %s",
                            label, episodes, last[0].normalisedReward(), last[0].latencyMs(), dir));
        }
        stdout.printf(Locale.ROOT, "trained %s: %d run(s) x %d episodes x %d steps in %.1f s; CSV and policies under %s%n",
                variant.cliName(), seeds, episodes, steps, (System.nanoTime() - started) / 1e9, out.resolve(variant.cliName()));
        stdout.flush();
        return 0;
    }

    private TrainingAlgorithm variant() {
        try {
            return TrainingAlgorithm.parse(algorithm);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, ALGO, algorithm, e.getMessage());
        }
    }

    private TwinView view(TrainingAlgorithm variant, NetworkParameters params) {
        if (variant.twin() != TrainingAlgorithm.TwinKind.LSTM) {
            if (lstmModel != null) {
                throw new InvalidArgumentException(spec, LSTM_MODEL, lstmModel.toString(), variant.cliName()
                        + " decides without the LSTM; drop " + LSTM_MODEL);
            }
            return variant.twin() == TrainingAlgorithm.TwinKind.REPORTED ? new ReportedTwinView() : new NoTwinView();
        }
        if (lstmModel == null) {
            throw new InvalidArgumentException(spec, LSTM_MODEL, "", variant.cliName()
                    + " decides on the LSTM twin's predicted states and needs a model (vectwin train-lstm)");
        }
        try {
            return new LstmTwinView(TwinModelFile.load(lstmModel), params);
        } catch (TwinModelFileException e) {
            throw new InvalidArgumentException(spec, LSTM_MODEL, lstmModel.toString(), e.getMessage());
        }
    }
}

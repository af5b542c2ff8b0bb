package io.vectwin.jobs.cli;

import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.jobs.figures.BlockLengthFigure;
import io.vectwin.jobs.figures.EnergyFigure;
import io.vectwin.jobs.figures.FigureContext;
import io.vectwin.jobs.figures.FigurePlan;
import io.vectwin.jobs.figures.LatencyStepsFigure;
import io.vectwin.jobs.figures.QosFigure;
import io.vectwin.jobs.figures.ReproductionReport;
import io.vectwin.jobs.figures.RewardFigure;
import io.vectwin.jobs.figures.ScenarioSettings;
import io.vectwin.jobs.training.PolicyEvaluator;
import io.vectwin.jobs.training.RunSpec;
import io.vectwin.jobs.training.TrainingCampaign;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinModelFileException;
import io.vectwin.model.params.Profile;
import io.vectwin.model.reproduction.TableIiiReport;
import io.vectwin.quantum.training.LearningSettings;
import io.vectwin.quantum.training.TrainingAlgorithm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin figures}: regenerates the paper's Fig. 3–7 and Table III from this repository's
 * own runs — the twin's LSTM (recorded and trained unless given), every training run the figures
 * need (resumed where a previous call left them), the evaluations — as PNG + CSV, and writes the
 * profile's section of {@code REPRODUCTION.md}.
 */
@Command(
        name = "figures",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Regenerates the paper's Fig. 3 (reward vs episode: QDRL, PPO, DDPG), Fig. 4 (latency vs time step,"
                    + " five variants), Fig. 5 (energy vs maximum subtask size), Fig. 6 (QoS vs CPU frequency),"
                    + " Fig. 7 (latency vs block length) and Table III as PNG + CSV, and the profile's section of"
                    + " REPRODUCTION.md with the paper's claims beside ours. Training runs are kept under DIR/runs"
                    + " and resumed, so a second call trains only what is missing.",
        },
        footer = {
            "",
            "Examples:",
            "  vectwin figures --out target/figures --quick            # a few minutes",
            "  vectwin figures --out figures --report docs/REPRODUCTION.md  # the full run",
            "",
            "Exit codes: 0 success, 1 failure while running, 2 bad arguments.",
        })
public final class FiguresCommand implements Callable<Integer> {

    static final String LSTM_MODEL = "--lstm-model";
    private static final String DEFAULT_THREADS = "2";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for runs, figures and tables.")
    Path out;

    @Option(names = "--quick", description = "Fewer episodes and seeds and a small LSTM: a few minutes instead of hours.")
    boolean quick;

    @Option(names = "--profile", paramLabel = "paper|physical", defaultValue = "physical", converter = ProfileConverter.class,
            description = "Parameter profile (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--episodes", converter = PositiveInteger.class,
            description = "Training episodes per run (default: 1000, with --quick 40).")
    Integer episodes;

    @Option(names = "--seeds", converter = PositiveInteger.class, description = "Seeds per algorithm (default: 3, with --quick 2).")
    Integer seeds;

    @Option(names = "--steps", converter = PositiveInteger.class,
            description = "Time steps per episode (default: 20).")
    Integer steps;

    @Option(names = "--evaluation-episodes", converter = PositiveInteger.class,
            description = "Fresh episodes every evaluated point averages over (default: 10, with --quick 3).")
    Integer evaluationEpisodes;

    @Option(names = "--threads", defaultValue = DEFAULT_THREADS, converter = PositiveInteger.class,
            description = "Runs trained at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = LSTM_MODEL, paramLabel = "MODEL.zip",
            description = "The twin's LSTM; without it one is recorded and trained into DIR/lstm.")
    Path lstmModel;

    @Option(names = "--report", paramLabel = "FILE", description = "REPRODUCTION.md to write (default: DIR/REPRODUCTION.md).")
    Path report;

    @Option(names = "--figures", paramLabel = "FIGDIR",
            description = "Where the PNG and CSV files go (default: DIR/figures); a subdirectory per profile.")
    Path figuresRoot;

    @Override
    public Integer call() throws IOException {
        FigurePlan base = quick ? FigurePlan.quick(profile) : FigurePlan.full(profile);
        FigurePlan plan = new FigurePlan(profile, episodes != null ? episodes : base.episodes(),
                seeds != null ? seeds : base.seeds(), steps != null ? steps : base.stepsPerEpisode(),
                evaluationEpisodes != null ? evaluationEpisodes : base.evaluationEpisodes(),
                Math.min(base.smoothing(), episodes != null ? episodes : base.episodes()), threads);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path model = lstmModel != null ? checkedModel(lstmModel) : twinModel(err);
        LearningSettings settings = LearningSettings.defaults();
        Path runsRoot = out.resolve("runs").resolve(profile.cliName());
        TrainingCampaign campaign = new TrainingCampaign(plan.episodes(), plan.stepsPerEpisode(), plan.threads(), model,
                settings);

        List<RunSpec> fig3 = new ArrayList<>();
        for (TrainingAlgorithm a : FigurePlan.FIG3) {
            fig3.addAll(context(plan, runsRoot, null, model, settings).runs(plan.base(), a, plan.seeds()));
        }
        long started = System.nanoTime();
        int fig3Trained = train(campaign, fig3, "Fig. 3 runs", err);
        double fig3Minutes = (System.nanoTime() - started) / 60e9;
        Set<RunSpec> rest = new LinkedHashSet<>();
        FigureContext probe = context(plan, runsRoot, null, model, settings);
        for (TrainingAlgorithm a : FigurePlan.FIG4) {
            rest.addAll(probe.runs(plan.base(), a, plan.seeds()));
        }
        for (TrainingAlgorithm a : FigurePlan.FIG5) {
            rest.addAll(probe.runs(plan.base(), a, plan.seeds()));
        }
        for (ScenarioSettings s : ScenarioSettings.ALL) {
            rest.addAll(probe.runs(s.trainedOn(plan.base()), TrainingAlgorithm.QDRL, 1));
        }
        rest.removeAll(fig3);
        train(campaign, new ArrayList<>(rest), "other runs", err);

        Path figures = (figuresRoot != null ? figuresRoot : out.resolve("figures")).resolve(profile.cliName());
        FigureContext ctx = context(plan, runsRoot, figures, model, settings);
        err.println("evaluating and drawing the figures into " + figures);
        err.flush();
        RewardFigure.Result reward = RewardFigure.build(ctx);
        LatencyStepsFigure.Result latency = LatencyStepsFigure.build(ctx);
        EnergyFigure.Result energy = EnergyFigure.build(ctx);
        QosFigure.Result qos = QosFigure.build(ctx);
        BlockLengthFigure.Result blocks = BlockLengthFigure.build(ctx);
        Files.writeString(figures.resolve("table-iii.md"), TableIiiReport.markdown("bin/vectwin figures"),
                StandardCharsets.UTF_8);
        Path reportFile = report != null ? report : out.resolve("REPRODUCTION.md");
        ReproductionReport.write(reportFile, new ReproductionReport.Findings(plan, commandLine(),
                new ReproductionReport.Fig3Timing(fig3Trained, fig3.size(), fig3Minutes), reward,
                latency, energy, qos, blocks, figures));
        stdout.printf(Locale.ROOT, "figures: Fig. 3-7 and Table III in %s; report %s (Fig. 3: %d of %d runs trained in"
                + " %.1f min)%n", figures, reportFile, fig3Trained, fig3.size(), fig3Minutes);
        stdout.flush();
        return 0;
    }

    private FigureContext context(FigurePlan plan, Path runsRoot, Path figures, Path model, LearningSettings settings) {
        return new FigureContext(plan, runsRoot,
                new PolicyEvaluator(model, settings, plan.stepsPerEpisode(), plan.evaluationEpisodes()), figures);
    }

    /** Trains the runs that are not complete yet; returns how many needed training. */
    private int train(TrainingCampaign campaign, List<RunSpec> runs, String label, PrintWriter err) {
        List<RunSpec> missing = runs.stream().filter(r -> !campaign.complete(r)).toList();
        ProgressLine bar = ProgressLine.forConsole(err);
        long total = (long) missing.size() * campaign.episodes();
        long started = System.nanoTime();
        campaign.train(missing, done -> bar.update(label, done, total, ""));
        bar.finish(String.format(Locale.ROOT, "%s: %d of %d run(s) needed training, %d episodes each: %.1f min", label,
                missing.size(), runs.size(), campaign.episodes(), (System.nanoTime() - started) / 60e9));
        return missing.size();
    }

    /** DIR/lstm/twin-lstm.zip, recorded and trained with the CLI's own commands unless it exists already. */
    private Path twinModel(PrintWriter err) {
        Path dir = out.resolve("lstm").resolve(profile.cliName());
        Path model = dir.resolve("twin-lstm.zip");
        if (Files.exists(model)) {
            return checkedModel(model);
        }
        Path traffic = dir.resolve("traffic.avro");
        String[] record = {"record", "--out", traffic.toString(), "--seconds", quick ? "10" : "30", "--profile",
            profile.cliName(), "--seed", "7"};
        String[] train = quick
                ? new String[] {"train-lstm", "--data", traffic.toString(), "--out", model.toString(), "--epochs", "2",
                    "--layers", "1", "--units", "32"}
                : new String[] {"train-lstm", "--data", traffic.toString(), "--out", model.toString(), "--epochs", "3"};
        for (String[] args : List.of(record, train)) {
            err.println("twin LSTM: vectwin " + String.join(" ", args));
            err.flush();
            int code = VectwinCli.commandLine(spec.commandLine().getOut(), err).execute(args);
            if (code != 0) {
                throw new IllegalStateException("vectwin " + args[0] + " failed (exit " + code + ")");
            }
        }
        return model;
    }

    private Path checkedModel(Path model) {
        try {
            TwinModelFile.load(model);
            return model;
        } catch (TwinModelFileException e) {
            throw new InvalidArgumentException(spec, LSTM_MODEL, model.toString(), e.getMessage());
        }
    }

    private String commandLine() {
        StringBuilder b = new StringBuilder("bin/vectwin figures --out ").append(out);
        if (quick) {
            b.append(" --quick");
        }
        b.append(" --profile ").append(profile.cliName());
        if (episodes != null) {
            b.append(" --episodes ").append(episodes);
        }
        if (seeds != null) {
            b.append(" --seeds ").append(seeds);
        }
        if (steps != null) {
            b.append(" --steps ").append(steps);
        }
        if (evaluationEpisodes != null) {
            b.append(" --evaluation-episodes ").append(evaluationEpisodes);
        }
        if (lstmModel != null) {
            b.append(' ').append(LSTM_MODEL).append(' ').append(lstmModel); // the twin the runs decided on
        }
        if (threads != Integer.parseInt(DEFAULT_THREADS)) {
            b.append(" --threads ").append(threads);
        }
        if (report != null) {
            b.append(" --report ").append(report);
        }
        if (figuresRoot != null) {
            b.append(" --figures ").append(figuresRoot);
        }
        return b.toString();
    }
}

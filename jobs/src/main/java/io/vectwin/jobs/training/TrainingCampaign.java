package io.vectwin.jobs.training;

import io.vectwin.quantum.training.LearningSettings;
import io.vectwin.quantum.training.TrainingCheckpoint;
import io.vectwin.quantum.training.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Trains a set of runs on a few threads at once (each run is single-threaded: the circuit
 * simulator, and DL4J when {@code OMP_NUM_THREADS=1}, which {@code bin/vectwin} sets), resuming every run from its checkpoint, so a
 * campaign that was stopped — or is run again — trains only what is missing.
 */
public final class TrainingCampaign {

    private final int episodes;
    private final int stepsPerEpisode;
    private final int threads;
    private final Path lstmModel;
    private final LearningSettings settings;

    public TrainingCampaign(int episodes, int stepsPerEpisode, int threads, Path lstmModel, LearningSettings settings) {
        if (episodes < 1 || stepsPerEpisode < 1 || threads < 1) {
            throw new IllegalArgumentException("episodes, steps and threads must be >= 1");
        }
        this.episodes = episodes;
        this.stepsPerEpisode = stepsPerEpisode;
        this.threads = threads;
        this.lstmModel = lstmModel;
        this.settings = settings;
    }

    public int episodes() {
        return episodes;
    }

    public int stepsPerEpisode() {
        return stepsPerEpisode;
    }

    /** Whether {@code run}'s checkpoint already holds all of this campaign's episodes. */
    public boolean complete(RunSpec run) {
        Path checkpoint = TrainingRun.checkpointDirectory(run.directory());
        return TrainingCheckpoint.exists(checkpoint) && TrainingCheckpoint.readHeader(checkpoint).nextEpisode() >= episodes;
    }

    /** Trains every run; {@code onEpisode} hears the number of episodes finished so far, over all runs. */
    public void train(List<RunSpec> runs, IntConsumer onEpisode) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vectwin-training");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunSpec run : runs) {
                futures.add(pool.submit(() -> {
                    int first = TrainingRun.run(run.params(),
                            TrainingRun.Options.of(run.algorithm(), episodes, stepsPerEpisode, run.seed(),
                                    Math.max(1, episodes / 10), true, run.directory()),
                            TwinViews.forAlgorithm(run.algorithm(), lstmModel, run.params()), settings,
                            m -> onEpisode.accept(done.incrementAndGet()));
                    onEpisode.accept(done.addAndGet(first));
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.vectwin.lstm.training;

/** Hears the trainer's progress (the CLI draws its progress bar from it). */
public interface TrainingListener {

    /** Called after each minibatch: {@code done} of {@code total} in this epoch. */
    default void onBatch(int epoch, int done, int total, double loss) {
    }

    default void onEpoch(EpochReport report) {
    }

    TrainingListener SILENT = new TrainingListener() { };
}

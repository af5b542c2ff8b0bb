package io.vectwin.lstm.training;

/**
 * How long and how carefully to train (Algorithm 1, lines 1 and 14–15).
 *
 * @param maxEpochs          N, the most epochs to run
 * @param earlyStopPatience  stop after this many epochs without a better validation loss; the
 *                           weights of the best epoch are kept
 * @param lrPatience         multiply the learning rate by {@code lrFactor} after this many epochs
 *                           without improvement ("adjust learning rate if needed", line 15)
 * @param lrFactor           in (0, 1)
 * @param minLearningRate    the schedule never goes below this
 * @param stride             keep one training window in this many (1 = all; windows one slot
 *                           apart overlap in W − 1 reports, so thinning costs little information)
 */
public record TrainingOptions(int maxEpochs, int earlyStopPatience, int lrPatience, double lrFactor,
        double minLearningRate, int stride) {

    public TrainingOptions {
        if (maxEpochs < 1 || earlyStopPatience < 1 || lrPatience < 1 || stride < 1) {
            throw new IllegalArgumentException("maxEpochs, earlyStopPatience, lrPatience and stride must be >= 1");
        }
        if (!(lrFactor > 0.0 && lrFactor < 1.0) || !(minLearningRate > 0.0)) {
            throw new IllegalArgumentException("lrFactor must be in (0, 1) and minLearningRate > 0");
        }
    }

    public static TrainingOptions defaults(int maxEpochs) {
        return new TrainingOptions(maxEpochs, 5, 2, 0.5, 1e-5, 1);
    }

    public TrainingOptions withStride(int newStride) {
        return new TrainingOptions(maxEpochs, earlyStopPatience, lrPatience, lrFactor, minLearningRate, newStride);
    }
}

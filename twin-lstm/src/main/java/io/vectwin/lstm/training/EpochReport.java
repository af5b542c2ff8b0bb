package io.vectwin.lstm.training;

/**
 * One finished epoch: mean training and validation loss (eq. (74) on scaled outputs), the
 * learning rate it ran with, and whether its weights are the best so far.
 */
public record EpochReport(int epoch, double trainLoss, double validationLoss, double learningRate, boolean best,
        double seconds) {
}

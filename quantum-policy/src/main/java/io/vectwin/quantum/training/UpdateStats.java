package io.vectwin.quantum.training;

/**
 * What a learner's update did.
 *
 * @param updates   gradient steps taken on the critic
 * @param criticMse mean squared error of the critic's regression over those steps, before each step
 */
public record UpdateStats(int updates, double criticMse) {

    public static final UpdateStats NONE = new UpdateStats(0, 0.0);
}

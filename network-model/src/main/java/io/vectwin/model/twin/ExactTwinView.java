package io.vectwin.model.twin;

import io.vectwin.model.env.Observation;

/**
 * An oracle twin that knows every entity's true state at the start of the slot, with no
 * reporting delay: the upper bound any predicting twin is measured against, and the view tests
 * use when they need the agents to see the world exactly.
 */
public final class ExactTwinView implements TwinView {

    public static final String NAME = "exact";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void reset() {
    }

    @Override
    public Observation view(Observation truth) {
        return truth;
    }
}

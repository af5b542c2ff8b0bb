package io.vectwin.model.twin;

import io.vectwin.model.env.Observation;

/**
 * A digital twin without prediction (the paper's "Quantum-DRL without LSTM"): every entity as it
 * reported itself one slot τ earlier, since telemetry of slot t reaches the twin only as slot t+1
 * starts. In the first slot of an episode nothing older exists, and the twin holds the initial
 * reports (the truth of slot 0), as a twin does after its entities first registered.
 */
public final class ReportedTwinView implements TwinView {

    public static final String NAME = "reported";

    private Observation previous;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void reset() {
        previous = null;
    }

    @Override
    public Observation view(Observation truth) {
        Observation reported = previous == null ? truth : previous;
        previous = truth;
        return new Observation(truth.slot(), truth.timeSeconds(), reported.vehicles(), reported.uavs(),
                reported.baseStations(), truth.pendingTasks());
    }
}

package io.vectwin.model.twin;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import java.util.List;

/**
 * No digital twin (the paper's "Quantum-DRL without DT"): without the twin's synchronised view, a
 * node is known only by what does not change or is broadcast anyway — where it is (its last
 * report) and its maximum CPU — and its live load is assumed idle: free CPU = f_max, no backlog, no
 * queue. Vehicles know their own reports. This is the training-side twin of the Flink job's
 * {@code --twin off} stage ({@code PredictedStates.withoutTwin}).
 */
public final class NoTwinView implements TwinView {

    public static final String NAME = "no-twin";

    private final ReportedTwinView reports = new ReportedTwinView();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void reset() {
        reports.reset();
    }

    @Override
    public Observation view(Observation truth) {
        Observation reported = reports.view(truth);
        return new Observation(reported.slot(), reported.timeSeconds(), reported.vehicles(), idle(reported.uavs()),
                idle(reported.baseStations()), reported.pendingTasks());
    }

    /** The node with its live load replaced by the idle values. */
    public static EntityState idle(EntityState node) {
        return new EntityState(node.id(), node.motion(), node.maxCpuHz(), node.maxCpuHz(), 0.0, 0);
    }

    private static List<EntityState> idle(List<EntityState> nodes) {
        return nodes.stream().map(NoTwinView::idle).toList();
    }
}

package io.vectwin.model.twin;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.EnvironmentBridge;
import io.vectwin.model.policy.GreedyPolicy;
import org.junit.jupiter.api.Test;

class TwinViewsTest {

    private static final NetworkParameters PARAMS = NetworkParameters.physical();

    @Test
    void aReportedTwinSeesEntitiesOneSlotLateButTodaysRequests() {
        VecEnvironment env = new VecEnvironment(PARAMS, 3);
        ReportedTwinView view = new ReportedTwinView();
        Observation first = env.observation();
        assertThat(view.view(first)).isEqualTo(first); // nothing older in slot 0
        Observation second = env.step(EnvironmentBridge.jointAction(new GreedyPolicy(PARAMS), first)).next();
        Observation seen = view.view(second);
        assertThat(seen.slot()).isEqualTo(second.slot());
        assertThat(seen.pendingTasks()).isEqualTo(second.pendingTasks());
        assertThat(seen.vehicles()).isEqualTo(first.vehicles());
        assertThat(seen.uavs()).isEqualTo(first.uavs());
        assertThat(seen.vehicles()).isNotEqualTo(second.vehicles());
        view.reset();
        assertThat(view.view(second)).isEqualTo(second);
    }

    @Test
    void withoutATwinNodesLookIdleAndVehiclesAsReported() {
        VecEnvironment env = new VecEnvironment(PARAMS, 3);
        Observation obs = env.observation();
        for (int t = 0; t < 5; t++) {
            obs = env.step(EnvironmentBridge.jointAction(new GreedyPolicy(PARAMS), obs)).next();
        }
        NoTwinView view = new NoTwinView();
        Observation seen = view.view(obs);
        assertThat(seen.vehicles()).isEqualTo(obs.vehicles());
        assertThat(obs.baseStations().stream().anyMatch(b -> b.backlogCycles() > 0 || b.availableCpuHz() < b.maxCpuHz()))
                .as("the scenario loads some BS").isTrue();
        for (EntityState n : seen.baseStations()) {
            assertThat(n.availableCpuHz()).isEqualTo(n.maxCpuHz());
            assertThat(n.backlogCycles()).isZero();
            assertThat(n.queueLength()).isZero();
        }
        assertThat(seen.uavs().get(0).motion()).isEqualTo(obs.uavs().get(0).motion());
    }

    @Test
    void theExactTwinIsTheTruth() {
        Observation obs = new VecEnvironment(PARAMS, 3).observation();
        assertThat(new ExactTwinView().view(obs)).isSameAs(obs);
    }
}

package io.vectwin.model.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.NetworkParameters;
import org.junit.jupiter.api.Test;

class NodeCpuRequestsTest {

    private static final NetworkParameters PARAMS = NetworkParameters.physical();
    private static final LinkEvaluator LINKS = new LinkEvaluator(PARAMS.radio(), PARAMS.geometry().slotSeconds());

    @Test
    void aNodeRunsAtTheHighestFrequencyAskedOfItAndForwardsAtItsKindsMaximumPower() {
        NodeCpuRequests requests = new NodeCpuRequests();
        requests.request(EntityId.uav(2), 2.5e9);
        requests.request(EntityId.uav(2), 7.5e9);
        requests.request(EntityId.uav(2), 5e9);
        requests.request(EntityId.baseStation(1), 0.0); // asks nothing
        requests.request(EntityId.baseStation(0), 1e9);
        var controls = requests.controls(LINKS);
        assertThat(controls).containsOnlyKeys(EntityId.uav(2), EntityId.baseStation(0));
        assertThat(controls.get(EntityId.uav(2)))
                .isEqualTo(new NodeControl(EntityId.uav(2), PARAMS.radio().uavTxPowerW(), 7.5e9));
        assertThat(controls.get(EntityId.baseStation(0)).txPowerW()).isEqualTo(PARAMS.radio().bsTxPowerW());
        requests.clear();
        assertThat(requests.controls(LINKS)).isEmpty();
        assertThatThrownBy(() -> requests.request(EntityId.uav(0), -1)).hasMessageContaining("cpuHz");
    }
}

package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PathLatencyTest {

    @Test
    void eq6SumsAirtimeAndProcessesAtTheLastNode() {
        // 8e5/1e8 + 8e5/2e8 + 8e5/5e7 + 41.25·8e5/5e9 = 8 + 4 + 16 + 6.6 ms = 34.6 ms
        assertThat(PathLatency.total(8e5, 41.25, new double[] {100e6, 200e6, 50e6}, 5e9)).isCloseTo(0.0346, within(1e-15));
    }

    @Test
    void aDirectPathIsOneHopOfEq5() {
        assertThat(PathLatency.total(8e5, 41.25, new double[] {100e6}, 10e9))
                .isEqualTo(HopLatency.hop(8e5, 100e6, true, 41.25, 10e9));
    }

    @Test
    void backlogIsServedFirst() {
        // airtime 8 + 4 + 16 = 28 ms; 1e8 queued cycles take 1e8/5e9 = 20 ms, done while the subtask is on the air:
        // max(28, 20) + 3.3e7/5e9 = 28 + 6.6 = 34.6 ms
        assertThat(PathLatency.total(8e5, 41.25, new double[] {100e6, 200e6, 50e6}, 5e9, 1e8)).isCloseTo(0.0346, within(1e-15));
        // 3e8 queued cycles take 60 ms, longer than the airtime: max(28, 60) + 6.6 = 66.6 ms
        assertThat(PathLatency.total(8e5, 41.25, new double[] {100e6, 200e6, 50e6}, 5e9, 3e8)).isCloseTo(0.0666, within(1e-15));
        assertThatThrownBy(() -> PathLatency.total(8e5, 41.25, new double[] {1e8}, 5e9, -1))
                .hasMessageContaining("backlogCycles");
    }

    @Test
    void anyClosedHopMakesItInfinite() {
        assertThat(PathLatency.total(8e5, 41.25, new double[] {100e6, 0.0, 50e6}, 5e9)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(PathLatency.total(8e5, 41.25, new double[] {-1e6}, 5e9, 1e9)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void needsAtLeastOneHopAndAWorkingCpu() {
        assertThatThrownBy(() -> PathLatency.total(8e5, 41.25, new double[0], 5e9)).hasMessageContaining("hopRatesBps");
        assertThatThrownBy(() -> PathLatency.total(8e5, 41.25, null, 5e9)).hasMessageContaining("hopRatesBps");
        assertThatThrownBy(() -> PathLatency.total(8e5, 41.25, new double[] {1e8}, 0)).hasMessageContaining("cpuHz");
    }

    @Test
    void nonDecreasingInDataSizeAndInEveryHop() {
        double[][] routes = {{100e6}, {20e6, 300e6}, {5e6, 80e6, 40e6}};
        for (double[] rates : routes) {
            double previous = 0;
            for (double bits = 0; bits <= 8e6; bits += 1e5) {
                double l = PathLatency.total(bits, 41.25, rates, 7.5e9, 2e7);
                assertThat(l).isGreaterThanOrEqualTo(previous);
                previous = l;
            }
        }
        // an extra forwarding hop never helps
        assertThat(PathLatency.total(8e5, 41.25, new double[] {100e6, 1e9}, 10e9))
                .isGreaterThan(PathLatency.total(8e5, 41.25, new double[] {100e6}, 10e9));
    }
}

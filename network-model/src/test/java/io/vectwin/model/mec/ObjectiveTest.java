package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.params.QosParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

    private static final QosParameters Q = QosParameters.tableII(); // λ_E = λ_Q = 0.5

    @Test
    void eq38OnTwoSubtasks() {
        // 0.3·5e-3 + 0.2·8e-3 + 0.5·(1e-3 + 2e-3) − 0.5·(139.8 + 87.4)
        //   = 1.5e-3 + 1.6e-3 + 1.5e-3 − 113.6 = −113.5954
        List<SubtaskCost> costs = List.of(new SubtaskCost(0.3, 5e-3, 1e-3, 139.8), new SubtaskCost(0.2, 8e-3, 2e-3, 87.4));
        assertThat(Objective.value(costs, Q)).isCloseTo(-113.5954, within(1e-12));
    }

    @Test
    void lambdasTradeEnergyAgainstQos() {
        QosParameters energyOnly = new QosParameters(0.7, 0.3, 60, 0.001, 1.0, 0.0, 0.5, 10);
        // λ_E = 1, λ_Q = 0: 0.5·0.01 + 2.0 = 2.005, the QoS is ignored
        assertThat(Objective.value(List.of(new SubtaskCost(0.5, 0.01, 2.0, 100.0)), energyOnly)).isCloseTo(2.005, within(1e-12));
    }

    @Test
    void emptyDecisionCostsNothing() {
        assertThat(Objective.value(List.of(), Q)).isZero();
    }

    @Test
    void closedLinkIsInfiniteNotNaN() {
        List<SubtaskCost> costs = List.of(new SubtaskCost(0.3, 5e-3, 1e-3, 139.8),
                new SubtaskCost(0.2, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertThat(Objective.value(costs, Q)).isEqualTo(Double.POSITIVE_INFINITY);
        // a zero priority does not turn an unbounded latency into NaN
        assertThat(Objective.value(List.of(new SubtaskCost(0.0, Double.POSITIVE_INFINITY, 0.0, -0.0)), Q)).isZero();
    }

    @Test
    void costRejectsNaNAndImpossibleValues() {
        assertThatThrownBy(() -> new SubtaskCost(Double.NaN, 1e-3, 0, 0)).hasMessageContaining("cost.priority");
        assertThatThrownBy(() -> new SubtaskCost(0.1, 0.0, 0, 0)).hasMessageContaining("cost.latencyS");
        assertThatThrownBy(() -> new SubtaskCost(0.1, 1e-3, -1, 0)).hasMessageContaining("cost.energyJ");
        assertThatThrownBy(() -> new SubtaskCost(0.1, 1e-3, 0, Double.POSITIVE_INFINITY)).hasMessageContaining("cost.qos");
    }
}

package io.vectwin.jobs.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.OffloadingOutcome;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** The twin-accuracy operator: decisions matched with outcomes; unexecuted decisions swept. */
class OutcomeMetricsFunctionTest {

    /** outcome wait 5 s (the default): a decision waits that long, sweeps run every 1.25 s. */
    private final TwinJobConfig config = TwinJobConfig.defaults("unused");

    private static OffloadingDecision decision(String task, double predictedS) {
        return OffloadingDecision.newBuilder().setTaskId(task).setSubtaskIndex(0).setVehicleId("v-1").setFirstHop("b-0")
                .setForwardingPath(List.of()).setProcessingNode("b-0").setTransmitPowerWatts(0.2)
                .setPredictedLatencySeconds(predictedS).setPredictedEnergyJoules(0.001).setPredictedQos(1.0)
                .setPolicyName("greedy").setModelVersion("").setRequestCreatedAtMillis(0L).setIngestedAtMillis(0L)
                .setDecidedAtMillis(0L).build();
    }

    private static OffloadingOutcome outcome(String task, double actualS) {
        return OffloadingOutcome.newBuilder().setTaskId(task).setSubtaskIndex(0).setVehicleId("v-1").setProcessingNode("b-0")
                .setActualLatencySeconds(actualS).setActualEnergyJoules(0.001).setActualQos(1.0).setDeadlineMet(true)
                .setObservedAtMillis(0L).build();
    }

    private KeyedTwoInputStreamOperatorTestHarness<String, OffloadingDecision, OffloadingOutcome, TwinAccuracy> harness()
            throws Exception {
        var h = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(new OutcomeMetricsFunction(config),
                d -> d.getVehicleId().toString(), o -> o.getVehicleId().toString(), Types.STRING);
        h.setProcessingTime(0);
        return h;
    }

    @Test
    void anOutcomeScoresTheTwinAgainstItsDecision() throws Exception {
        try (var h = harness()) {
            h.processElement1(decision("v-1/t1", 0.004), 0);
            h.processElement2(outcome("v-1/t1", 0.0065), 0);
            List<TwinAccuracy> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).lastError()).hasValueSatisfying(e -> assertThat(e).isCloseTo(0.0025, within(1e-12)));
        }
    }

    @Test
    void aDecisionWithoutOutcomeIsDroppedAfterTheOutcomeWaitAndTheSweepsStop() throws Exception {
        try (var h = harness()) {
            h.processElement1(decision("v-1/t1", 0.004), 0);
            assertThat(h.numProcessingTimeTimers()).isEqualTo(1);
            h.setProcessingTime(2_500); // two sweeps: too early to drop it
            h.processElement1(decision("v-1/t2", 0.004), 0);
            h.setProcessingTime(6_250); // t1 is 6.25 s old, t2 3.75 s: only t1 goes
            h.processElement2(outcome("v-1/t1", 0.005), 0);
            h.processElement2(outcome("v-1/t2", 0.005), 0);
            List<TwinAccuracy> out = h.extractOutputValues();
            assertThat(out.get(0).lastError()).isEmpty();      // t1: its decision was swept
            assertThat(out.get(1).lastError()).isPresent();    // t2: still matched
            h.setProcessingTime(20_000);
            assertThat(h.numProcessingTimeTimers()).isZero();  // nothing pending, no more sweeps
        }
    }
}

package io.vectwin.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Lifecycle only; the end-to-end test against a broker lives in jobs (it has the embedded broker). */
class KafkaSimulatorTest {

    /** Nothing listens on port 1; the clients are created but never get to talk. */
    private static final SimulatorConfig NOWHERE = SimulatorConfig.defaults().withBootstrapServers("127.0.0.1:1")
            .withRealTime(false).withDurationSlots(1);

    @Test
    void constructingConnectsToNothingAndClosingAnUnstartedSimulatorIsHarmless() throws InterruptedException {
        KafkaSimulator sim = new KafkaSimulator(NOWHERE);

        assertThat(sim.isRunning()).isFalse();
        assertThat(sim.awaitCompletion(Duration.ZERO)).isFalse();
        sim.close();
        assertThat(sim.counters()).isEqualTo(SimulatorCounters.ZERO);
    }

    @Test
    void runAfterCloseReturnsAtOnceAndRunsOnlyOnce() throws InterruptedException {
        KafkaSimulator sim = new KafkaSimulator(NOWHERE);
        sim.close();

        sim.run();

        assertThat(sim.awaitCompletion(Duration.ZERO)).isTrue();
        assertThat(sim.counters().slots()).isZero();
        assertThat(sim.failure()).isEmpty();
        assertThatThrownBy(sim::run).isInstanceOf(IllegalStateException.class).hasMessageContaining("already started");
    }
}

package io.vectwin.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

    private static final SimulatorConfig D = SimulatorConfig.defaults();

    @Test
    void defaultsAreThePhysicalScenarioInRealTime() {
        assertThat(D.profile()).isEqualTo(Profile.PHYSICAL);
        assertThat(D.vehicles()).isEqualTo(20);
        assertThat(D.uavs()).isEqualTo(10);
        assertThat(D.baseStations()).isEqualTo(4);
        assertThat(D.seed()).isEqualTo(1L);
        assertThat(D.tasksPerVehiclePerSecond()).isEqualTo(15.0);
        assertThat(D.realTime()).isTrue();
        assertThat(D.fastModeMaxWait()).isEqualTo(Duration.ofMillis(200));
        assertThat(D.isBounded()).isFalse();
        assertThat(D.topics()).isEqualTo(new SimulatorConfig.Topics("vec.telemetry", "vec.tasks", "vec.decisions",
                "vec.outcomes"));
    }

    @Test
    void taskRateBecomesAPerSlotArrivalProbabilityCappedAtOne() {
        // 15 tasks/s · 0.020 s = 0.3
        assertThat(D.arrivalProbabilityPerSlot()).isCloseTo(0.3, within(1e-12));
        // 5 /s · 0.02 s = 0.1
        assertThat(D.withTasksPerVehiclePerSecond(5).arrivalProbabilityPerSlot()).isCloseTo(0.1, within(1e-12));
        // 80 /s · 0.02 s = 1.6, capped: at most one task per vehicle per slot
        assertThat(D.withTasksPerVehiclePerSecond(80).arrivalProbabilityPerSlot()).isEqualTo(1.0);
        assertThat(D.withTasksPerVehiclePerSecond(0).arrivalProbabilityPerSlot()).isZero();
    }

    @Test
    void networkParametersCarryTheCountsAndTheRate() {
        NetworkParameters p = D.withCounts(7, 3, 2).withTasksPerVehiclePerSecond(10).withProfile(Profile.PAPER)
                .networkParameters();

        assertThat(p.profile()).isEqualTo(Profile.PAPER);
        assertThat(p.geometry().vehicles()).isEqualTo(7);
        assertThat(p.geometry().uavs()).isEqualTo(3);
        assertThat(p.geometry().baseStations()).isEqualTo(2);
        // 10 /s · 0.02 s
        assertThat(p.tasks().arrivalProbabilityPerSlot()).isCloseTo(0.2, within(1e-12));
        // everything else about tasks is the profile's
        assertThat(p.tasks().deadlineSeconds()).isEqualTo(NetworkParameters.paper().tasks().deadlineSeconds());
        assertThat(p.tasks().maxTaskBits()).isEqualTo(NetworkParameters.paper().tasks().maxTaskBits());
    }

    @Test
    void durationInSecondsIsRoundedUpToWholeSlots() {
        // 1 s / 0.02 s = 50
        assertThat(D.withDurationSeconds(1.0).durationSlots()).isEqualTo(50);
        // 0.03 s / 0.02 s = 1.5 → 2
        assertThat(D.withDurationSeconds(0.03).durationSlots()).isEqualTo(2);
        assertThat(D.withDurationSeconds(0.001).durationSlots()).isEqualTo(1);
        assertThat(D.withDurationSlots(7).durationSlots()).isEqualTo(7);
        assertThat(D.withDurationSlots(7).isBounded()).isTrue();
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() {
        expectFieldError(() -> D.withCounts(0, 10, 4), "vehicles");
        expectFieldError(() -> D.withCounts(5, -1, 4), "uavs");
        expectFieldError(() -> D.withCounts(5, 2, -1), "baseStations");
        expectFieldError(() -> D.withCounts(5, 0, 0), "uavs + baseStations");
        expectFieldError(() -> D.withTasksPerVehiclePerSecond(-1), "tasksPerVehiclePerSecond");
        expectFieldError(() -> D.withTasksPerVehiclePerSecond(Double.NaN), "tasksPerVehiclePerSecond");
        expectFieldError(() -> D.withDurationSlots(0), "durationSlots");
        expectFieldError(() -> D.withDurationSeconds(-2), "durationSeconds");
        expectFieldError(() -> D.withFastModeMaxWait(Duration.ZERO), "fastModeMaxWait");
        expectFieldError(() -> D.withBootstrapServers(" "), "bootstrapServers");
        expectFieldError(() -> D.withConsumerGroupId(""), "consumerGroupId");
        expectFieldError(() -> D.withProfile(null), "profile");
        expectFieldError(() -> D.withTopics(null), "topics");
        expectFieldError(() -> new SimulatorConfig.Topics("a", "b", "", "d"), "topics.decisions");
        expectFieldError(() -> new SimulatorConfig.Topics("a", "b", "a", "d"), "distinct");
    }

    private static void expectFieldError(Supplier<Object> build, String field) {
        assertThatThrownBy(build::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }
}

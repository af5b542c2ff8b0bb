package io.vectwin.jobs.twin;

import static io.vectwin.jobs.twin.TelemetryHistoryTest.telemetry;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.GreedyPolicy;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.Subtask;
import io.vectwin.schemas.TaskRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwinDeciderTest {

    private static TaskRequest task(int subtasks) {
        List<Subtask> s = new ArrayList<>();
        for (int i = 0; i < subtasks; i++) {
            s.add(Subtask.newBuilder().setIndex(i).setCyclesPerBit(41.25).setDataBits(400_000).setIntrinsicPriority(0.5)
                    .setComplexityWeight(0.5).setDataSizeWeight(0.5).build());
        }
        return TaskRequest.newBuilder().setTaskId("v-1/t7").setVehicleId("v-1").setCreatedAtMillis(1_000_140L)
                .setDeadlineSeconds(0.010).setSubtasks(s).build();
    }

    @Test
    void decidesEverySubtaskOnceWithTheRequestTimesAndAConsistentPath() {
        TwinDecider decider = new TwinDecider(new GreedyPolicy(NetworkParameters.physical()), NetworkParameters.physical().qos(), "physical/greedy");
        EntityTelemetry vehicle = telemetry("v-1", EntityKind.VEHICLE, 3, 100);
        // the BS sits next to the vehicle, the UAV 1.2 km away: greedy must prefer the BS for the first subtask
        List<EntityTelemetry> nodes = List.of(telemetry("u-0", EntityKind.UAV, 3, 1300), telemetry("b-0", EntityKind.BASE_STATION, 3, 120));
        List<OffloadingDecision> out = decider.decide(vehicle, nodes, task(3), 1_000_150L, () -> 1_000_151L);
        assertThat(out).extracting(OffloadingDecision::getSubtaskIndex).containsExactly(0, 1, 2);
        for (OffloadingDecision d : out) {
            assertThat(d.getTaskId()).isEqualTo("v-1/t7");
            assertThat(d.getVehicleId()).isEqualTo("v-1");
            assertThat(d.getRequestCreatedAtMillis()).isEqualTo(1_000_140L);
            assertThat(d.getIngestedAtMillis()).isEqualTo(1_000_150L);
            assertThat(d.getDecidedAtMillis()).isEqualTo(1_000_151L);
            assertThat(d.getPolicyName()).isEqualTo("greedy");
            String last = d.getForwardingPath().isEmpty() ? d.getFirstHop() : d.getForwardingPath().get(d.getForwardingPath().size() - 1);
            assertThat(d.getProcessingNode()).isEqualTo(last);
            assertThat(d.getPredictedLatencySeconds()).isPositive();
        }
        assertThat(out.get(0).getFirstHop()).isEqualTo("b-0");
    }

    @Test
    void theDecisionDoesNotDependOnTheOrderOfTheNodeTwins() {
        TwinDecider decider = new TwinDecider(new GreedyPolicy(NetworkParameters.physical()), NetworkParameters.physical().qos(), "v");
        EntityTelemetry vehicle = telemetry("v-1", EntityKind.VEHICLE, 3, 100);
        List<EntityTelemetry> nodes = new ArrayList<>(List.of(telemetry("u-0", EntityKind.UAV, 3, 300),
                telemetry("u-1", EntityKind.UAV, 3, -300), telemetry("b-0", EntityKind.BASE_STATION, 3, 600)));
        List<OffloadingDecision> a = decider.decide(vehicle, nodes, task(4), 1, () -> 2);
        java.util.Collections.reverse(nodes);
        List<OffloadingDecision> b = decider.decide(vehicle, nodes, task(4), 1, () -> 2);
        assertThat(b).isEqualTo(a);
    }
}

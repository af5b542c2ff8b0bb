package io.vectwin.jobs.twin;

import static io.vectwin.jobs.twin.TelemetryHistoryTest.telemetry;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.ingest.avro.TimeMapping;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.SubtaskDecision;
import io.vectwin.quantum.QuantumPolicy;
import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QpnParametersFile;
import io.vectwin.schemas.EntityKind;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.Subtask;
import io.vectwin.schemas.TaskRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the multi-agent quantum policy the deciding operator shares every vehicle's twin with every
 * instance, so that the BS agent ranks the vehicles it hears (eq. 61): the decision of v-1's task
 * must be the one the policy takes with v-2 and v-3 as the other vehicles. The parameters are
 * picked (deterministically) so that the vehicle offloads to the BS and the BS agent decides
 * otherwise without the other vehicles: dropping them would change the decision.
 */
class DecisionFunctionSharedVehiclesTest {

    private static final TwinJobConfig BASE = TwinJobConfig.defaults("h:1").withCounts(3, 1, 1)
            .withTwinWait(Duration.ofSeconds(5));
    private static final NetworkParameters PARAMS = BASE.networkParameters();
    private static final TimeMapping UNIX_TIME = new TimeMapping(0L);

    private static final EntityTelemetry BS = telemetry("b-0", EntityKind.BASE_STATION, 0, 150);
    private static final EntityTelemetry UAV = telemetry("u-0", EntityKind.UAV, 0, 2_000);
    private static final EntityTelemetry OWN = telemetry("v-1", EntityKind.VEHICLE, 0, 100);
    private static final List<EntityTelemetry> OTHERS = List.of(telemetry("v-2", EntityKind.VEHICLE, 0, 160),
            telemetry("v-0", EntityKind.VEHICLE, 0, 140));

    private static TaskRequest task() {
        List<Subtask> subtasks = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            subtasks.add(Subtask.newBuilder().setIndex(j).setCyclesPerBit(41.25).setDataBits(200_000 + 300_000 * j)
                    .setIntrinsicPriority(0.5).setComplexityWeight(0.5).setDataSizeWeight(0.5).build());
        }
        return TaskRequest.newBuilder().setTaskId("v-1/t0").setVehicleId("v-1").setCreatedAtMillis(1_000)
                .setDeadlineSeconds(0.050).setSubtasks(subtasks).build();
    }

    private static QpnParameters parameters(int actions, long seed) {
        return QpnParameters.initial(CircuitShape.paper(), Encoding.AMPLITUDE, false, actions, new SplittableRandom(seed));
    }

    private static List<SubtaskDecision> decisions(QuantumPolicy policy, List<EntityTelemetry> others) {
        List<EntityState> otherStates = others.stream().map(AvroMapping::toEntityState).toList();
        DecisionContext context = new DecisionContext(AvroMapping.toModelTask(task(), UNIX_TIME),
                AvroMapping.toEntityState(OWN), List.of(AvroMapping.toEntityState(BS), AvroMapping.toEntityState(UAV)),
                UNIX_TIME.toSimulatedSeconds(0), otherStates);
        return policy.decide(context);
    }

    private static List<OffloadPath> paths(List<SubtaskDecision> decisions) {
        return decisions.stream().map(SubtaskDecision::path).toList();
    }

    @Test
    void theBsAgentDecidesWithTheOtherVehiclesTheTwinShares(@TempDir Path dir) throws Exception {
        int vehicleActions = VehicleActionSpace.forParameters(PARAMS).size();
        int uavActions = NodeActionSpace.forParameters(PARAMS, io.vectwin.model.geometry.EntityKind.UAV).size();
        int bsActions = NodeActionSpace.forParameters(PARAMS, io.vectwin.model.geometry.EntityKind.BASE_STATION).size();
        QpnParameters vehicle = null;
        QpnParameters bs = null;
        List<SubtaskDecision> expected = null;
        QpnParameters uav = parameters(uavActions, 1);
        search:
        for (long v = 1; v < 50; v++) {
            QpnParameters vp = parameters(vehicleActions, v);
            for (long b = 1; b < 200; b++) {
                QpnParameters bp = parameters(bsActions, 1_000 + b);
                QuantumPolicy policy = new QuantumPolicy(vp, uav, bp, PARAMS);
                List<SubtaskDecision> with = decisions(policy, OTHERS);
                if (!with.get(0).path().firstHop().equals(EntityId.baseStation(0))) {
                    continue search; // this vehicle network sends the task to the UAV
                }
                if (!paths(with).equals(paths(decisions(policy, List.of())))) {
                    vehicle = vp;
                    bs = bp;
                    expected = with;
                    break search;
                }
            }
        }
        assertThat(expected).as("parameters under which the other vehicles change the BS agent's decision").isNotNull();
        QpnParametersFile.write(vehicle, dir.resolve("vehicle.qpn.json"));
        QpnParametersFile.write(uav, dir.resolve("uav.qpn.json"));
        QpnParametersFile.write(bs, dir.resolve("bs.qpn.json"));
        TwinJobConfig config = BASE.withPolicy("quantum").withModelFile(dir.resolve("vehicle.qpn.json").toString());
        assertThat(TwinDecider.create(config).readsOtherVehicles()).isTrue();

        try (var h = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new DecisionFunction(config),
                VehicleEvent::vehicleId, Types.STRING, DecisionFunction.NODE_TWINS, DecisionFunction.VEHICLE_TWINS)) {
            h.setProcessingTime(0);
            h.processBroadcastElement(BS, 1_000);
            h.processBroadcastElement(UAV, 1_000);
            h.processBroadcastElement(OWN, 1_000); // every vehicle's report reaches the broadcast side, its own too
            for (EntityTelemetry other : OTHERS) {
                h.processBroadcastElement(other, 1_000);
            }
            h.processElement(VehicleEvent.of(OWN), 1_000);
            h.processElement(VehicleEvent.of(task()), 1_000);

            List<OffloadingDecision> out = h.extractOutputValues();
            assertThat(out).hasSize(expected.size()); // 3 subtasks, times the segments the vehicle agent cut them into
            for (OffloadingDecision d : out) {
                List<String> nodes = new ArrayList<>();
                nodes.add(d.getFirstHop());
                d.getForwardingPath().forEach(n -> nodes.add(n.toString()));
                SubtaskDecision e = expected.get(d.getSubtaskIndex());
                assertThat(nodes).as("subtask %d", d.getSubtaskIndex())
                        .isEqualTo(e.path().nodes().stream().map(EntityId::toString).toList());
                assertThat(d.getProcessingCpuHz()).isEqualTo(e.processingCpuHz());
                assertThat(d.getSegmentsPerSubtask()).isEqualTo(e.segmentsPerSubtask());
            }
        }
    }

    @Test
    void aSharedVehicleSilentForTheVehicleTtlIsForgotten() throws Exception {
        assertThat(BASE.vehicleTtl()).isEqualTo(Duration.ofSeconds(60));
        try (var h = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new DecisionFunction(BASE),
                VehicleEvent::vehicleId, Types.STRING, DecisionFunction.NODE_TWINS, DecisionFunction.VEHICLE_TWINS)) {
            EntityTelemetry leaves = telemetry("v-7", EntityKind.VEHICLE, 0, 100); // event time 1 000
            h.processBroadcastElement(leaves, 1_000);
            h.processBroadcastElement(telemetry("v-8", EntityKind.VEHICLE, 2_000, 100), 41_000); // 41 000
            h.processBroadcastElement(telemetry("v-8", EntityKind.VEHICLE, 3_001, 100), 61_020); // 61 020: v-7 silent 60 s
            assertThat(keys(h.getBroadcastState(DecisionFunction.VEHICLE_TWINS))).containsExactly("v-8");
            assertThat(keys(h.getBroadcastState(DecisionFunction.NODE_TWINS))).isEmpty();
        }
    }

    private static List<String> keys(org.apache.flink.api.common.state.BroadcastState<String, List<EntityTelemetry>> state)
            throws Exception {
        List<String> keys = new ArrayList<>();
        state.immutableEntries().forEach(e -> keys.add(e.getKey()));
        return keys;
    }
}

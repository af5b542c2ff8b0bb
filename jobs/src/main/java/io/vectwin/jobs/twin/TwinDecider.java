package io.vectwin.jobs.twin;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.ingest.avro.TimeMapping;
import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.QosParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.OffloadingPolicy;
import io.vectwin.quantum.QuantumPolicies;
import io.vectwin.model.policy.SubtaskDecision;
import io.vectwin.schemas.EntityTelemetry;
import io.vectwin.schemas.OffloadingDecision;
import io.vectwin.schemas.TaskRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The decision itself, free of Flink: turns the vehicle twin, the node twins and a task request
 * into one {@link OffloadingDecision} per subtask with the configured policy. Node twins are
 * ordered by id so that a decision never depends on the iteration order of Flink's state.
 * Single-threaded, like the policy it holds: one per decision operator instance.
 */
public final class TwinDecider {

    /** Event time on the wire is Unix time; the model's clock for the twin is Unix seconds. */
    private static final TimeMapping UNIX_TIME = new TimeMapping(0L);

    private final OffloadingPolicy policy;
    private final QosParameters qos;
    private final String modelVersion;
    private final NodeStates nodeTwins = new NodeStates();
    private final NodeStates vehicleTwins = new NodeStates();

    public TwinDecider(OffloadingPolicy policy, QosParameters qos, String modelVersion) {
        this.policy = policy;
        this.qos = qos;
        this.modelVersion = modelVersion;
    }

    public static TwinDecider create(TwinJobConfig config) {
        NetworkParameters params = config.networkParameters();
        OffloadingPolicy policy = QuantumPolicies.create(config.policy(), params, config.seed(), config.model());
        String version = config.profile().cliName() + "/" + config.policy();
        return new TwinDecider(policy, params.qos(),
                policy.modelVersion().isEmpty() ? version : version + "@" + policy.modelVersion());
    }

    public String policyName() {
        return policy.name();
    }

    /** Whether the policy reads the other vehicles' states, which the job then shares with every decision instance. */
    public boolean readsOtherVehicles() {
        return policy.readsOtherVehicles();
    }

    /**
     * Decides every subtask of {@code task}.
     *
     * @param vehicle          the vehicle twin's latest telemetry
     * @param nodes            the node twins' latest telemetry (BSs and UAVs)
     * @param ingestedAtMillis when the task reached the deciding operator
     * @param clock            wall clock, read once after the policy decided
     */
    public List<OffloadingDecision> decide(EntityTelemetry vehicle, Collection<EntityTelemetry> nodes, TaskRequest task,
            long ingestedAtMillis, LongSupplier clock) {
        return decide(vehicle, nodes, List.of(), task, ingestedAtMillis, ingestedAtMillis, clock);
    }

    /**
     * Decides every subtask of {@code task}, the policy's clock reading {@code decisionTimeMillis}:
     * the ingestion time when deciding on arrival, the task's own event time when deciding as of
     * event time (so that a policy that reads the clock decides the same on every run).
     *
     * @param vehicle            the vehicle twin's telemetry the decision is based on
     * @param nodes              the node twins' telemetry (BSs and UAVs)
     * @param vehicles           the vehicle twins' telemetry shared with this instance, the issuing
     *                           vehicle's own possibly among them (it is left out); read only by a
     *                           policy that {@link #readsOtherVehicles()}
     * @param decisionTimeMillis the time the policy is told it is (Unix ms)
     * @param ingestedAtMillis   when the task reached the deciding operator
     * @param clock              wall clock, read once after the policy decided
     */
    public List<OffloadingDecision> decide(EntityTelemetry vehicle, Collection<EntityTelemetry> nodes,
            Collection<EntityTelemetry> vehicles, TaskRequest task, long decisionTimeMillis, long ingestedAtMillis,
            LongSupplier clock) {
        EntityState vehicleState = AvroMapping.toEntityState(vehicle);
        List<EntityState> nodeStates = nodeTwins.of(nodes);
        List<EntityState> others = List.of();
        if (policy.readsOtherVehicles() && !vehicles.isEmpty()) {
            others = new ArrayList<>(vehicles.size());
            for (EntityState v : vehicleTwins.of(vehicles)) {
                if (!v.id().equals(vehicleState.id())) {
                    others.add(v);
                }
            }
        }
        var modelTask = AvroMapping.toModelTask(task, UNIX_TIME);
        List<SubtaskDecision> decided = policy.decide(new DecisionContext(modelTask, vehicleState, nodeStates,
                UNIX_TIME.toSimulatedSeconds(decisionTimeMillis), others));
        long decidedAt = clock.getAsLong();
        List<OffloadingDecision> out = new ArrayList<>(decided.size());
        for (SubtaskDecision d : decided) {
            out.add(toRecord(task, d, vehicle.getPredictedBy().toString(), ingestedAtMillis, decidedAt));
        }
        return out;
    }

    private OffloadingDecision toRecord(TaskRequest task, SubtaskDecision d, String twinModelVersion, long ingestedAt,
            long decidedAt) {
        OffloadPath path = d.path();
        List<String> forwarding = new ArrayList<>();
        for (EntityId node : path.nodes().subList(1, path.nodes().size())) {
            forwarding.add(node.toString());
        }
        return OffloadingDecision.newBuilder()
                .setTaskId(task.getTaskId())
                .setSubtaskIndex(d.subtaskIndex())
                .setVehicleId(task.getVehicleId())
                .setFirstHop(path.firstHop().toString())
                .setForwardingPath(forwarding)
                .setProcessingNode(path.processingNode().toString())
                .setTransmitPowerWatts(d.txPowerW())
                .setProcessingCpuHz(d.processingCpuHz())
                .setSegmentsPerSubtask(d.segmentsPerSubtask())
                .setPredictedLatencySeconds(d.predictedLatencyS())
                .setPredictedEnergyJoules(d.predictedEnergyJ())
                .setPredictedQos(QualityOfService.normalised(d.predictedQos(), qos)) // on the outcome's eq. (93) scale
                .setPolicyName(policy.name())
                .setModelVersion(modelVersion)
                .setRequestCreatedAtMillis(task.getCreatedAtMillis())
                .setIngestedAtMillis(ingestedAt)
                .setDecidedAtMillis(decidedAt)
                .setTwinModelVersion(twinModelVersion)
                .build();
    }
}

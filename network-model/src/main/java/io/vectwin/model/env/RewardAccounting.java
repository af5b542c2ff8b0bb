package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.AdjustedReward;
import io.vectwin.model.mdp.AgentOutcome;
import io.vectwin.model.mdp.BsReward;
import io.vectwin.model.mdp.BsRewardInputs;
import io.vectwin.model.mdp.IncentivePenalty;
import io.vectwin.model.mdp.UavReward;
import io.vectwin.model.mdp.UavRewardInputs;
import io.vectwin.model.mdp.VehicleReward;
import io.vectwin.model.params.NetworkParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every agent that took part in a slot (eq. 63): vehicles by eq. (64), UAVs by
 * eq. (65)–(67), BSs by eq. (68), each adjusted with the incentives and penalties of
 * eq. (90)–(92) as Algorithm 3, lines 17–21, prescribes.
 *
 * <p>A vehicle's reward is the mean over the subtasks it issued in the slot, each segmented one
 * counted once ({@link IssuedSubtasks}: its last segment's latency, its segments' energy). A node's
 * is computed over the subtasks (segments) it handled (as first hop, forwarder or processor): η the share of them that met ϱ,
 * L their mean latency, E its forwarding and processing energy, TD the evenness (Jain's index) of
 * all nodes' loads, RU its processed cycles over f_cpu·τ, QL its queue over 𝒞_z. An agent that took
 * no part in the slot has no entry: it had no action to be rewarded for.
 */
final class RewardAccounting {

    private final NetworkParameters params;
    private final VehicleReward vehicleReward;
    private final UavReward uavReward;
    private final BsReward bsReward;
    private final IncentivePenalty incentives;

    RewardAccounting(NetworkParameters params) {
        this.params = params;
        this.vehicleReward = VehicleReward.forParameters(params);
        this.uavReward = UavReward.forParameters(params);
        this.bsReward = BsReward.forParameters(params);
        this.incentives = IncentivePenalty.forParameters(params);
    }

    /**
     * @param outcomes       every subtask's (segment's) outcome, what the nodes handled
     * @param issuedOutcomes the same merged per subtask the vehicles issued ({@link IssuedSubtasks#merge})
     */
    Map<EntityId, AdjustedReward> score(List<SubtaskOutcome> outcomes, List<SubtaskOutcome> issuedOutcomes,
            Map<EntityId, NodeUsage> usage) {
        Map<EntityId, AdjustedReward> out = new LinkedHashMap<>();
        Map<EntityId, List<AdjustedReward>> perVehicle = new LinkedHashMap<>();
        Map<EntityId, List<SubtaskOutcome>> perNode = new LinkedHashMap<>();
        for (SubtaskOutcome o : issuedOutcomes) {
            AgentOutcome ao = new AgentOutcome(EntityKind.VEHICLE, o.latencyS(), o.vehicleEnergyJ(), o.qos());
            perVehicle.computeIfAbsent(o.vehicle(), k -> new ArrayList<>())
                    .add(AdjustedReward.of(vehicleReward.value(ao), ao, incentives));
        }
        for (SubtaskOutcome o : outcomes) {
            o.path().ifPresent(p -> p.nodes().forEach(n -> perNode.computeIfAbsent(n, k -> new ArrayList<>()).add(o)));
        }
        perVehicle.forEach((v, rewards) -> out.put(v, mean(rewards)));

        double[] loads = usage.values().stream().mapToDouble(NodeUsage::handled).toArray();
        double distribution = UavRewardInputs.taskDistribution(loads);
        double tau = params.geometry().slotSeconds();
        for (Map.Entry<EntityId, List<SubtaskOutcome>> e : perNode.entrySet()) {
            EntityId node = e.getKey();
            NodeUsage u = usage.get(node);
            List<SubtaskOutcome> handled = e.getValue();
            double success = u.handledInDeadline() / (double) u.handled();
            double latency = handled.stream().mapToDouble(SubtaskOutcome::latencyS).average().orElse(0.0);
            double qos = handled.stream().mapToDouble(SubtaskOutcome::qos).average().orElse(0.0);
            double base = node.kind() == EntityKind.UAV
                    ? uavReward.value(new UavRewardInputs(success, latency, distribution,
                            UavRewardInputs.resourceUtilisation(u.processedCycles(), u.cpuHz() * tau),
                            UavRewardInputs.queueLength(u.backlogCycles(), params.compute()), u.energyJ()))
                    : bsReward.value(new BsRewardInputs(success, latency, u.energyJ()));
            out.put(node, AdjustedReward.of(base, new AgentOutcome(node.kind(), latency, u.energyJ(), qos), incentives));
        }
        return out;
    }

    private static AdjustedReward mean(List<AdjustedReward> rewards) {
        double r = 0;
        double i = 0;
        double p = 0;
        for (AdjustedReward a : rewards) {
            r += a.reward();
            i += a.incentive();
            p += a.penalty();
        }
        int n = rewards.size();
        return new AdjustedReward(r / n, i / n, p / n);
    }
}

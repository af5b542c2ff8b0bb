package io.vectwin.quantum;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mdp.VehicleChoice;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.PathPrediction;
import io.vectwin.model.policy.PredictionSession;
import io.vectwin.model.policy.PriorityOrder;
import io.vectwin.model.policy.SubtaskDecision;
import io.vectwin.quantum.training.NodeRoute;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every trained vehicle actor does with its choice in the Flink job (quantum, PPO, DDPG): the
 * first-hop nodes it may pick (those the twin knows), and the task's decisions once it picked a
 * first hop, a power and a segment size (eq. 58) — a direct path unless node agents route
 * (forwarding is the nodes' decision, eq. 60/62), each segment, highest priority (eq. 1) first,
 * predicted by the session with the cycles of the ones before it queued, as the greedy policy does.
 */
final class VehicleAgentDecisions {

    private VehicleAgentDecisions() {
    }

    /**
     * Per edge-node slot of {@code actions} (BSs, then UAVs), whether the context lists that node.
     *
     * @throws IllegalArgumentException if it lists none of the scenario's nodes
     */
    static boolean[] listedSlots(DecisionContext context, VehicleActionSpace actions, NetworkParameters params) {
        boolean[] listed = new boolean[actions.edgeNodes()];
        boolean any = false;
        for (EntityState node : context.edgeNodes()) {
            if (VehicleStateInput.inScenario(node.id(), params.geometry())) {
                listed[actions.slot(actions.index(node.id(), 0))] = true;
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException("none of the context's edge nodes is in the scenario's action space ("
                    + actions.baseStations() + " BSs, " + actions.uavs() + " UAVs)");
        }
        return listed;
    }

    /** The action indices whose first hop the context lists. */
    static boolean[] allowedActions(DecisionContext context, VehicleActionSpace actions, NetworkParameters params) {
        boolean[] listed = listedSlots(context, actions, params);
        boolean[] allowed = new boolean[actions.size()];
        for (int a = 0; a < allowed.length; a++) {
            allowed[a] = listed[actions.slot(a)];
        }
        return allowed;
    }

    /**
     * The task's decisions once the vehicle agent chose its first hop, power and segment size: the
     * task's subtasks cut into that many segments ({@link TaskSegmentation}), each routed by the first
     * hop's agent when the policy has node agents ({@link #routed}), else all sent directly
     * ({@link #direct}).
     */
    static List<SubtaskDecision> afterVehicleChoice(DecisionContext context, PredictionSession session,
            VehicleChoice choice, NodeAgents nodeAgents, NetworkParameters params) {
        TaskRequest offloaded = TaskSegmentation.split(context.task(), choice.segmentsPerSubtask());
        if (nodeAgents == null) {
            return direct(offloaded, choice.segmentsPerSubtask(), session, choice.firstHop(), choice.txPowerW(), params);
        }
        Observation twin = NodeAgents.observation(context);
        EntityId firstHop = choice.firstHop();
        // The node agent decides greedily on its state, which differs between a task's segments only by
        // D and C (eq. 59/61): the segments of one subtask get the same route, so it is asked once per subtask.
        Map<SegmentShape, NodeRoute> routes = new HashMap<>();
        return routed(offloaded, choice.segmentsPerSubtask(), session,
                subtask -> routes.computeIfAbsent(new SegmentShape(subtask.dataBits(), subtask.cyclesPerBit()),
                        shape -> nodeAgents.route(twin, firstHop, subtask)),
                choice.txPowerW(), params);
    }

    /** What a node agent's state reads of a segment: D and C. */
    private record SegmentShape(double dataBits, double cyclesPerBit) {
    }

    /**
     * One decision per subtask of {@code offloaded} (a task cut into {@code segmentsPerSubtask}
     * segments per subtask), in index order, all sent directly to {@code firstHop} at {@code powerW}.
     */
    private static List<SubtaskDecision> direct(TaskRequest offloaded, int segmentsPerSubtask, PredictionSession session,
            EntityId firstHop, double powerW, NetworkParameters params) {
        NodeRoute route = NodeRoute.direct(firstHop);
        return routed(offloaded, segmentsPerSubtask, session, subtask -> route, powerW, params);
    }

    /**
     * One decision per subtask of {@code offloaded}, in index order, each sent at {@code powerW} along
     * the route {@code routes} gives it (the first-hop node's agent deciding per subtask), asked in
     * priority order.
     */
    private static List<SubtaskDecision> routed(TaskRequest offloaded, int segmentsPerSubtask, PredictionSession session,
            Function<Subtask, NodeRoute> routes, double powerW, NetworkParameters params) {
        SubtaskDecision[] decisions = new SubtaskDecision[offloaded.subtasks().size()];
        for (int j : PriorityOrder.descending(offloaded, params.tasks().priorityWeights())) {
            Subtask subtask = offloaded.subtasks().get(j);
            NodeRoute route = routes.apply(subtask);
            PathPrediction prediction = session.predict(subtask, route.path(), powerW, route.processingCpuHz());
            session.assign(subtask, prediction);
            decisions[j] = prediction.decisionFor(j, segmentsPerSubtask);
        }
        return List.of(decisions);
    }
}

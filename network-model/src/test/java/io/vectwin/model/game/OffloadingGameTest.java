package io.vectwin.model.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.env.Observation;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.AdjustedReward;
import io.vectwin.model.mdp.AgentOutcome;
import io.vectwin.model.mdp.IncentivePenalty;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mdp.VehicleReward;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mec.TaskSegmentation;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.EnvironmentBridge;
import io.vectwin.model.policy.PathPrediction;
import io.vectwin.model.policy.PathPredictor;
import io.vectwin.model.policy.PredictionSession;
import io.vectwin.model.policy.PriorityOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffloadingGameTest {

    private static final NetworkParameters PARAMS = NetworkParameters.physical();
    private static final VehicleActionSpace ACTIONS = VehicleActionSpace.forParameters(PARAMS);

    /** The first slot with at least {@code players} task requests. */
    private static List<DecisionContext> slotWith(int players) {
        VecEnvironment env = new VecEnvironment(PARAMS, 42);
        Observation obs = env.observation();
        while (obs.pendingTasks().size() < players) {
            obs = env.step(EnvironmentBridge.jointAction(new io.vectwin.model.policy.GreedyPolicy(PARAMS), obs)).next();
        }
        return EnvironmentBridge.contexts(obs);
    }

    @Test
    void aConvergedProfileLeavesNoPlayerAProfitableDeviation() {
        List<DecisionContext> contexts = slotWith(4);
        OffloadingGame game = new OffloadingGame(PARAMS, ACTIONS, 50);
        int[] start = new int[contexts.size()]; // everyone on b-0 at the lowest power
        NashEquilibrium eq = game.solve(contexts, start);
        assertThat(eq.converged()).isTrue();
        int[] profile = eq.actions();
        for (int p = 0; p < contexts.size(); p++) {
            double atEquilibrium = game.utility(contexts, profile, p);
            assertThat(eq.utility(p)).isCloseTo(atEquilibrium, within(1e-12));
            for (int a = 0; a < ACTIONS.size(); a++) {
                int[] deviation = profile.clone();
                deviation[p] = a;
                assertThat(game.utility(contexts, deviation, p)).as("player %d deviating to %d", p, a)
                        .isLessThanOrEqualTo(atEquilibrium + 1e-12);
            }
        }
        // starting from the equilibrium, one round confirms it
        NashEquilibrium again = game.solve(contexts, profile);
        assertThat(again.rounds()).isEqualTo(1);
        assertThat(again.actions()).containsExactly(profile);
    }

    /**
     * A lone player's utility is the mean adjusted reward (eq. 64, 90–92) of its subtasks — cut into
     * the action's segments (eq. 58) — as the path predictor predicts them, queued behind each other
     * in priority order.
     */
    @Test
    void aLonePlayersUtilityIsThePredictedAdjustedReward() {
        DecisionContext ctx = slotWith(1).get(0);
        OffloadingGame game = new OffloadingGame(PARAMS, ACTIONS, 5);
        VehicleReward reward = VehicleReward.forParameters(PARAMS);
        IncentivePenalty incentives = IncentivePenalty.forParameters(PARAMS);
        PathPredictor predictor = new PathPredictor(PARAMS);
        // whole subtasks, halves at b-0; P_max/2 at b-0; quarters at u-9, P_max
        for (int action : new int[] {0, 1, 3, ACTIONS.size() - 1}) {
            PredictionSession session = predictor.session(ctx);
            double sum = 0;
            TaskRequest cut = TaskSegmentation.split(ctx.task(), ACTIONS.segmentsPerSubtask(ACTIONS.segmentLevel(action)));
            int[] order = PriorityOrder.descending(cut, PARAMS.tasks().priorityWeights());
            for (int j : order) {
                Subtask s = cut.subtasks().get(j);
                PathPrediction p = session.predict(s, OffloadPath.direct(ACTIONS.firstHop(action)),
                        ACTIONS.txPowerW(ACTIONS.powerLevel(action)));
                session.assign(s, p);
                AgentOutcome o = new AgentOutcome(EntityKind.VEHICLE, p.latencyS(), p.vehicleEnergyJ(), p.qos());
                sum += AdjustedReward.of(reward.value(o), o, incentives).adjusted();
            }
            assertThat(game.utility(List.of(ctx), new int[] {action}, 0)).isCloseTo(sum / order.length, within(1e-9));
        }
    }

    @Test
    void theRoundCapIsReportedAsNotConverged() {
        List<DecisionContext> contexts = slotWith(4);
        int[] start = new int[contexts.size()];
        Arrays.fill(start, 0);
        NashEquilibrium oneRound = new OffloadingGame(PARAMS, ACTIONS, 1).solve(contexts, start);
        // everyone on b-0 at a quarter of P_max is not a best response for all of them
        assertThat(oneRound.rounds()).isEqualTo(1);
        assertThat(oneRound.converged()).isFalse();
    }
}

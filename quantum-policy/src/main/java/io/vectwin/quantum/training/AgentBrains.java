package io.vectwin.quantum.training;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.BsAction;
import io.vectwin.model.mdp.BsState;
import io.vectwin.model.mdp.NodeActionSpace;
import io.vectwin.model.mdp.UavAction;
import io.vectwin.model.mdp.UavState;
import io.vectwin.model.mdp.VehicleAction;
import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.mdp.VehicleState;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.ScenarioGeometry;
import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.policy.QpnParameters;
import java.util.SplittableRandom;

/**
 * Fresh brains of an algorithm for a scenario: state lengths from the MDP encodings (eq. 57, 59, 61),
 * action spaces from {@link VehicleActionSpace} / {@link NodeActionSpace} (discrete learners) or the
 * action encodings of eq. (60), (62) and eq. (58)'s power, first hop and segment size
 * ({@link VehicleActionSpace#vectorLength}; DDPG: a subtask's priority follows from eq. 1); all initial weights
 * drawn from {@code seed}.
 */
public final class AgentBrains {

    private AgentBrains() {
    }

    public static MultiAgentTrainer.Brains create(NetworkParameters params, TrainingAlgorithm algorithm,
            LearningSettings settings, long seed) {
        ScenarioGeometry g = params.geometry();
        SplittableRandom init = new SplittableRandom(seed ^ 0x5DEECE66DL);
        AgentBrain vehicle = brain(algorithm, "vehicle", VehicleState.featureNames(g).size(),
                VehicleActionSpace.forParameters(params).size(), VehicleActionSpace.forParameters(params).vectorLength(),
                settings, init);
        if (!algorithm.multiAgent()) {
            return new MultiAgentTrainer.Brains(vehicle, null, null);
        }
        AgentBrain uav = brain(algorithm, "uav", UavState.featureNames(g).size(),
                NodeActionSpace.forParameters(params, EntityKind.UAV).size(), UavAction.encodingLength(g), settings, init);
        AgentBrain bs = brain(algorithm, "bs", BsState.featureNames(g).size(),
                NodeActionSpace.forParameters(params, EntityKind.BASE_STATION).size(), BsAction.encodingLength(g), settings,
                init);
        return new MultiAgentTrainer.Brains(vehicle, uav, bs);
    }

    private static AgentBrain brain(TrainingAlgorithm algorithm, String name, int stateLength, int actions,
            int actionVectorLength, LearningSettings s, SplittableRandom init) {
        return switch (algorithm.learner()) {
            case QUANTUM -> {
                QpnParameters qpn = QpnParameters.initial(CircuitShape.paper(), Encoding.AMPLITUDE, false, actions, init);
                yield new QuantumAgent(name, new QuantumActor(qpn, actions, s.actorLearningRate()),
                        new ValueCritic(stateLength, s.criticHidden(), s.criticLearningRate(), init.nextLong()), s);
            }
            case PPO -> new PpoAgent(name, stateLength, actions, s, PpoSettings.defaults(), init.nextLong());
            case DDPG -> new DdpgAgent(name, stateLength, actionVectorLength, s, DdpgSettings.defaults(), init.nextLong());
        };
    }
}

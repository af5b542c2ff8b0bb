package io.vectwin.quantum.training;

import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code vectwin train} can train: the proposed multi-agent Quantum-DRL on the LSTM twin, its
 * three ablations (Fig. 4, 5), and the classical baselines the paper compares it with (Fig. 3, 4),
 * multi-agent PPO and DDPG, "executed in a multi-agent environment along with LSTM" (Sec. VI). They
 * differ in the agents' learner ({@link Learner}), in who learns, in whether Algorithm 3's
 * equilibrium guides the vehicles, and in what the agents see ({@link TwinKind}); the environment,
 * its seeds and the rewards are shared.
 */
public enum TrainingAlgorithm {

    /** Multi-agent (vehicle, UAV, BS agents), Nash-guided (Algorithm 3), on the LSTM twin's predicted states. */
    QDRL("qdrl", Learner.QUANTUM, true, TwinKind.LSTM),
    /**
     * Single-agent: one quantum agent decides first hop and power for every vehicle from the global
     * reward of eq. (63) (the slot's mean agent reward); the nodes process what they receive at full
     * CPU; no equilibrium step (there is no second player).
     */
    QDRL_SINGLE("qdrl-single", Learner.QUANTUM, false, TwinKind.LSTM),
    /** Multi-agent QDRL on a twin without prediction: entities as reported one slot earlier. */
    QDRL_NOLSTM("qdrl-nolstm", Learner.QUANTUM, true, TwinKind.REPORTED),
    /** Multi-agent QDRL without a digital twin: nodes' live load unknown (assumed idle). */
    QDRL_NODT("qdrl-nodt", Learner.QUANTUM, true, TwinKind.NONE),
    /** Multi-agent PPO with classical (DL4J) actor and critic per agent type, on the LSTM twin. */
    PPO("ppo", Learner.PPO, true, TwinKind.LSTM),
    /** Multi-agent DDPG with classical (DL4J) actor and critic per agent type, on the LSTM twin. */
    DDPG("ddpg", Learner.DDPG, true, TwinKind.LSTM);

    /** How an agent type learns. */
    public enum Learner {
        /** Quantum actor and classical critic, Algorithm 2 ({@link QuantumAgent}). */
        QUANTUM,
        /** Proximal policy optimisation ({@code baselines.PpoAgent}). */
        PPO,
        /** Deep deterministic policy gradient ({@code baselines.DdpgAgent}). */
        DDPG
    }

    /** What the agents decide on. */
    public enum TwinKind {
        LSTM, REPORTED, NONE
    }

    private final String cliName;
    private final Learner learner;
    private final boolean multiAgent;
    private final TwinKind twin;

    TrainingAlgorithm(String cliName, Learner learner, boolean multiAgent, TwinKind twin) {
        this.cliName = cliName;
        this.learner = learner;
        this.multiAgent = multiAgent;
        this.twin = twin;
    }

    public String cliName() {
        return cliName;
    }

    public Learner learner() {
        return learner;
    }

    /** Whether UAV and BS agents decide (otherwise the first hop processes at full CPU). */
    public boolean multiAgent() {
        return multiAgent;
    }

    /** Whether Algorithm 3's best response guides the vehicle agents (the multi-agent quantum variants). */
    public boolean nashGuided() {
        return learner == Learner.QUANTUM && multiAgent;
    }

    public TwinKind twin() {
        return twin;
    }

    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(TrainingAlgorithm::cliName).toList());
    }

    public static TrainingAlgorithm parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (TrainingAlgorithm v : values()) {
            if (v.cliName.equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + text + "' (known: " + knownNames() + ")");
    }
}

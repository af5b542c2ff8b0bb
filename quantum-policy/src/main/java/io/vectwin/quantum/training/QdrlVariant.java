package io.vectwin.quantum.training;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Quantum-DRL configurations the paper compares (Fig. 4, 5): the proposed multi-agent QDRL on
 * the LSTM twin and its three ablations. They differ in who learns and in what the agents see
 * ({@link TwinKind}); everything else — environment, seeds, learning constants — is shared.
 */
public enum QdrlVariant {

    /** Multi-agent (vehicle, UAV, BS agents), Nash-guided (Algorithm 3), on the LSTM twin's predicted states. */
    QDRL("qdrl", true, TwinKind.LSTM),
    /**
     * Single-agent: one quantum agent decides first hop and power for every vehicle from the global
     * reward of eq. (63) (the slot's mean agent reward); the nodes process what they receive at full
     * CPU; no equilibrium step (there is no second player).
     */
    QDRL_SINGLE("qdrl-single", false, TwinKind.LSTM),
    /** Multi-agent on a twin without prediction: entities as reported one slot earlier. */
    QDRL_NOLSTM("qdrl-nolstm", true, TwinKind.REPORTED),
    /** Multi-agent without a digital twin: nodes' live load unknown (assumed idle). */
    QDRL_NODT("qdrl-nodt", true, TwinKind.NONE);

    /** What the agents decide on. */
    public enum TwinKind {
        LSTM, REPORTED, NONE
    }

    private final String cliName;
    private final boolean multiAgent;
    private final TwinKind twin;

    QdrlVariant(String cliName, boolean multiAgent, TwinKind twin) {
        this.cliName = cliName;
        this.multiAgent = multiAgent;
        this.twin = twin;
    }

    public String cliName() {
        return cliName;
    }

    public boolean multiAgent() {
        return multiAgent;
    }

    public TwinKind twin() {
        return twin;
    }

    public static QdrlVariant parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (QdrlVariant v : values()) {
            if (v.cliName.equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown QDRL variant '" + text + "' (known: "
                + String.join(", ", Arrays.stream(values()).map(QdrlVariant::cliName).toList()) + ")");
    }
}

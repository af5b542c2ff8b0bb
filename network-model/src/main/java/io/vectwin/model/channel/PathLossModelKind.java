package io.vectwin.model.channel;

import java.util.Locale;

/** The path-loss models of Sec. II-D, by the names the CLI accepts. */
public enum PathLossModelKind {
    /** Okumura–Hata urban, eq. (15). Vehicle → BS. */
    OKUMURA("okumura"),
    /** 3GPP TR 38.901 UMa LoS/NLoS with breakpoint, eq. (16)–(20). Vehicle → BS. */
    UMA("uma"),
    /** Free-space power law PL₀(d/d₀)^(−α_PL), eq. (26). Links to and from UAVs. */
    FREE_SPACE("freespace"),
    /** 3GPP UAV model with LoS probability, eq. (27)–(29). Links to and from UAVs. */
    UAV_3GPP("uav3gpp");

    private final String cliName;

    PathLossModelKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static PathLossModelKind parse(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (PathLossModelKind k : values()) {
                if (k.cliName.equals(t)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("unknown path-loss model '" + text + "' (expected okumura, uma, freespace or uav3gpp)");
    }
}

package io.vectwin.model.params;

import java.util.Locale;

/**
 * The two parameter profiles of vectwin (see DESIGN.md, "Two parameter profiles").
 *
 * <ul>
 *   <li>{@link #PAPER}: Table II literally, with the paper's path-loss convention (the dB path
 *       loss is turned into a linear <em>gain</em> with 10^(+PL/10)); it regenerates the paper's
 *       Table III Okumura column and its figures.</li>
 *   <li>{@link #PHYSICAL} (default): path loss attenuates, and powers, noise and carrier follow
 *       3GPP TR 38.901 / TS 38.101 practice.</li>
 * </ul>
 */
public enum Profile {
    PAPER,
    PHYSICAL;

    /** Parses {@code paper} or {@code physical} (case-insensitive). */
    public static Profile parse(String text) {
        if (text != null) {
            for (Profile p : values()) {
                if (p.name().equalsIgnoreCase(text.trim())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "' (expected paper or physical)");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

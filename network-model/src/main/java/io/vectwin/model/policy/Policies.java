package io.vectwin.model.policy;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import java.util.List;
import java.util.Locale;

/** Creates an {@link OffloadingPolicy} from its name, as the job's configuration and the CLI give it. */
public final class Policies {

    private static final List<String> NAMES = List.of(GreedyPolicy.NAME, RandomPolicy.NAME);

    private Policies() {
    }

    /** The known names, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The policy called {@code name} (case and surrounding spaces ignored). {@code seed} seeds the
     * policies that draw (random); the others ignore it.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static OffloadingPolicy create(String name, NetworkParameters params, long seed) {
        Require.notNull("policy name", name);
        Require.notNull("params", params);
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case GreedyPolicy.NAME -> new GreedyPolicy(params);
            case RandomPolicy.NAME -> new RandomPolicy(params, seed);
            default -> throw new IllegalArgumentException("unknown policy '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        };
    }
}

package io.vectwin.model.mdp;

import java.util.ArrayList;
import java.util.List;

/** Builds the feature-name lists of the state records, in the order their encoders write. */
final class FeatureNames {

    static final List<String> POSITION = List.of("x", "y", "z");
    static final List<String> KINEMATICS = List.of("x", "y", "z", "speed", "vspeed", "cos_heading", "sin_heading", "slope");
    static final List<String> TASK_AND_CPU = List.of("data", "cycles_per_bit", "cpu_max");

    private final List<String> names = new ArrayList<>();

    FeatureNames add(List<String> more) {
        names.addAll(more);
        return this;
    }

    /** {@code prefix0 … prefix(n−1)}, e.g. gain_b0, gain_b1. */
    FeatureNames indexed(String prefix, int n) {
        for (int i = 0; i < n; i++) {
            names.add(prefix + i);
        }
        return this;
    }

    List<String> build() {
        return List.copyOf(names);
    }
}

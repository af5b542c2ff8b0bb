package io.vectwin.quantum;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.OffloadingPolicy;
import io.vectwin.model.policy.Policies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Policies} plus the trained policies: network-model cannot know this module (it must not
 * depend on it), so the job creates its policy here. "quantum" (a QPN parameter file), "ppo" and
 * "ddpg" (a DL4J vehicle actor from {@code vectwin train}) need a model file; every other name goes
 * to {@link Policies#create}.
 */
public final class QuantumPolicies {

    private QuantumPolicies() {
    }

    /** {@link Policies#names()} followed by "quantum", "ppo" and "ddpg". */
    public static List<String> names() {
        List<String> names = new ArrayList<>(Policies.names());
        names.add(QuantumPolicy.NAME);
        for (ClassicalVehiclePolicy.Kind k : ClassicalVehiclePolicy.Kind.values()) {
            names.add(k.policyName());
        }
        return List.copyOf(names);
    }

    /**
     * The policy called {@code name} (case and surrounding spaces ignored).
     *
     * @param seed  seeds the policies that draw (random); the quantum policy is greedy and ignores it
     * @param model the quantum policy's parameter file; required for "quantum", refused for the
     *              others (a model given to a policy that cannot use it is a mistake to report)
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones), a
     *                                  missing or superfluous model; a
     *                                  {@link io.vectwin.quantum.policy.QpnFileException} for a bad file
     */
    public static OffloadingPolicy create(String name, NetworkParameters params, long seed, Optional<Path> model) {
        if (name == null) {
            throw new IllegalArgumentException("policy name is required");
        }
        if (model == null) {
            throw new IllegalArgumentException("model is required (Optional.empty() for none)");
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (QuantumPolicy.NAME.equals(key)) {
            Path file = model.orElseThrow(() -> new IllegalArgumentException(
                    "policy 'quantum' needs a model file (the quantum policy network's parameter JSON)"));
            return new QuantumPolicy(file, params);
        }
        for (ClassicalVehiclePolicy.Kind k : ClassicalVehiclePolicy.Kind.values()) {
            if (k.policyName().equals(key)) {
                Path file = model.orElseThrow(() -> new IllegalArgumentException("policy '" + key
                        + "' needs a model file (the vehicle actor 'vectwin train --algo " + key + "' wrote, vehicle."
                        + key + ".zip)"));
                return new ClassicalVehiclePolicy(file, k, params);
            }
        }
        if (model.isPresent()) {
            throw new IllegalArgumentException("a model file is for the trained policies only; policy '" + name
                    + "' does not use " + model.get());
        }
        if (!Policies.names().contains(name.trim().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown policy '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return Policies.create(name, params, seed);
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.RewardWeights;

/**
 * The vehicle agent's reward, eq. (64): R_V = −ω_L·L̃ − ω_E·Ẽ + ω_Q·q, on the dimensionless
 * L̃ = L/ϱ, Ẽ = E/E_max^v and q = Q₉₃/100 of {@link RewardScale}. Bounded by
 * ±(ω_L + ω_E + ω_Q)·{@link RewardScale#CEILING}.
 */
public record VehicleReward(RewardWeights weights, RewardScale scale) {

    public VehicleReward {
        Require.notNull("weights", weights);
        Require.notNull("scale", scale);
    }

    public static VehicleReward forParameters(NetworkParameters p) {
        return new VehicleReward(p.rewards(), RewardScale.forParameters(p));
    }

    /** Eq. (64) of a latency (s), vehicle energy (J) and raw QoS of eq. (48). */
    public double value(double latencyS, double energyJ, double qos) {
        return -weights.vehicleLatency() * scale.latency(latencyS)
                - weights.vehicleEnergy() * scale.energy(EntityKind.VEHICLE, energyJ)
                + weights.vehicleQos() * scale.qos(qos);
    }

    public double value(AgentOutcome outcome) {
        Require.notNull("outcome", outcome);
        if (outcome.agent() != EntityKind.VEHICLE) {
            throw new IllegalArgumentException("outcome.agent must be VEHICLE for eq. (64), got " + outcome.agent());
        }
        return value(outcome.latencyS(), outcome.energyJ(), outcome.qos());
    }
}

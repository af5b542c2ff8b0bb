package io.vectwin.model.params;

/**
 * Weights of the agents' rewards (eq. 64–68) and of the incentive and penalty functions
 * (eq. 90–92 and the penalties of Sec. V-D). The paper names them but gives no values; the
 * defaults below respect every ordering it states.
 *
 * @param vehicleLatency  ω_L of eq. (64)
 * @param vehicleEnergy   ω_E of eq. (64)
 * @param vehicleQos      ω_Q of eq. (64)
 * @param uavForwarding   ζ_TF of eq. (65)
 * @param nodeEnergy      ζ_E of eq. (65) and (68)
 * @param forwardSuccess  α_η of eq. (66)
 * @param forwardLatency  α_L of eq. (66)
 * @param loadBalance     α_LB of eq. (66)
 * @param taskDistribution β_TD of eq. (67)
 * @param resourceUse     β_RU of eq. (67)
 * @param queueLength     β_QL of eq. (67)
 * @param bsProcessing    ζ_TP of eq. (68)
 * @param incentiveLatency ω_lat of eq. (90), 0 < ω_lat < 1
 * @param incentiveEnergy  ω_ene of eq. (91), 0 < ω_ene < ω_lat
 * @param incentiveQos     ω_qos of eq. (92), 0 < ω_qos < 1 − (ω_lat + ω_ene)
 * @param penaltyLatency   λ_lat, 0 < λ_lat < 1
 * @param penaltyEnergy    λ_ene, 0 < λ_ene < λ_lat
 * @param penaltyQos       λ_qos, 0 < λ_qos < 1 − (λ_ene + λ_lat)
 */
public record RewardWeights(
        double vehicleLatency,
        double vehicleEnergy,
        double vehicleQos,
        double uavForwarding,
        double nodeEnergy,
        double forwardSuccess,
        double forwardLatency,
        double loadBalance,
        double taskDistribution,
        double resourceUse,
        double queueLength,
        double bsProcessing,
        double incentiveLatency,
        double incentiveEnergy,
        double incentiveQos,
        double penaltyLatency,
        double penaltyEnergy,
        double penaltyQos) {

    public RewardWeights {
        Require.nonNegative("rewards.vehicleLatency", vehicleLatency);
        Require.nonNegative("rewards.vehicleEnergy", vehicleEnergy);
        Require.nonNegative("rewards.vehicleQos", vehicleQos);
        Require.nonNegative("rewards.uavForwarding", uavForwarding);
        Require.nonNegative("rewards.nodeEnergy", nodeEnergy);
        Require.nonNegative("rewards.forwardSuccess", forwardSuccess);
        Require.nonNegative("rewards.forwardLatency", forwardLatency);
        Require.nonNegative("rewards.loadBalance", loadBalance);
        Require.nonNegative("rewards.taskDistribution", taskDistribution);
        Require.nonNegative("rewards.resourceUse", resourceUse);
        Require.nonNegative("rewards.queueLength", queueLength);
        Require.nonNegative("rewards.bsProcessing", bsProcessing);
        Require.openInterval("rewards.incentiveLatency", incentiveLatency, 0.0, 1.0);
        Require.openInterval("rewards.incentiveEnergy (eq. 91: 0 < w_ene < w_lat)", incentiveEnergy, 0.0, incentiveLatency);
        Require.openInterval("rewards.incentiveQos (eq. 92: 0 < w_qos < 1 - (w_lat + w_ene))", incentiveQos, 0.0,
                1.0 - (incentiveLatency + incentiveEnergy));
        Require.openInterval("rewards.penaltyLatency", penaltyLatency, 0.0, 1.0);
        Require.openInterval("rewards.penaltyEnergy (0 < l_ene < l_lat)", penaltyEnergy, 0.0, penaltyLatency);
        Require.openInterval("rewards.penaltyQos (0 < l_qos < 1 - (l_ene + l_lat))", penaltyQos, 0.0,
                1.0 - (penaltyLatency + penaltyEnergy));
    }

    /** Defaults: latency first (as w_L = 0.7 in eq. 93 does), then QoS, then energy. */
    public static RewardWeights defaults() {
        return new RewardWeights(
                0.5, 0.2, 0.3,
                0.7, 0.3,
                0.5, 0.3, 0.2,
                0.4, 0.4, 0.2,
                0.7,
                0.5, 0.2, 0.2,
                0.5, 0.2, 0.2);
    }
}

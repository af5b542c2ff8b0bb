/**
 * The multi-agent Markov decision process of Sec. IV: typed states (eq. 57, 59, 61) and actions
 * (eq. 58, 60, 62) of the vehicle, UAV and BS agents with fixed-length numeric encodings for
 * policies, the agents' rewards (eq. 64–68) and the incentive and penalty functions of
 * Sec. V-D (eq. 90–92) with Algorithm 3's adjusted reward R + I − P.
 *
 * <h2>State and action encodings</h2>
 * Every state and action has a fixed-length {@code double[]} encoding whose feature order is
 * documented on the record and, for states, exposed by {@code featureNames(ScenarioGeometry)}.
 * Features are normalised so that a typical state lands in about [−1, 1]: positions by the
 * entity kind's {@link io.vectwin.model.geometry.Box}, speeds by the kind's maximum speed,
 * angles through cos/sin or by their bound, channel gains and path losses in dB by the affine
 * map of {@link io.vectwin.model.mdp.FeatureScaling}, data by D_max, complexity by the
 * profile's cycles per bit and CPU frequencies by f_max.
 *
 * <h2>Rewards are dimensionless</h2>
 * The paper adds latency (seconds, ~0.01), energy (joules, 10⁻³–30) and QoS (eq. 48, ~60–700)
 * with plain weights, which makes QoS swamp everything else. Every reward term here is made
 * dimensionless first, once, by {@link io.vectwin.model.mdp.RewardScale}, and the same
 * normalised quantities are used in eq. (64)–(68) and in eq. (90)–(92) alike:
 * <ul>
 *   <li>latency: L̃ = L / ϱ (ϱ = {@code TaskParameters.deadlineSeconds}); 1 is the deadline;</li>
 *   <li>energy: Ẽ = E / E_max of the agent's kind ({@code ComputeParameters.vehicleEnergyBudgetJ}
 *       for vehicles, {@code nodeEnergyBudgetJ} for UAVs and BSs); 1 is the budget;</li>
 *   <li>QoS: q = Q₉₃ / 100 where Q₉₃ is the normalised QoS of eq. (93) computed from the raw
 *       QoS of eq. (48). Eq. (93) maps Q_min onto itself and Q_max onto Q_min + 100, so
 *       q_min = Q_min / 100 (0.6 for Table II) is the C10 threshold on the same scale and
 *       q − q_min = (Q − Q_min)/(Q_max − Q_min) ∈ [0, 1] between the two;</li>
 *   <li>success rates, task distribution, resource utilisation and queue length are fractions
 *       in [0, 1] already.</li>
 * </ul>
 * L̃ and Ẽ are capped at {@link io.vectwin.model.mdp.RewardScale#CEILING} (10) and q is clamped
 * to [−10, 10], so a closed link (latency and energy +∞, QoS −∞) gets the worst finite
 * reward, never NaN or ±∞; ten times the deadline or the budget is already a failure, and
 * beyond it the gradient would only measure how badly a hopeless link failed.
 */
package io.vectwin.model.mdp;

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.ExtendedReal;
import io.vectwin.model.mec.QualityOfService;
import io.vectwin.model.params.Require;

/**
 * What one agent's action on one subtask achieved, L_x(a_x, s_x), E_x(a_x, s_x) and
 * Q_x(a_x, s_x) of eq. (64) and (90)–(92), in SI units; {@link RewardScale} makes them
 * dimensionless.
 *
 * @param agent    the agent's kind; selects E_max
 * @param latencyS L, s (≥ 0; +∞ for a link that does not close)
 * @param energyJ  E, J (≥ 0; +∞ allowed)
 * @param qos      the raw QoS of eq. (48), w_L/L − w_E·E ({@link QualityOfService#raw}), not eq. (93)'s
 *                 normalised value; −∞ allowed (closed link with unbounded energy), +∞ and NaN not
 */
public record AgentOutcome(EntityKind agent, double latencyS, double energyJ, double qos) {

    public AgentOutcome {
        Require.notNull("agent", agent);
        ExtendedReal.requireNonNegative("latencyS", latencyS);
        ExtendedReal.requireNonNegative("energyJ", energyJ);
        ExtendedReal.requireBelowPositiveInfinity("qos", qos);
    }
}

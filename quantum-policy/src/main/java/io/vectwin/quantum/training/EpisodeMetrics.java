package io.vectwin.quantum.training;

/**
 * One row of a training run's CSV: what an episode achieved.
 *
 * @param episode          0-based
 * @param reward           Σ over the episode's slots of eq. (63) with Algorithm 3's adjustment (every agent's R + I − P)
 * @param normalisedReward the same per agent and slot: reward / (number of agent rewards in the episode), so episodes
 *                         with more traffic are comparable
 * @param latencyMs        mean end-to-end latency of the subtasks whose links closed (ms); NaN when none did
 * @param energyJ          mean energy per such subtask: vehicle transmission plus forwarding and processing (J);
 *                         NaN when none
 * @param qos              mean QoS of eq. (93) over those subtasks; NaN when none
 * @param deadlineMet      fraction of all subtasks that met ϱ
 * @param violations       constraint checks (C1–C20) violated, summed over slots
 * @param subtasks         subtasks decided in the episode
 * @param epsilon          ε used
 * @param nashRounds       mean best-response rounds of Algorithm 3 per slot (0 when not used)
 * @param nashConverged    fraction of slots whose best response converged (1 when not used)
 * @param criticMse        mean squared TD error of the critics' minibatches (0 before the first update)
 * @param seconds          wall time of the episode, updates included
 */
public record EpisodeMetrics(int episode, double reward, double normalisedReward, double latencyMs, double energyJ,
        double qos, double deadlineMet, int violations, int subtasks, double epsilon, double nashRounds,
        double nashConverged, double criticMse, double seconds) {
}

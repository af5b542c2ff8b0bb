/**
 * Offloading policies: who decides, for every subtask of a task request, which path it takes
 * (first hop, forwarding hops, processing node) and at what transmit power.
 *
 * <ul>
 *   <li>{@link io.vectwin.model.policy.OffloadingPolicy} is the one interface the Flink job (and
 *       any training loop) calls, once per {@link io.vectwin.model.mec.TaskRequest}, with a
 *       {@link io.vectwin.model.policy.DecisionContext}: the task, the twin's view of the issuing
 *       vehicle and of every BS and UAV, and the time. It returns one
 *       {@link io.vectwin.model.policy.SubtaskDecision} per subtask, in subtask-index order.</li>
 *   <li>{@link io.vectwin.model.policy.PathPredictor} predicts latency (eq. 6–7 with the
 *       processing node's queue), the vehicle's transmit energy and the QoS of eq. (48) of a
 *       path on the mean channel, and enumerates a bounded set of candidate paths; a
 *       {@link io.vectwin.model.policy.PredictionSession} caches link budgets for one decision.</li>
 *   <li>{@link io.vectwin.model.policy.GreedyPolicy} ("greedy") and
 *       {@link io.vectwin.model.policy.RandomPolicy} ("random") are the baselines;
 *       {@link io.vectwin.model.policy.Policies} creates a policy by name.</li>
 *   <li>{@link io.vectwin.model.policy.EnvironmentBridge} drives a
 *       {@link io.vectwin.model.env.VecEnvironment} with any policy.</li>
 * </ul>
 */
package io.vectwin.model.policy;

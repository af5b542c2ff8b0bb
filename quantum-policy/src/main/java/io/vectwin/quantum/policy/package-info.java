/**
 * From circuit to action: the read-out p(a|ψ) of eq. (88)
 * ({@link io.vectwin.quantum.policy.SoftmaxReadout}), greedy / sampled / ε-greedy selection
 * ({@link io.vectwin.quantum.policy.ActionSelection}), the network as one object
 * ({@link io.vectwin.quantum.policy.QuantumPolicyNetwork}), and its parameters with their JSON file
 * ({@link io.vectwin.quantum.policy.QpnParameters}, {@link io.vectwin.quantum.policy.QpnParametersFile}).
 */
package io.vectwin.quantum.policy;

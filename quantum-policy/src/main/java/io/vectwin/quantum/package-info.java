/**
 * The quantum policy network of Sec. V-C (eq. 75–89) as an offloading policy.
 *
 * <ul>
 *   <li>{@link io.vectwin.quantum.simulator}: the exact state-vector simulator (N ≤ 12 qubits,
 *       basis index i = Σ_k q_k·2^k, qubit 0 least significant), gates and measurement (eq. 85).</li>
 *   <li>{@link io.vectwin.quantum.circuit}: the amplitude encoding (eq. 75–78, Lemma 1), the
 *       variational ansatz (eq. 80–84) and its gradients (adjoint method, parameter shift).</li>
 *   <li>{@link io.vectwin.quantum.policy}: the read-out to p(a|ψ) (eq. 88), action selection,
 *       and the parameter file.</li>
 *   <li>{@link io.vectwin.quantum.QuantumPolicy} ("quantum") implements network-model's
 *       {@code OffloadingPolicy} on the vehicle's state and action space;
 *       {@link io.vectwin.quantum.QuantumPolicies} creates it, or any other policy, by name.</li>
 * </ul>
 */
package io.vectwin.quantum;

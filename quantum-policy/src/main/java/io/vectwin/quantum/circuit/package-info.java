/**
 * The parameterised circuit of the quantum policy network: shape and parameter order
 * ({@link io.vectwin.quantum.circuit.CircuitShape}: ℓ, then q, then (x, y, z)), encodings
 * ({@link io.vectwin.quantum.circuit.AmplitudeEncoding}, eq. 75–78; angle encodings with data
 * re-uploading), the ansatz ({@link io.vectwin.quantum.circuit.VariationalCircuit}, eq. 80–84) and
 * the gradients of a diagonal observable ⟨φ|O|φ⟩ = Σ_i w_i·P(i):
 * {@link io.vectwin.quantum.circuit.AdjointDifferentiation} and
 * {@link io.vectwin.quantum.circuit.ParameterShift}.
 */
package io.vectwin.quantum.circuit;

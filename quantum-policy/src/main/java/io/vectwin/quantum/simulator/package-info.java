/**
 * An exact state-vector simulator in double precision: {@link io.vectwin.quantum.simulator.StateVector}
 * (in-place gates H, X, Y, Z, RX, RY, RZ, CNOT, CZ, general 2×2, basis permutations with phases;
 * probabilities of eq. (85), seeded shots). Basis index i = Σ_k q_k·2^k: qubit 0 is the least
 * significant bit, everywhere in this module.
 */
package io.vectwin.quantum.simulator;

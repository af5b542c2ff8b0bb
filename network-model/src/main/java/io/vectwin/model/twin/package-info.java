/**
 * The digital twin's view of the network that agents decide on ({@link io.vectwin.model.twin.TwinView}):
 * exact (an oracle, for tests), as reported one slot late (a twin without prediction), or without
 * a twin (nodes assumed idle). The LSTM-predicting view lives in {@code twin-lstm}, which owns the
 * model.
 */
package io.vectwin.model.twin;

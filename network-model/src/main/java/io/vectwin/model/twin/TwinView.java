package io.vectwin.model.twin;

import io.vectwin.model.env.Observation;

/**
 * What the agents decide on: the digital twin's view of the network at the start of a slot
 * (Sec. II-B, Fig. 2). The physical world's telemetry reaches the twin one slot late, so a twin
 * knows the entities as they were reported, unless it predicts them forward (the LSTM of
 * Sec. V-A/B); without a twin, agents know the nodes only by what does not change. Training
 * (Algorithm 2) and the paper's ablations (Fig. 4, 5: with and without LSTM, without DT) swap
 * this view and nothing else.
 *
 * <p>Called once per slot, slots in order, {@link #reset} at every episode start. The pending task
 * requests of the returned observation are the truth's: a request is what the twin is asked to
 * decide, not a state it estimates. Not thread-safe.
 */
public interface TwinView {

    /** A short name for reports, e.g. "lstm", "reported", "no-twin". */
    String name();

    /** Forgets every earlier slot: a new episode starts. */
    void reset();

    /** The view of the slot whose true state is {@code truth}. */
    Observation view(Observation truth);
}

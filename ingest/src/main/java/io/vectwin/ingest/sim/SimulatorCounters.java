package io.vectwin.ingest.sim;

/**
 * A snapshot of what the simulator has done so far. Every decision received lands in exactly one
 * of accepted, duplicate, rejected or late, so
 * {@code decisionsReceived = acceptedDecisions + duplicateDecisions + rejectedDecisions + lateDecisions}.
 *
 * @param slots                 slots closed (stepped)
 * @param telemetryRecords      telemetry records emitted
 * @param taskRequests          task requests emitted
 * @param subtasksRequested     subtasks in those task requests
 * @param decisionsReceived     decisions offered (decoded)
 * @param acceptedDecisions     decisions put into a slot's joint action
 * @param duplicateDecisions    decisions for a subtask that already had one (first wins); ignored, no outcome
 * @param rejectedDecisions     decisions that could not be executed (malformed, unknown subtask or node, wrong
 *                              vehicle); each got a failed outcome
 * @param lateDecisions         decisions for a subtask whose slot had ended without a decision; each got a failed
 *                              outcome
 * @param undecodableDecisions  messages on the decision topic that were not decodable decisions; logged, no outcome
 * @param outcomes              outcomes emitted (one per requested subtask, plus one per rejected or late decision
 *                              that did not belong to the slot being closed)
 * @param deadlineMet           outcomes whose subtask met its deadline
 */
public record SimulatorCounters(
        long slots,
        long telemetryRecords,
        long taskRequests,
        long subtasksRequested,
        long decisionsReceived,
        long acceptedDecisions,
        long duplicateDecisions,
        long rejectedDecisions,
        long lateDecisions,
        long undecodableDecisions,
        long outcomes,
        long deadlineMet) {

    public static final SimulatorCounters ZERO = new SimulatorCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Fraction of outcomes that met their deadline (0 when there were none). */
    public double deadlineMetFraction() {
        return outcomes == 0 ? 0.0 : deadlineMet / (double) outcomes;
    }
}

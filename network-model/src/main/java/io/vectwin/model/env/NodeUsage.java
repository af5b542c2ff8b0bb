package io.vectwin.model.env;

import io.vectwin.model.geometry.EntityId;

/**
 * What one BS or UAV did in a slot: the inputs of its reward (eq. 65–68) and of the load
 * constraints C3/C4, C14/C15, C18/C19.
 *
 * @param node               the node
 * @param handled            subtasks that passed through it (first hop, forwarding or processing)
 * @param handledInDeadline  of those, how many met ϱ
 * @param processed          subtasks it processed (κ = 1)
 * @param processedCycles    C·D summed over what it processed
 * @param latencySumS        latencies of the subtasks it handled, summed (finite ones only)
 * @param relayEnergyJ       energy spent forwarding
 * @param processingEnergyJ  ξ·C·D spent processing (eq. 54–55)
 * @param cpuHz              the frequency it ran at
 * @param txPowerW           the power it forwarded with
 * @param backlogCycles      cycles still queued at the end of the slot's assignments
 */
public record NodeUsage(EntityId node, int handled, int handledInDeadline, int processed, double processedCycles,
        double latencySumS, double relayEnergyJ, double processingEnergyJ, double cpuHz, double txPowerW,
        double backlogCycles) {

    public double energyJ() {
        return relayEnergyJ + processingEnergyJ;
    }
}

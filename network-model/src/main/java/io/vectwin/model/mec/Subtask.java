package io.vectwin.model.mec;

import io.vectwin.model.params.Require;

/**
 * A subtask 𝒯_{i,j} of Sec. II-A with the attributes eq. (1) reads.
 *
 * @param index             j, position of the subtask inside its task (0-based)
 * @param cyclesPerBit      C_{i,j}, CPU cycles needed per bit of input (Table II: 330 cycles/byte)
 * @param dataBits          D_{i,j}, the input size in bits
 * @param intrinsicPriority χ_{i,j} ∈ (0, 1), the intrinsic urgency of eq. (1)
 * @param complexityWeight  ϖ_{i,j} ∈ (0, 1), the complexity weight of eq. (1)
 * @param dataSizeWeight    ϰ_{i,j} ∈ (0, 1), the data-size weight of eq. (1)
 */
public record Subtask(
        int index,
        double cyclesPerBit,
        double dataBits,
        double intrinsicPriority,
        double complexityWeight,
        double dataSizeWeight) {

    public Subtask {
        Require.nonNegative("subtask.index", index);
        Require.positive("subtask.cyclesPerBit", cyclesPerBit);
        Require.positive("subtask.dataBits", dataBits);
        Require.openInterval("subtask.intrinsicPriority", intrinsicPriority, 0.0, 1.0);
        Require.openInterval("subtask.complexityWeight", complexityWeight, 0.0, 1.0);
        Require.openInterval("subtask.dataSizeWeight", dataSizeWeight, 0.0, 1.0);
    }

    /** C_{i,j}·D_{i,j}: the CPU cycles the subtask needs, the numerator of eq. (5). */
    public double cycles() {
        return cyclesPerBit * dataBits;
    }
}

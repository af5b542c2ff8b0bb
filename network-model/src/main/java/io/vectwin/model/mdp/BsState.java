package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The state s_b(t) of a BS agent, eq. (61): {F_b, h_{v,b}, h_{u,b}, PL_{v,b}, PL_{u,b},
 * D_{i,j}, C_{i,j}, f_max^b}.
 *
 * <p>h_{v,b} and h_{u,b} enter as array gains ‖h‖² in dB. The vehicle arrays hold one entry
 * per vehicle currently known to the BS, in any order and of any length V (V changes as
 * vehicles come and go); the UAV arrays one entry per UAV u-k, k = 0 … U−1.
 *
 * <h2>Fixed length despite a varying V: the K strongest vehicles</h2>
 * The encoder keeps the K vehicles with the largest channel gain (the links this BS can serve
 * best, whatever the profile's path-loss convention), strongest first (ties: lower array
 * index first), K = {@link #DEFAULT_VEHICLE_SLOTS} unless given. Each slot carries a presence
 * flag; when fewer than K vehicles are known, the remaining slots have presence 0 and the
 * absent-link values of {@link FeatureScaling} (the weakest link), so even a policy that
 * ignores the flag reads "nothing to serve here". Ranking by strength rather than keeping
 * vehicle ids makes the features permutation-invariant: a policy need not learn that vehicle
 * v-17 is nobody in particular.
 *
 * <h2>Encoding ({@link #encode(NetworkParameters)}), length 6 + 3K + 2U</h2>
 * <ol>
 *   <li>{@code x, y, z}: position by the BS box's centre and half-widths;</li>
 *   <li>{@code present_vrank0 … present_vrank(K−1)}: 1 if the slot holds a vehicle, else 0;</li>
 *   <li>{@code gain_vrank*} (K), {@code gain_u*} (U): {@link FeatureScaling#gainFeature};</li>
 *   <li>{@code pl_vrank*} (K), {@code pl_u*} (U): {@link FeatureScaling#pathLossFeature};</li>
 *   <li>{@code data}, {@code cycles_per_bit}, {@code cpu_max}: as in {@link UavState}.</li>
 * </ol>
 *
 * @param pendingDataBits     D_{i,j}, bits (≥ 0; 0 when the BS holds no subtask)
 * @param pendingCyclesPerBit C_{i,j}, cycles/bit (≥ 0)
 * @param maxCpuHz            f_max^b(t), Hz (≥ 0)
 */
public record BsState(
        EntityId id,
        Position position,
        double[] vehicleChannelGainDb,
        double[] uavChannelGainDb,
        double[] vehiclePathLossDb,
        double[] uavPathLossDb,
        double pendingDataBits,
        double pendingCyclesPerBit,
        double maxCpuHz) {

    /** K, vehicle slots of the encoding unless the caller gives another: 8 of Sec. VI's 20 vehicles. */
    public static final int DEFAULT_VEHICLE_SLOTS = 8;

    public BsState {
        Checks.kind("id", id, EntityKind.BASE_STATION);
        Require.notNull("position", position);
        vehicleChannelGainDb = Checks.decibels("vehicleChannelGainDb", vehicleChannelGainDb);
        uavChannelGainDb = Checks.decibels("uavChannelGainDb", uavChannelGainDb);
        vehiclePathLossDb = Checks.decibels("vehiclePathLossDb", vehiclePathLossDb);
        uavPathLossDb = Checks.decibels("uavPathLossDb", uavPathLossDb);
        Checks.sameLength("vehicleChannelGainDb", vehicleChannelGainDb, "vehiclePathLossDb", vehiclePathLossDb);
        Checks.sameLength("uavChannelGainDb", uavChannelGainDb, "uavPathLossDb", uavPathLossDb);
        Require.nonNegative("pendingDataBits", pendingDataBits);
        Require.nonNegative("pendingCyclesPerBit", pendingCyclesPerBit);
        Require.nonNegative("maxCpuHz", maxCpuHz);
    }

    /** Feature names with K = {@link #DEFAULT_VEHICLE_SLOTS}. */
    public static List<String> featureNames(ScenarioGeometry g) {
        return featureNames(g, DEFAULT_VEHICLE_SLOTS);
    }

    /** Feature names in encoding order; size 6 + 3K + 2U. */
    public static List<String> featureNames(ScenarioGeometry g, int vehicleSlots) {
        Require.nonNegative("vehicleSlots", vehicleSlots);
        return new FeatureNames()
                .add(FeatureNames.POSITION)
                .indexed("present_vrank", vehicleSlots)
                .indexed("gain_vrank", vehicleSlots).indexed("gain_u", g.uavs())
                .indexed("pl_vrank", vehicleSlots).indexed("pl_u", g.uavs())
                .add(FeatureNames.TASK_AND_CPU)
                .build();
    }

    public double[] encode(NetworkParameters p) {
        return encode(p, FeatureScaling.forParameters(p), DEFAULT_VEHICLE_SLOTS);
    }

    public double[] encode(NetworkParameters p, int vehicleSlots) {
        return encode(p, FeatureScaling.forParameters(p), vehicleSlots);
    }

    public double[] encode(NetworkParameters p, FeatureScaling scaling, int vehicleSlots) {
        Require.nonNegative("vehicleSlots", vehicleSlots);
        ScenarioGeometry g = p.geometry();
        Checks.length("uavChannelGainDb", uavChannelGainDb, g.uavs(), "UAVs");
        int[] ranked = strongestVehicles(vehicleSlots);
        FeatureWriter w = new FeatureWriter(FeatureNames.POSITION.size() + 3 * vehicleSlots + 2 * g.uavs()
                + FeatureNames.TASK_AND_CPU.size())
                .position(g.baseStationBox(), position);
        for (int k = 0; k < vehicleSlots; k++) {
            w.put(k < ranked.length ? 1.0 : 0.0);
        }
        for (int k = 0; k < vehicleSlots; k++) {
            w.put(k < ranked.length ? scaling.gainFeature(vehicleChannelGainDb[ranked[k]]) : scaling.absentGainFeature());
        }
        w.gains(scaling, uavChannelGainDb);
        for (int k = 0; k < vehicleSlots; k++) {
            w.put(k < ranked.length ? scaling.pathLossFeature(vehiclePathLossDb[ranked[k]]) : scaling.absentPathLossFeature());
        }
        return w.pathLosses(scaling, uavPathLossDb)
                .taskAndCpu(p, pendingDataBits, pendingCyclesPerBit, maxCpuHz)
                .toArray();
    }

    /** Array indices of at most {@code k} vehicles, strongest gain first, ties by index. */
    int[] strongestVehicles(int k) {
        return IntStream.range(0, vehicleChannelGainDb.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -vehicleChannelGainDb[i]).thenComparingInt(i -> i))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    @Override
    public double[] vehicleChannelGainDb() {
        return vehicleChannelGainDb.clone();
    }

    @Override
    public double[] uavChannelGainDb() {
        return uavChannelGainDb.clone();
    }

    @Override
    public double[] vehiclePathLossDb() {
        return vehiclePathLossDb.clone();
    }

    @Override
    public double[] uavPathLossDb() {
        return uavPathLossDb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BsState s
                && id.equals(s.id) && position.equals(s.position)
                && Arrays.equals(vehicleChannelGainDb, s.vehicleChannelGainDb)
                && Arrays.equals(uavChannelGainDb, s.uavChannelGainDb)
                && Arrays.equals(vehiclePathLossDb, s.vehiclePathLossDb)
                && Arrays.equals(uavPathLossDb, s.uavPathLossDb)
                && Double.compare(pendingDataBits, s.pendingDataBits) == 0
                && Double.compare(pendingCyclesPerBit, s.pendingCyclesPerBit) == 0
                && Double.compare(maxCpuHz, s.maxCpuHz) == 0;
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(id, position, pendingDataBits, pendingCyclesPerBit, maxCpuHz);
        h = 31 * h + Arrays.hashCode(vehicleChannelGainDb);
        h = 31 * h + Arrays.hashCode(uavChannelGainDb);
        h = 31 * h + Arrays.hashCode(vehiclePathLossDb);
        return 31 * h + Arrays.hashCode(uavPathLossDb);
    }

    @Override
    public String toString() {
        return "BsState[id=" + id + ", position=" + position
                + ", vehicleChannelGainDb=" + Arrays.toString(vehicleChannelGainDb)
                + ", uavChannelGainDb=" + Arrays.toString(uavChannelGainDb)
                + ", vehiclePathLossDb=" + Arrays.toString(vehiclePathLossDb)
                + ", uavPathLossDb=" + Arrays.toString(uavPathLossDb)
                + ", pendingDataBits=" + pendingDataBits + ", pendingCyclesPerBit=" + pendingCyclesPerBit
                + ", maxCpuHz=" + maxCpuHz + "]";
    }
}

package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The state s_u(t) of a UAV agent, eq. (59): {F_u, Ṽ_u, Ṽ_uz, θ_u, φ_u, h_{u,b}, h_{u,u'},
 * PL_{u,b}, PL_{u,u'}, D_{i,j}, C_{i,j}, f_max^u}.
 *
 * <p>h_{u,b} (SIMO, eq. 36) enters as ‖h_{u,b}‖² in dB per BS, h_{u,u'} as |h_{u,u'}|² in dB
 * per UAV. <b>The UAV arrays have U entries, one per UAV u-k including this UAV itself</b>; the
 * value in the own slot is ignored and encoded as the absent-link value of
 * {@link FeatureScaling} (the weakest link). Why U and not U−1: slot k then means UAV u-k for
 * every UAV agent, so {@link #featureNames} depends on the geometry only and agents that share
 * a policy see the same neighbour under the same feature; and the own slot reads "worst link",
 * which is what forwarding a subtask to oneself is worth.
 *
 * <p>D_{i,j} and C_{i,j} describe the subtask the UAV is deciding about (0 when it holds none).
 *
 * <h2>Encoding ({@link #encode(NetworkParameters)}), length 11 + 2B + 2U</h2>
 * <ol>
 *   <li>{@code x … slope}: 8 kinematic features as in {@link VehicleState}, with the UAV box,
 *       V_max = geometry.uavSpeedMax and φ_max = geometry.maxSlopeRad;</li>
 *   <li>{@code gain_b*}, {@code gain_u*}, {@code pl_b*}, {@code pl_u*}: as in {@link VehicleState};</li>
 *   <li>{@code data}: D / D_max (tasks.maxSubtaskBits), in [0, 1] for a valid subtask;</li>
 *   <li>{@code cycles_per_bit}: C / tasks.cyclesPerBit (1 for the profile's nominal complexity);</li>
 *   <li>{@code cpu_max}: f_max^u / compute.maxCpuHz.</li>
 * </ol>
 *
 * @param pendingDataBits    D_{i,j}, bits (≥ 0)
 * @param pendingCyclesPerBit C_{i,j}, cycles/bit (≥ 0)
 * @param maxCpuHz           f_max^u(t), the CPU frequency available now, Hz (≥ 0)
 */
public record UavState(
        EntityId id,
        Position position,
        double horizontalSpeed,
        double verticalSpeed,
        double heading,
        double slope,
        double[] bsChannelGainDb,
        double[] uavChannelGainDb,
        double[] bsPathLossDb,
        double[] uavPathLossDb,
        double pendingDataBits,
        double pendingCyclesPerBit,
        double maxCpuHz) {

    public UavState {
        Checks.kind("id", id, EntityKind.UAV);
        Require.notNull("position", position);
        Require.nonNegative("horizontalSpeed", horizontalSpeed);
        Checks.finite("verticalSpeed", verticalSpeed);
        Checks.finite("heading", heading);
        Checks.finite("slope", slope);
        bsChannelGainDb = Checks.decibels("bsChannelGainDb", bsChannelGainDb);
        uavChannelGainDb = Checks.decibels("uavChannelGainDb", uavChannelGainDb);
        bsPathLossDb = Checks.decibels("bsPathLossDb", bsPathLossDb);
        uavPathLossDb = Checks.decibels("uavPathLossDb", uavPathLossDb);
        Checks.sameLength("bsChannelGainDb", bsChannelGainDb, "bsPathLossDb", bsPathLossDb);
        Checks.sameLength("uavChannelGainDb", uavChannelGainDb, "uavPathLossDb", uavPathLossDb);
        if (id.index() >= uavChannelGainDb.length) {
            throw new IllegalArgumentException("uavChannelGainDb has " + uavChannelGainDb.length
                    + " entries, so it has no slot for " + id + " itself (one entry per UAV, own slot included)");
        }
        Require.nonNegative("pendingDataBits", pendingDataBits);
        Require.nonNegative("pendingCyclesPerBit", pendingCyclesPerBit);
        Require.nonNegative("maxCpuHz", maxCpuHz);
    }

    /** Feature names in encoding order; size 11 + 2B + 2U. */
    public static List<String> featureNames(ScenarioGeometry g) {
        return new FeatureNames()
                .add(FeatureNames.KINEMATICS)
                .indexed("gain_b", g.baseStations()).indexed("gain_u", g.uavs())
                .indexed("pl_b", g.baseStations()).indexed("pl_u", g.uavs())
                .add(FeatureNames.TASK_AND_CPU)
                .build();
    }

    public double[] encode(NetworkParameters p) {
        return encode(p, FeatureScaling.forParameters(p));
    }

    public double[] encode(NetworkParameters p, FeatureScaling scaling) {
        ScenarioGeometry g = p.geometry();
        Checks.length("bsChannelGainDb", bsChannelGainDb, g.baseStations(), "base stations");
        Checks.length("uavChannelGainDb", uavChannelGainDb, g.uavs(), "UAVs");
        int self = id.index();
        return new FeatureWriter(VehicleState.KINEMATIC_FEATURES + 2 * g.baseStations() + 2 * g.uavs()
                + FeatureNames.TASK_AND_CPU.size())
                .kinematics(g.uavBox(), g.uavSpeedMax(), g.maxSlopeRad(), position,
                        horizontalSpeed, verticalSpeed, heading, slope)
                .gains(scaling, bsChannelGainDb).gains(scaling, uavChannelGainDb, self)
                .pathLosses(scaling, bsPathLossDb).pathLosses(scaling, uavPathLossDb, self)
                .taskAndCpu(p, pendingDataBits, pendingCyclesPerBit, maxCpuHz)
                .toArray();
    }

    @Override
    public double[] bsChannelGainDb() {
        return bsChannelGainDb.clone();
    }

    @Override
    public double[] uavChannelGainDb() {
        return uavChannelGainDb.clone();
    }

    @Override
    public double[] bsPathLossDb() {
        return bsPathLossDb.clone();
    }

    @Override
    public double[] uavPathLossDb() {
        return uavPathLossDb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UavState s
                && id.equals(s.id) && position.equals(s.position)
                && Double.compare(horizontalSpeed, s.horizontalSpeed) == 0
                && Double.compare(verticalSpeed, s.verticalSpeed) == 0
                && Double.compare(heading, s.heading) == 0
                && Double.compare(slope, s.slope) == 0
                && Arrays.equals(bsChannelGainDb, s.bsChannelGainDb)
                && Arrays.equals(uavChannelGainDb, s.uavChannelGainDb)
                && Arrays.equals(bsPathLossDb, s.bsPathLossDb)
                && Arrays.equals(uavPathLossDb, s.uavPathLossDb)
                && Double.compare(pendingDataBits, s.pendingDataBits) == 0
                && Double.compare(pendingCyclesPerBit, s.pendingCyclesPerBit) == 0
                && Double.compare(maxCpuHz, s.maxCpuHz) == 0;
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(id, position, horizontalSpeed, verticalSpeed, heading, slope,
                pendingDataBits, pendingCyclesPerBit, maxCpuHz);
        h = 31 * h + Arrays.hashCode(bsChannelGainDb);
        h = 31 * h + Arrays.hashCode(uavChannelGainDb);
        h = 31 * h + Arrays.hashCode(bsPathLossDb);
        return 31 * h + Arrays.hashCode(uavPathLossDb);
    }

    @Override
    public String toString() {
        return "UavState[id=" + id + ", position=" + position
                + ", horizontalSpeed=" + horizontalSpeed + ", verticalSpeed=" + verticalSpeed
                + ", heading=" + heading + ", slope=" + slope
                + ", bsChannelGainDb=" + Arrays.toString(bsChannelGainDb)
                + ", uavChannelGainDb=" + Arrays.toString(uavChannelGainDb)
                + ", bsPathLossDb=" + Arrays.toString(bsPathLossDb)
                + ", uavPathLossDb=" + Arrays.toString(uavPathLossDb)
                + ", pendingDataBits=" + pendingDataBits + ", pendingCyclesPerBit=" + pendingCyclesPerBit
                + ", maxCpuHz=" + maxCpuHz + "]";
    }
}

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
 * The state s_v(t) of a vehicle agent, eq. (57): {F_v, Ṽ_v, Ṽ_vz, θ_v, φ_v, h_{v,b}, h_{v,u},
 * PL_{v,b}, PL_{v,u}}.
 *
 * <p>The CSI h_{v,b} ∈ C^{M×1} enters as its array gain ‖h_{v,b}‖² in dB, one number per BS,
 * and h_{v,u} as |h_{v,u}|² in dB per UAV: what the rate of eq. (23) depends on, without the
 * phase that no policy can use. Array index k is BS b-k (UAV u-k). Gains and path losses may be
 * ±∞ dB for a link that does not exist; NaN is rejected.
 *
 * <h2>Encoding ({@link #encode(NetworkParameters)}), length 8 + 2B + 2U</h2>
 * <ol>
 *   <li>{@code x, y, z}: position mapped by the vehicle box's centre and half-widths into [−1, 1];</li>
 *   <li>{@code speed}: Ṽ_v / V_max, {@code vspeed}: Ṽ_vz / V_max (V_max = geometry.vehicleSpeed);</li>
 *   <li>{@code cos_heading, sin_heading}: cos θ_v, sin θ_v (continuous across θ = 2π ≡ 0);</li>
 *   <li>{@code slope}: φ_v / φ_max (geometry.maxSlopeRad);</li>
 *   <li>{@code gain_b0 … gain_b(B−1)}, {@code gain_u0 … gain_u(U−1)}: {@link FeatureScaling#gainFeature};</li>
 *   <li>{@code pl_b0 … pl_b(B−1)}, {@code pl_u0 … pl_u(U−1)}: {@link FeatureScaling#pathLossFeature}.</li>
 * </ol>
 *
 * @param horizontalSpeed Ṽ_v, m/s (≥ 0)
 * @param verticalSpeed   Ṽ_vz, m/s (signed)
 * @param heading         θ_v, rad (any real; only cos and sin are used)
 * @param slope           φ_v, rad
 */
public record VehicleState(
        EntityId id,
        Position position,
        double horizontalSpeed,
        double verticalSpeed,
        double heading,
        double slope,
        double[] bsChannelGainDb,
        double[] uavChannelGainDb,
        double[] bsPathLossDb,
        double[] uavPathLossDb) {

    /** Features before the link features: position (3), speeds (2), heading (2), slope (1). */
    public static final int KINEMATIC_FEATURES = 8;

    public VehicleState {
        Checks.kind("id", id, EntityKind.VEHICLE);
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
    }

    /** Feature names in encoding order; size 8 + 2B + 2U. */
    public static List<String> featureNames(ScenarioGeometry g) {
        return new FeatureNames()
                .add(FeatureNames.KINEMATICS)
                .indexed("gain_b", g.baseStations()).indexed("gain_u", g.uavs())
                .indexed("pl_b", g.baseStations()).indexed("pl_u", g.uavs())
                .build();
    }

    /** The encoding described in the class comment, with {@link FeatureScaling#forParameters}. */
    public double[] encode(NetworkParameters p) {
        return encode(p, FeatureScaling.forParameters(p));
    }

    public double[] encode(NetworkParameters p, FeatureScaling scaling) {
        ScenarioGeometry g = p.geometry();
        Checks.length("bsChannelGainDb", bsChannelGainDb, g.baseStations(), "base stations");
        Checks.length("uavChannelGainDb", uavChannelGainDb, g.uavs(), "UAVs");
        return new FeatureWriter(KINEMATIC_FEATURES + 2 * g.baseStations() + 2 * g.uavs())
                .kinematics(g.vehicleBox(), g.vehicleSpeed(), g.maxSlopeRad(), position,
                        horizontalSpeed, verticalSpeed, heading, slope)
                .gains(scaling, bsChannelGainDb).gains(scaling, uavChannelGainDb)
                .pathLosses(scaling, bsPathLossDb).pathLosses(scaling, uavPathLossDb)
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
        return o instanceof VehicleState s
                && id.equals(s.id) && position.equals(s.position)
                && Double.compare(horizontalSpeed, s.horizontalSpeed) == 0
                && Double.compare(verticalSpeed, s.verticalSpeed) == 0
                && Double.compare(heading, s.heading) == 0
                && Double.compare(slope, s.slope) == 0
                && Arrays.equals(bsChannelGainDb, s.bsChannelGainDb)
                && Arrays.equals(uavChannelGainDb, s.uavChannelGainDb)
                && Arrays.equals(bsPathLossDb, s.bsPathLossDb)
                && Arrays.equals(uavPathLossDb, s.uavPathLossDb);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(id, position, horizontalSpeed, verticalSpeed, heading, slope);
        h = 31 * h + Arrays.hashCode(bsChannelGainDb);
        h = 31 * h + Arrays.hashCode(uavChannelGainDb);
        h = 31 * h + Arrays.hashCode(bsPathLossDb);
        return 31 * h + Arrays.hashCode(uavPathLossDb);
    }

    @Override
    public String toString() {
        return "VehicleState[id=" + id + ", position=" + position
                + ", horizontalSpeed=" + horizontalSpeed + ", verticalSpeed=" + verticalSpeed
                + ", heading=" + heading + ", slope=" + slope
                + ", bsChannelGainDb=" + Arrays.toString(bsChannelGainDb)
                + ", uavChannelGainDb=" + Arrays.toString(uavChannelGainDb)
                + ", bsPathLossDb=" + Arrays.toString(bsPathLossDb)
                + ", uavPathLossDb=" + Arrays.toString(uavPathLossDb) + "]";
    }
}

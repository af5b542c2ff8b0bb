package io.vectwin.quantum;

import io.vectwin.model.channel.LinkBudget;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mdp.FeatureScaling;
import io.vectwin.model.mdp.VehicleState;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.ScenarioGeometry;
import io.vectwin.model.policy.DecisionContext;
import io.vectwin.model.policy.PredictionSession;
import io.vectwin.model.units.Units;
import java.util.Arrays;

/**
 * The quantum policy's input for one decision: the vehicle's MDP state s_v(t) of eq. (57), as
 * {@link VehicleState#encode} lays it out (8 + 2B + 2U numbers, about [−1, 1]), fitted to the
 * circuit's input length.
 *
 * <h2>Channel entries</h2>
 * Taken from the decision's {@link PredictionSession#link} budgets (mean channel, vehicle at
 * P_max,v, antenna positions) — the same budgets the path predictions use, and the same numbers
 * {@code env.AgentStates} computes for training: ‖h‖² in dB = 10·log10(large-scale gain × mean
 * small-scale power), and the path loss in dB. A BS or UAV of the scenario that the context does
 * not list (the twin has not heard from it) enters as an absent link: gain −∞ dB and a path loss
 * on the weak side of the profile's convention (+∞ dB under attenuation, −∞ dB under the paper's
 * gain convention, matching {@link FeatureScaling#absentPathLossFeature}); the encoder clips both
 * to ±{@value FeatureScaling#CLIP}.
 *
 * <h2>Fitting to the circuit</h2>
 * Amplitude encoding needs exactly 2^N numbers: the state is zero-padded (36 features → 64 for
 * Sec. VI's 4 BSs and 10 UAVs on 6 qubits; padding adds basis states of amplitude 0, and eq. (76)
 * normalises what is there) or, for a scenario larger than 2^N features, truncated to its first
 * 2^N (kinematics and BS links first, so the last UAVs' path losses go first). Angle encodings take
 * the first N features the same way.
 */
final class VehicleStateInput {

    private final NetworkParameters params;
    private final FeatureScaling scaling;
    private final double absentPathLossDb;

    VehicleStateInput(NetworkParameters params) {
        this.params = params;
        this.scaling = FeatureScaling.forParameters(params);
        this.absentPathLossDb = scaling.absentPathLossFeature() > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** s_v(t) of the context's vehicle, with channel entries from {@code session}. */
    VehicleState state(DecisionContext context, PredictionSession session) {
        ScenarioGeometry g = params.geometry();
        double[] bsGain = filled(g.baseStations(), Double.NEGATIVE_INFINITY);
        double[] uavGain = filled(g.uavs(), Double.NEGATIVE_INFINITY);
        double[] bsLoss = filled(g.baseStations(), absentPathLossDb);
        double[] uavLoss = filled(g.uavs(), absentPathLossDb);
        EntityId vehicle = context.vehicle().id();
        for (EntityState node : context.edgeNodes()) {
            EntityId id = node.id();
            if (!inScenario(id, g)) {
                continue; // not part of s_v (nor of the action space)
            }
            boolean bs = id.kind() == EntityKind.BASE_STATION;
            LinkBudget link = session.link(vehicle, id);
            double gainDb = Units.linearToDb(link.largeScaleGain() * link.smallScalePower());
            (bs ? bsGain : uavGain)[id.index()] = gainDb;
            (bs ? bsLoss : uavLoss)[id.index()] = link.pathLossDb();
        }
        MotionState m = context.vehicle().motion();
        return new VehicleState(vehicle, m.position(), m.horizontalSpeed(), m.verticalSpeed(), m.heading(), m.slope(),
                bsGain, uavGain, bsLoss, uavLoss);
    }

    /** The encoded state fitted to {@code length} numbers (zero-padded or truncated, see the class comment). */
    double[] input(DecisionContext context, PredictionSession session, int length) {
        return fit(state(context, session).encode(params, scaling), length);
    }

    /** Whether the geometry has this BS or UAV: b-k with k &lt; B, u-k with k &lt; U. */
    static boolean inScenario(EntityId node, ScenarioGeometry g) {
        return switch (node.kind()) {
            case BASE_STATION -> node.index() < g.baseStations();
            case UAV -> node.index() < g.uavs();
            case VEHICLE -> false;
        };
    }

    /** The first {@code length} features, zero-padded. */
    static double[] fit(double[] features, int length) {
        return Arrays.copyOf(features, length);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }
}

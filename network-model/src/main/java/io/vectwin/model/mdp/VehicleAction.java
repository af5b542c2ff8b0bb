package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.mec.OffloadPath;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.List;

/**
 * The action a_v(t) of a vehicle agent for one subtask, eq. (58): {P_v, Γ_{v,b}, Γ_{v,u},
 * 𝒫_{i,j}, D_{i,j}}.
 *
 * <p>Γ_{v,b} / Γ_{v,u} are implied by {@code path.firstHop()}: exactly one of them is 1, as
 * "each sub-task is exclusively offloaded in entirety to a single entity" (Sec. II-A). The
 * rest of the path (forwarding hops) is carried along so the simulator can execute the
 * decision, but it is not part of eq. (58): forwarding is the nodes' decision, Γ_{u,u'},
 * Γ_{u,b} of eq. (60) and Γ_{b,u} of eq. (62), and is encoded by {@link UavAction} and
 * {@link BsAction}.
 *
 * <h2>Encoding ({@link #encode(NetworkParameters)}), length 3 + B + U</h2>
 * <ol>
 *   <li>{@code power}: P_v / P_max,v (radio.vehicleTxPowerW);</li>
 *   <li>{@code hop_b0 … hop_b(B−1)}, {@code hop_u0 … hop_u(U−1)}: one-hot first hop (Γ_{v,b}, Γ_{v,u});</li>
 *   <li>{@code priority}: 𝒫_{i,j} ∈ [0, 1] as is (eq. 1 lies in [0, 1]);</li>
 *   <li>{@code data}: D_{i,j} / D_max (tasks.maxSubtaskBits).</li>
 * </ol>
 * {@link #decode} inverts it for a policy that outputs such a vector; a policy that outputs an
 * index uses {@link VehicleActionSpace}.
 *
 * @param txPowerW P_v, W (≥ 0)
 * @param priority 𝒫_{i,j} of eq. (1), in [0, 1]
 * @param dataBits D_{i,j}, bits (&gt; 0)
 */
public record VehicleAction(EntityId vehicle, double txPowerW, OffloadPath path, double priority, double dataBits) {

    public VehicleAction {
        Checks.kind("vehicle", vehicle, EntityKind.VEHICLE);
        Require.nonNegative("txPowerW", txPowerW);
        Require.notNull("path", path);
        if (!path.firstHop().kind().isEdgeNode()) {
            throw new IllegalArgumentException("path.firstHop must be a BS or UAV, got " + path.firstHop());
        }
        Checks.fraction("priority", priority);
        Require.positive("dataBits", dataBits);
    }

    /** The node the vehicle transmits to: the BS or UAV whose Γ_{v,·} is 1. */
    public EntityId firstHop() {
        return path.firstHop();
    }

    public static int encodingLength(ScenarioGeometry g) {
        return 3 + g.edgeNodes();
    }

    /** Names of the encoded entries, in order. */
    public static List<String> featureNames(ScenarioGeometry g) {
        return new FeatureNames().add(List.of("power"))
                .indexed("hop_b", g.baseStations()).indexed("hop_u", g.uavs())
                .add(List.of("priority", "data")).build();
    }

    public double[] encode(NetworkParameters p) {
        ScenarioGeometry g = p.geometry();
        int hop = EdgeNodeSlots.slot("path.firstHop", firstHop(), g.baseStations(), g.uavs());
        return new FeatureWriter(encodingLength(g))
                .put(txPowerW / p.radio().vehicleTxPowerW())
                .oneHot(hop, g.edgeNodes())
                .put(priority)
                .put(dataBits / p.tasks().maxSubtaskBits())
                .toArray();
    }

    /**
     * The action a policy's output vector (laid out as {@link #encode}) stands for: power and
     * data fractions and the priority clipped to [0, 1], the first hop the largest hop entry
     * (ties to the lower slot), offloaded directly ({@link OffloadPath#direct}).
     */
    public static VehicleAction decode(double[] vector, EntityId vehicle, NetworkParameters p) {
        ScenarioGeometry g = p.geometry();
        Checks.policyVector("vector", vector, encodingLength(g));
        int after = 1 + g.edgeNodes();
        return decodeDecision(java.util.Arrays.copyOf(vector, after), vehicle, PolicyOutputs.clamp01(vector[after]),
                PolicyOutputs.clamp01(vector[after + 1]) * p.tasks().maxSubtaskBits(), p);
    }

    /** 1 + B + U: the {@code power} and {@code hop_*} entries. */
    private static int decisionLength(ScenarioGeometry g) {
        return 1 + g.edgeNodes();
    }

    /**
     * The action the power and first-hop entries of {@link #encode}'s layout stand for, for a subtask
     * of the given priority and size: power fraction clipped to [0, 1], first hop the largest hop
     * entry (ties to the lower slot), offloaded directly.
     */
    private static VehicleAction decodeDecision(double[] decision, EntityId vehicle, double priority, double dataBits,
            NetworkParameters p) {
        ScenarioGeometry g = p.geometry();
        Checks.policyVector("decision", decision, decisionLength(g));
        int hop = PolicyOutputs.argmax(decision, 1, g.edgeNodes(), PolicyOutputs.NONE);
        return new VehicleAction(vehicle, PolicyOutputs.clamp01(decision[0]) * p.radio().vehicleTxPowerW(),
                OffloadPath.direct(EdgeNodeSlots.node(hop, g.baseStations(), g.uavs())), priority, dataBits);
    }
}

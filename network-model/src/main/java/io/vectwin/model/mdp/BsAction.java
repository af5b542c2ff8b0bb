package io.vectwin.model.mdp;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Require;
import io.vectwin.model.params.ScenarioGeometry;
import java.util.List;
import java.util.Optional;

/**
 * The action a_b(t) of a BS agent for the subtask it holds, eq. (62): {P_b, κ^b_{i,j},
 * Γ^{i,j}_{b,u}, f_cpu^b}.
 *
 * <p>κ = 1 ({@code processLocally}) processes the subtask on this BS's MEC server; κ = 0
 * forwards it to a UAV (Γ_{b,u} = 1). A BS forwards only to UAVs: Table I has no BS → BS link,
 * and Sec. II-B says "a BS might relay the task to an associated UAV".
 *
 * <h2>Encoding ({@link #encode(NetworkParameters)}), length 3 + U</h2>
 * <ol>
 *   <li>{@code power}: P_b / P_max,b (radio.bsTxPowerW);</li>
 *   <li>{@code process_locally}: κ ∈ {0, 1};</li>
 *   <li>{@code fwd_u0 … fwd_u(U−1)}: one-hot Γ_{b,u};</li>
 *   <li>{@code cpu}: f_cpu^b / compute.maxCpuHz.</li>
 * </ol>
 *
 * @param txPowerW     P_b, W (≥ 0)
 * @param forwardToUav the UAV the subtask is forwarded to when not processed here
 * @param cpuHz        f_cpu^b, Hz (≥ 0; &gt; 0 when processing locally)
 */
public record BsAction(EntityId bs, double txPowerW, boolean processLocally, Optional<EntityId> forwardToUav, double cpuHz) {

    public BsAction {
        Checks.kind("bs", bs, EntityKind.BASE_STATION);
        Require.nonNegative("txPowerW", txPowerW);
        Require.notNull("forwardToUav", forwardToUav);
        NodeDecision.check(processLocally, forwardToUav, "forwardToUav");
        forwardToUav.ifPresent(node -> Checks.kind("forwardToUav", node, EntityKind.UAV));
        Require.nonNegative("cpuHz", cpuHz);
        if (processLocally) {
            Require.positive("cpuHz (processing locally)", cpuHz);
        }
    }

    public static BsAction processHere(EntityId bs, double txPowerW, double cpuHz) {
        return new BsAction(bs, txPowerW, true, Optional.empty(), cpuHz);
    }

    public static BsAction forward(EntityId bs, double txPowerW, EntityId uav, double cpuHz) {
        return new BsAction(bs, txPowerW, false, Optional.of(uav), cpuHz);
    }

    public static int encodingLength(ScenarioGeometry g) {
        return 3 + g.uavs();
    }

    public static List<String> featureNames(ScenarioGeometry g) {
        return new FeatureNames().add(List.of("power", "process_locally"))
                .indexed("fwd_u", g.uavs()).add(List.of("cpu")).build();
    }

    public double[] encode(NetworkParameters p) {
        ScenarioGeometry g = p.geometry();
        int toUav = NodeDecision.indexIfKind("forwardToUav", forwardToUav, EntityKind.UAV, g.uavs());
        return new FeatureWriter(encodingLength(g))
                .put(txPowerW / p.radio().bsTxPowerW())
                .put(processLocally ? 1.0 : 0.0)
                .oneHot(toUav, g.uavs())
                .put(cpuHz / p.compute().maxCpuHz())
                .toArray();
    }

    /**
     * The action a policy's output vector (laid out as {@link #encode}) stands for: power
     * fraction clipped to [0, 1]; κ = 1 iff its entry is ≥ 0.5, with the CPU fraction clipped to
     * [f_min, f_max]/f_max (C7); otherwise the CPU fraction clipped to [0, 1] and the target the
     * UAV with the largest entry (ties to the lower index).
     */
    public static BsAction decode(double[] vector, EntityId bs, NetworkParameters p) {
        ScenarioGeometry g = p.geometry();
        Checks.policyVector("vector", vector, encodingLength(g));
        double power = PolicyOutputs.clamp01(vector[0]) * p.radio().bsTxPowerW();
        double cpuFraction = vector[2 + g.uavs()];
        if (PolicyOutputs.flag(vector[1])) {
            return processHere(bs, power, NodeDecision.localCpuHz(cpuFraction, p));
        }
        int target = PolicyOutputs.argmax(vector, 2, g.uavs(), PolicyOutputs.NONE);
        if (target == PolicyOutputs.NONE) {
            throw new IllegalArgumentException("vector asks " + bs + " to forward, but the geometry has no UAV");
        }
        return forward(bs, power, EntityId.uav(target), PolicyOutputs.clamp01(cpuFraction) * p.compute().maxCpuHz());
    }
}

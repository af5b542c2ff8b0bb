package io.vectwin.model.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.channel.LinkType;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.mdp.BsState;
import io.vectwin.model.mdp.UavState;
import io.vectwin.model.mdp.VehicleState;
import io.vectwin.model.params.NetworkParameters;
import org.junit.jupiter.api.Test;

class AgentStatesTest {

    @Test
    void statesOfEveryAgentEncodeToFiniteVectorsOfTheDocumentedLength() {
        for (NetworkParameters p : new NetworkParameters[] {NetworkParameters.physical(), NetworkParameters.paper()}) {
            VecEnvironment env = new VecEnvironment(p, 17);
            AgentStates states = new AgentStates(p, env.links());
            Observation obs = env.observation();
            for (EntityState v : obs.vehicles()) {
                double[] x = states.vehicle(obs, v.id()).encode(p);
                assertThat(x).hasSize(VehicleState.featureNames(p.geometry()).size());
                for (double f : x) {
                    assertThat(f).isFinite();
                }
            }
            for (EntityState u : obs.uavs()) {
                double[] x = states.uav(obs, u.id(), 8e5, p.tasks().cyclesPerBit()).encode(p);
                assertThat(x).hasSize(UavState.featureNames(p.geometry()).size());
                for (double f : x) {
                    assertThat(f).isFinite();
                }
            }
            for (EntityState b : obs.baseStations()) {
                double[] x = states.baseStation(obs, b.id(), 0, 0).encode(p);
                assertThat(x).hasSize(BsState.featureNames(p.geometry()).size());
                for (double f : x) {
                    assertThat(f).isFinite();
                }
            }
        }
    }

    @Test
    void vehicleChannelEntriesAreTheMeanChannelLinkBudget() {
        NetworkParameters p = NetworkParameters.physical();
        VecEnvironment env = new VecEnvironment(p, 3);
        Observation obs = env.observation();
        EntityState v = obs.vehicles().get(0);
        EntityState b = obs.baseStations().get(1);
        VehicleState s = new AgentStates(p, env.links()).vehicle(obs, v.id());
        var lb = env.links().expected(LinkType.V2B, env.links().defaultModel(LinkType.V2B),
                v.motion().position().plus(0, 0, 1.5), b.motion().position(), env.links().maxTxPowerW(v.id().kind()));
        assertThat(s.bsPathLossDb()[1]).isCloseTo(lb.pathLossDb(), within(1e-12));
        // ||h||^2 = path-loss gain x M(1 + sigma^2) = 10^(-PL/10) x 4.2 -> in dB: -PL + 10 log10(4.2)
        assertThat(s.bsChannelGainDb()[1]).isCloseTo(-lb.pathLossDb() + 10 * Math.log10(4.2), within(1e-9));
        assertThat(s.id()).isEqualTo(EntityId.vehicle(0));
    }
}

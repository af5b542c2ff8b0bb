package io.vectwin.model.env;

import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.channel.MeanChannel;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.EntityKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mdp.BsState;
import io.vectwin.model.mdp.UavState;
import io.vectwin.model.mdp.VehicleState;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.model.params.NetworkParameters;
import java.util.List;

/**
 * Builds the agents' MDP states (eq. 57, 59, 61) from an {@link Observation}. Channel entries
 * are the mean channel ({@link LinkEvaluator#meanChannel}) — what a twin that knows the positions
 * can estimate — as the array gain ‖h‖² in dB and the path loss in dB.
 */
public final class AgentStates {

    private final NetworkParameters params;
    private final LinkEvaluator links;

    public AgentStates(NetworkParameters params, LinkEvaluator links) {
        this.params = params;
        this.links = links;
    }

    /** s_v(t), eq. (57). */
    public VehicleState vehicle(Observation obs, EntityId vehicle) {
        EntityState v = find(obs.vehicles(), vehicle);
        Position antenna = vehicleAntenna(v);
        Channel toBs = channels(antenna, EntityKind.VEHICLE, obs.baseStations(), null);
        Channel toUav = channels(antenna, EntityKind.VEHICLE, obs.uavs(), null);
        MotionState m = v.motion();
        return new VehicleState(vehicle, m.position(), m.horizontalSpeed(), m.verticalSpeed(), m.heading(), m.slope(),
                toBs.gainDb, toUav.gainDb, toBs.pathLossDb, toUav.pathLossDb);
    }

    /** s_u(t), eq. (59), for the subtask of {@code pendingBits} bits at {@code pendingCyclesPerBit} it is deciding about. */
    public UavState uav(Observation obs, EntityId uav, double pendingBits, double pendingCyclesPerBit) {
        EntityState u = find(obs.uavs(), uav);
        Position p = u.motion().position();
        Channel toBs = channels(p, EntityKind.UAV, obs.baseStations(), null);
        Channel toUav = channels(p, EntityKind.UAV, obs.uavs(), uav);
        MotionState m = u.motion();
        return new UavState(uav, p, m.horizontalSpeed(), m.verticalSpeed(), m.heading(), m.slope(), toBs.gainDb,
                toUav.gainDb, toBs.pathLossDb, toUav.pathLossDb, pendingBits, pendingCyclesPerBit, u.availableCpuHz());
    }

    /** s_b(t), eq. (61): links from every vehicle and every UAV into this BS. */
    public BsState baseStation(Observation obs, EntityId bs, double pendingBits, double pendingCyclesPerBit) {
        EntityState b = find(obs.baseStations(), bs);
        Position p = b.motion().position();
        int nv = obs.vehicles().size();
        double[] vGain = new double[nv];
        double[] vPl = new double[nv];
        for (int i = 0; i < nv; i++) {
            MeanChannel c = channel(LinkType.V2B, vehicleAntenna(obs.vehicles().get(i)), p);
            vGain[i] = c.gainDb();
            vPl[i] = c.pathLossDb();
        }
        int nu = obs.uavs().size();
        double[] uGain = new double[nu];
        double[] uPl = new double[nu];
        for (int i = 0; i < nu; i++) {
            MeanChannel c = channel(LinkType.U2B, obs.uavs().get(i).motion().position(), p);
            uGain[i] = c.gainDb();
            uPl[i] = c.pathLossDb();
        }
        return new BsState(bs, p, vGain, uGain, vPl, uPl, pendingBits, pendingCyclesPerBit, b.availableCpuHz());
    }

    /**
     * The encoded state of the node agent that received a subtask of {@code pendingBits} bits at
     * {@code pendingCyclesPerBit}: s_u(t) (eq. 59) for a UAV, s_b(t) (eq. 61) for a BS.
     */
    public double[] nodeFeatures(Observation obs, EntityId node, double pendingBits, double pendingCyclesPerBit) {
        return node.kind() == EntityKind.UAV ? uav(obs, node, pendingBits, pendingCyclesPerBit).encode(params)
                : baseStation(obs, node, pendingBits, pendingCyclesPerBit).encode(params);
    }

    private record Channel(double[] gainDb, double[] pathLossDb) {
    }

    /** Links from {@code from} to every entity in {@code targets}; the entry for {@code self}, if any, is 0 (ignored by the encoders). */
    private Channel channels(Position from, EntityKind fromKind, List<EntityState> targets, EntityId self) {
        double[] gain = new double[targets.size()];
        double[] pl = new double[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            EntityState t = targets.get(i);
            if (t.id().equals(self)) {
                continue;
            }
            MeanChannel c = channel(LinkType.between(fromKind, t.id().kind()), from, t.motion().position());
            gain[i] = c.gainDb();
            pl[i] = c.pathLossDb();
        }
        return new Channel(gain, pl);
    }

    private MeanChannel channel(LinkType type, Position tx, Position rx) {
        return links.meanChannel(type, links.defaultModel(type), tx, rx);
    }

    private Position vehicleAntenna(EntityState v) {
        return params.radio().antennaPosition(v.id().kind(), v.motion().position());
    }

    private static EntityState find(List<EntityState> states, EntityId id) {
        for (EntityState s : states) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no entity " + id + " in this observation");
    }
}

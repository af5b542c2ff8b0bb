package io.vectwin.model.policy;

import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.JointAction;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.mec.Subtask;
import io.vectwin.model.mec.TaskRequest;
import io.vectwin.model.mobility.MotionState;
import io.vectwin.model.params.NetworkParameters;
import java.util.ArrayList;
import java.util.List;

/** Hand-built decision contexts for the policy tests (physical profile unless told otherwise). */
final class Contexts {

    static final NetworkParameters PHYSICAL = NetworkParameters.physical();
    /** Table II: 330 cycles/byte. */
    static final double CYCLES_PER_BIT = 41.25;
    static final EntityId VEHICLE = EntityId.vehicle(0);

    private Contexts() {
    }

    /** The vehicle on flat terrain at (x, y, 0); its antenna is 1.5 m above. */
    static EntityState vehicleAt(double x, double y) {
        return new EntityState(VEHICLE, MotionState.fixed(new Position(x, y, 0.0)), 0.0, 0.0, 0.0, 0);
    }

    static EntityState node(EntityId id, Position at, double availableCpuHz, double backlogCycles) {
        return new EntityState(id, MotionState.fixed(at), 10e9, availableCpuHz, backlogCycles, backlogCycles > 0 ? 1 : 0);
    }

    static Subtask subtask(int index, double bits) {
        return new Subtask(index, CYCLES_PER_BIT, bits, 0.5, 0.5, 0.5);
    }

    /** A task of {@code n} subtasks of {@code bits} each, with distinct priorities (χ rises with the index). */
    static TaskRequest task(int n, double bits) {
        List<Subtask> subtasks = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            subtasks.add(new Subtask(j, CYCLES_PER_BIT, bits, (j + 1.0) / (n + 1.0), 0.5, 0.5));
        }
        return new TaskRequest("v-0/t0", VEHICLE, 0.0, 0.010, subtasks);
    }

    static DecisionContext context(TaskRequest task, EntityState vehicle, EntityState... nodes) {
        return new DecisionContext(task, vehicle, List.of(nodes), 0.0);
    }

    /** Contexts of the first slots of a full Sec. VI scenario (U = 10, B = 4) that have at least {@code minSubtasks}. */
    static List<DecisionContext> scenarioContexts(long seed, int minSubtasks, int count) {
        VecEnvironment env = new VecEnvironment(PHYSICAL, seed);
        List<DecisionContext> out = new ArrayList<>();
        Observation obs = env.observation();
        while (out.size() < count) {
            for (DecisionContext c : EnvironmentBridge.contexts(obs)) {
                if (c.task().subtasks().size() >= minSubtasks && out.size() < count) {
                    out.add(c);
                }
            }
            obs = env.step(JointAction.of(List.of())).next();
        }
        return out;
    }
}

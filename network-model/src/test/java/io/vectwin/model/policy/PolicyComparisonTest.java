package io.vectwin.model.policy;

import static io.vectwin.model.policy.Contexts.PHYSICAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.model.env.Observation;
import io.vectwin.model.env.StepResult;
import io.vectwin.model.env.VecEnvironment;
import org.junit.jupiter.api.Test;

/** Both baselines on the real environment (true channel with fading and shadowing, Sec. VI scenario). */
class PolicyComparisonTest {

    private static final long SEED = 2024;
    private static final int SLOTS = 50;

    /** Fraction of the subtasks requested over {@code SLOTS} slots that met ϱ. */
    static double deadlineHitFraction(OffloadingPolicy policy) {
        VecEnvironment env = new VecEnvironment(PHYSICAL, SEED);
        Observation obs = env.observation();
        int met = 0;
        int subtasks = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            StepResult r = env.step(EnvironmentBridge.jointAction(policy, obs));
            met += r.costs().deadlineMet();
            subtasks += r.costs().subtasks();
            assertThat(r.costs().decided()).as("every subtask decided").isEqualTo(r.costs().subtasks());
            obs = r.next();
        }
        assertThat(subtasks).isGreaterThan(500);
        return met / (double) subtasks;
    }

    @Test
    void greedyMeetsMoreDeadlinesThanRandomOnTheSameTrajectorySeed() {
        double greedy = deadlineHitFraction(Policies.create("greedy", PHYSICAL, SEED));
        double random = deadlineHitFraction(Policies.create("random", PHYSICAL, SEED));
        System.out.printf("deadline-hit fraction over %d slots, seed %d: greedy %.4f, random %.4f%n", SLOTS, SEED, greedy,
                random);
        assertThat(greedy).isGreaterThan(random);
    }
}

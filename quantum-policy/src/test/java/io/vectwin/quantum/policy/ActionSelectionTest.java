package io.vectwin.quantum.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ActionSelectionTest {

    private static final double[] P = {0.1, 0.4, 0.4, 0.1};

    @Test
    void greedyTakesTheFirstOfTiedMaxima() {
        assertThat(ActionSelection.greedy(P)).isEqualTo(1);
        assertThat(ActionSelection.greedy(P, new boolean[] {true, false, true, true})).isEqualTo(2);
        assertThat(ActionSelection.greedy(P, new boolean[] {true, false, false, true})).isZero();
        assertThatThrownBy(() -> ActionSelection.greedy(P, new boolean[4])).hasMessage("allowed excludes every action");
    }

    @Test
    void samplingFollowsTheDistributionAndTheSeed() {
        int n = 40_000;
        int[] counts = new int[4];
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < n; i++) {
            counts[ActionSelection.sample(P, rng)]++;
        }
        for (int a = 0; a < 4; a++) {
            double sd = Math.sqrt(n * P[a] * (1 - P[a]));
            assertThat((double) counts[a]).isCloseTo(n * P[a], within(5 * sd));
        }
        SplittableRandom r1 = new SplittableRandom(3);
        SplittableRandom r2 = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            assertThat(ActionSelection.sample(P, r1)).isEqualTo(ActionSelection.sample(P, r2));
        }
        assertThat(ActionSelection.sample(new double[] {0, 0, 1}, rng)).isEqualTo(2);
    }

    @Test
    void epsilonGreedyExploresUniformlyWithProbabilityEpsilon() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            assertThat(ActionSelection.epsilonGreedy(P, 0, rng)).isEqualTo(1);
        }
        int n = 40_000;
        int[] counts = new int[4];
        for (int i = 0; i < n; i++) {
            counts[ActionSelection.epsilonGreedy(P, 0.2, rng)]++;
        }
        // greedy 1 gets 0.8 + 0.2/4, the others 0.2/4 each
        double[] expected = {0.05, 0.85, 0.05, 0.05};
        for (int a = 0; a < 4; a++) {
            double sd = Math.sqrt(n * expected[a] * (1 - expected[a]));
            assertThat((double) counts[a]).as("action %d", a).isCloseTo(n * expected[a], within(5 * sd));
        }
    }

    @Test
    void badArgumentsAreNamed() {
        SplittableRandom rng = new SplittableRandom(1);
        assertThatThrownBy(() -> ActionSelection.epsilonGreedy(P, 1.5, rng)).hasMessage("epsilon must lie in [0, 1], got 1.5");
        assertThatThrownBy(() -> ActionSelection.sample(P, null)).hasMessage("rng is required");
        assertThatThrownBy(() -> ActionSelection.greedy(new double[0])).hasMessageContaining("at least one action");
        assertThatThrownBy(() -> ActionSelection.greedy(new double[] {0.5, Double.NaN}))
                .hasMessage("probabilities[1] must be a finite number >= 0, got NaN");
        assertThatThrownBy(() -> ActionSelection.greedy(P, new boolean[3])).hasMessage("allowed must have 4 entries, got 3");
    }
}

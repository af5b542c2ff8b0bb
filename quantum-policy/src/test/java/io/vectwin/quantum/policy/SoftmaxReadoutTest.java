package io.vectwin.quantum.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Eq. (88) as a linear read-out with temperature and softmax. */
class SoftmaxReadoutTest {

    private static final double[][] W = {{1, 0, 1, 0}, {0, 1, 0, 1}, {0.5, 0.5, 0, 0}};
    private static final double[] B = {0.1, -0.2, 0};
    private static final double[] P = {0.1, 0.2, 0.3, 0.4};

    @Test
    void softmaxOfTheScaledLinearReadoutMatchesNumpy() {
        // numpy: z = (W @ P + b) / 0.5; p = exp(z - z.max()); p /= p.sum()
        // -> [0.43190648, 0.35361511, 0.21447841]
        SoftmaxReadout r = new SoftmaxReadout(W, B, 0.5);
        double[] p = new double[3];
        r.actionProbabilities(P, p);
        assertThat(p).containsExactly(new double[] {0.43190648, 0.35361511, 0.21447841}, within(5e-9));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void logitsAreTheScaledLinearReadoutBeforeTheSoftmax() {
        // by hand: W @ P + b = [0.4 + 0.1, 0.6 - 0.2, 0.15], / 0.5 -> [1.0, 0.8, 0.3]
        SoftmaxReadout r = new SoftmaxReadout(W, B, 0.5);
        double[] z = new double[3];
        r.logits(P, z);
        assertThat(z).containsExactly(new double[] {1.0, 0.8, 0.3}, within(1e-12));
        assertThat(ActionSelection.argmax(z, null)).isZero();
        assertThat(ActionSelection.argmax(z, new boolean[] {false, true, true})).isEqualTo(1);
    }

    @Test
    void logitsOfMoreActionsThanOneBlockOfFourMatchNumpy() {
        // six actions: one block of four summed side by side, two after it one at a time
        // numpy: (W6 @ P + b6) / 0.5 -> [0.7, 0.3, 0.15, 0.75, 1.05, 1.0]
        double[][] w6 = {{0.5, -0.25, 1.0, 0.125}, {2.0, 0.0, -1.5, 0.75}, {-0.5, 0.25, 0.25, 0.5},
                {1.25, -1.0, 0.0, 0.375}, {0.0, 3.0, -0.25, 1.0}, {-2.0, 0.5, 0.5, -0.125}};
        double[] b6 = {0.0, 0.1, -0.2, 0.3, -0.4, 0.5};
        double[] z = new double[6];
        new SoftmaxReadout(w6, b6, 0.5).logits(P, z);
        assertThat(z).containsExactly(new double[] {0.7, 0.3, 0.15, 0.75, 1.05, 1.0}, within(1e-12));
    }

    @Test
    void logProbabilityObservableIsTheSoftmaxScoreAndMatchesFiniteDifferences() {
        // numpy: (W[1] - p @ W) / T -> [-1.07829136, 1.07829136, -0.86381295, 1.29276977]
        SoftmaxReadout r = new SoftmaxReadout(W, B, 0.5);
        double[] p = new double[3];
        r.actionProbabilities(P, p);
        double[] d = new double[4];
        r.logProbabilityObservable(p, 1, d);
        assertThat(d).containsExactly(new double[] {-1.07829136, 1.07829136, -0.86381295, 1.29276977}, within(5e-9));
        double h = 1e-6;
        for (int i = 0; i < 4; i++) {
            double[] up = P.clone();
            double[] down = P.clone();
            up[i] += h;
            down[i] -= h;
            double[] pu = new double[3];
            double[] pd = new double[3];
            r.actionProbabilities(up, pu);
            r.actionProbabilities(down, pd);
            assertThat((Math.log(pu[1]) - Math.log(pd[1])) / (2 * h)).isCloseTo(d[i], within(1e-8));
        }
    }

    @Test
    void outcomeGroupsFoldExtraOutcomesOntoTheFirstActions() {
        SoftmaxReadout r = SoftmaxReadout.outcomeGroups(56, 64);
        assertThat(r.actions()).isEqualTo(56);
        assertThat(r.outcomes()).isEqualTo(64);
        assertThat(r.weight(0, 0)).isEqualTo(1.0);
        assertThat(r.weight(0, 56)).isEqualTo(1.0); // 56 mod 56 = 0
        assertThat(r.weight(7, 63)).isEqualTo(1.0);
        assertThat(r.weight(8, 63)).isZero();
        assertThat(r.temperature()).isEqualTo(1.0);
        // greedy = the most probable group: all mass on outcome 60 → action 4
        double[] outcomes = new double[64];
        outcomes[60] = 1;
        double[] p = new double[56];
        r.actionProbabilities(outcomes, p);
        assertThat(ActionSelection.greedy(p)).isEqualTo(4);
    }

    @Test
    void actionsBeyondTheOutcomesAreNeverGreedyUnderTheDefault() {
        SoftmaxReadout r = SoftmaxReadout.outcomeGroups(6, 4);
        double[] outcomes = {0.25, 0.25, 0.25, 0.25};
        double[] p = new double[6];
        r.actionProbabilities(outcomes, p);
        assertThat(p[4]).isLessThan(p[0]);
        assertThat(ActionSelection.greedy(p)).isZero();
        assertThat(SoftmaxReadout.outcomeGroups(4, 4).weights()).isEqualTo(new double[][] {
            {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}});
    }

    @Test
    void temperatureSharpensWithoutChangingTheGreedyChoice() {
        SoftmaxReadout warm = new SoftmaxReadout(W, B, 1.0);
        SoftmaxReadout cold = warm.withTemperature(0.01);
        double[] pw = new double[3];
        double[] pc = new double[3];
        warm.actionProbabilities(P, pw);
        cold.actionProbabilities(P, pc);
        assertThat(ActionSelection.greedy(pw)).isEqualTo(ActionSelection.greedy(pc)).isZero();
        assertThat(pc[0]).isGreaterThan(pw[0]).isGreaterThan(0.99);
    }

    @Test
    void hugeLogitsDoNotOverflow() {
        SoftmaxReadout r = new SoftmaxReadout(new double[][] {{1e6, 0}, {0, 0}}, new double[2], 1e-300);
        double[] p = new double[2];
        r.actionProbabilities(new double[] {1, 0}, p);
        assertThat(p).containsExactly(1.0, 0.0);
    }

    @Test
    void malformedReadoutsAreNamed() {
        assertThatThrownBy(() -> new SoftmaxReadout(new double[][] {{1, 0}, {1}}, new double[2], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("readout.weights[1] must have 2 entries, got 1");
        assertThatThrownBy(() -> new SoftmaxReadout(new double[][] {{1, 0, 0}}, new double[1], 1))
                .hasMessageContaining("rows must have 2^N entries");
        assertThatThrownBy(() -> new SoftmaxReadout(W, new double[2], 1)).hasMessageContaining("readout.bias must have one entry per action (3), got 2");
        assertThatThrownBy(() -> new SoftmaxReadout(W, B, 0)).hasMessageContaining("readout.temperature must be a finite number > 0");
        assertThatThrownBy(() -> new SoftmaxReadout(new double[][] {{Double.NaN, 0}}, new double[1], 1))
                .hasMessageContaining("readout.weights[0][0] must be finite");
        SoftmaxReadout r = new SoftmaxReadout(W, B, 1);
        assertThatThrownBy(() -> r.logProbabilityObservable(new double[3], 3, new double[4]))
                .hasMessage("action must lie in [0, 3), got 3");
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[][] w = {{1, 0}};
        SoftmaxReadout r = new SoftmaxReadout(w, new double[1], 1);
        w[0][0] = 5;
        r.weights()[0][1] = 7;
        assertThat(r.weight(0, 0)).isEqualTo(1.0);
        assertThat(r.weight(0, 1)).isZero();
        assertThat(r).isEqualTo(new SoftmaxReadout(new double[][] {{1, 0}}, new double[1], 1));
    }
}

package io.vectwin.quantum.training;

import java.util.List;

/**
 * A minibatch drawn from a replay (Algorithm 2, line 13), column by column, with the one-step
 * temporal-difference target every off-policy learner regresses on.
 */
public record Minibatch(List<Transition> transitions, double[][] states, double[][] nextStates) {

    public static Minibatch of(List<Transition> transitions) {
        int n = transitions.size();
        double[][] states = new double[n][];
        double[][] next = new double[n][];
        for (int k = 0; k < n; k++) {
            states[k] = transitions.get(k).state();
            next[k] = transitions.get(k).nextState();
        }
        return new Minibatch(transitions, states, next);
    }

    public int size() {
        return transitions.size();
    }

    public Transition get(int k) {
        return transitions.get(k);
    }

    /** The actions taken, as vectors (continuous learners). */
    public double[][] actionVectors() {
        double[][] a = new double[size()][];
        for (int k = 0; k < a.length; k++) {
            a[k] = transitions.get(k).actionVector();
        }
        return a;
    }

    /** y = r + γ·next (no γ term where the episode ended), next being a target network's value of s'. */
    public double[] tdTargets(double[] nextValues, double gamma) {
        double[] y = new double[size()];
        for (int k = 0; k < y.length; k++) {
            Transition t = transitions.get(k);
            y[k] = t.reward() + (t.terminal() ? 0.0 : gamma * nextValues[k]);
        }
        return y;
    }

    /** Mean of (y − v)². */
    public static double meanSquaredError(double[] y, double[] v) {
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            sum += (y[k] - v[k]) * (y[k] - v[k]);
        }
        return sum / y.length;
    }
}

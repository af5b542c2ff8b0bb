package io.vectwin.quantum.policy;

import io.vectwin.quantum.circuit.AdjointDifferentiation;
import io.vectwin.quantum.circuit.ExpectationGradient;
import io.vectwin.quantum.circuit.VariationalCircuit;
import io.vectwin.quantum.simulator.StateVector;
import java.util.random.RandomGenerator;

/**
 * The quantum policy network Π_QPN of eq. (79)–(88) for one agent: encode the input (eq. 75–78),
 * run the circuit (eq. 80–84), measure (eq. 85) and map the outcome probabilities to p(a|ψ) with
 * the {@link SoftmaxReadout} (eq. 88); then select an action ({@link ActionSelection}).
 *
 * <p>The outcome probabilities are the exact P(i) of eq. (85), as a simulator can give them (a
 * device would estimate them from shots; {@link StateVector#sampleCounts} does that for tests).
 *
 * <p>Holds scratch buffers: not thread-safe, one instance per thread (a Flink operator's parallel
 * instance); calls after construction allocate only what they return.
 */
public final class QuantumPolicyNetwork {

    private final QpnParameters parameters;
    private final VariationalCircuit circuit;
    private final SoftmaxReadout readout;
    private final StateVector state;
    private final double[] outcomes;
    private final double[] actionProbabilities;
    private final double[] logits;
    private AdjointDifferentiation adjoint;

    /**
     * @param parameters the circuit and its read-out
     * @param actions    A; must equal the stored read-out's action count; when the parameters have
     *                   no read-out, the outcome-group read-out for A actions is used
     */
    public QuantumPolicyNetwork(QpnParameters parameters, int actions) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters is required");
        }
        if (actions < 1) {
            throw new IllegalArgumentException("actions must be >= 1, got " + actions);
        }
        if (parameters.hasReadout() && parameters.readout().actions() != actions) {
            throw new IllegalArgumentException("the read-out maps to " + parameters.readout().actions()
                    + " actions, but this policy has " + actions);
        }
        this.readout = parameters.readoutOrOutcomeGroups(actions);
        this.parameters = parameters.withReadout(readout);
        this.circuit = parameters.circuit();
        this.state = new StateVector(parameters.shape().qubits());
        this.outcomes = new double[parameters.shape().dimension()];
        this.actionProbabilities = new double[actions];
        this.logits = new double[actions];
    }

    /** The parameters, with the read-out in use (the default one if the input had none). */
    public QpnParameters parameters() {
        return parameters;
    }

    public VariationalCircuit circuit() {
        return circuit;
    }

    public SoftmaxReadout readout() {
        return readout;
    }

    /** A. */
    public int actions() {
        return actionProbabilities.length;
    }

    /** How many numbers an input holds ({@link VariationalCircuit#inputLength()}). */
    public int inputLength() {
        return circuit.inputLength();
    }

    /** P(i) of eq. (85) for this input, basis-index order (a new array). */
    public double[] outcomeProbabilities(double[] input) {
        evaluate(input);
        return outcomes.clone();
    }

    /** p(a|ψ) of eq. (88) for this input (a new array). */
    public double[] actionProbabilities(double[] input) {
        evaluate(input);
        return actionProbabilities.clone();
    }

    /** argmax_a p(a|ψ), ties to the lowest index: deterministic. */
    public int greedyAction(double[] input) {
        return greedyAction(input, null);
    }

    /**
     * argmax over the allowed actions (see {@link ActionSelection#argmax}), taken on the logits:
     * the softmax keeps their order, so the exponentials are not needed.
     */
    public int greedyAction(double[] input, boolean[] allowed) {
        circuit.probabilities(input, state, outcomes);
        readout.logits(outcomes, logits);
        return ActionSelection.argmax(logits, allowed);
    }

    /** a ~ p(·|ψ). */
    public int sampleAction(double[] input, RandomGenerator rng) {
        evaluate(input);
        return ActionSelection.sample(actionProbabilities, rng);
    }

    /** ε-greedy: uniform with probability ε, else greedy. */
    public int epsilonGreedyAction(double[] input, double epsilon, RandomGenerator rng) {
        evaluate(input);
        return ActionSelection.epsilonGreedy(actionProbabilities, epsilon, rng);
    }

    /**
     * log p(a|ψ) and its gradient with respect to θ (the score function of policy-gradient
     * training), by the adjoint method on the observable of
     * {@link SoftmaxReadout#logProbabilityObservable}.
     */
    public ExpectationGradient logProbabilityGradient(double[] input, int action) {
        evaluate(input);
        readout.requireAction(action);
        double logP = Math.log(actionProbabilities[action]);
        double[] observable = new double[outcomes.length];
        readout.logProbabilityObservable(actionProbabilities, action, observable);
        if (adjoint == null) {
            adjoint = new AdjointDifferentiation(circuit.shape().qubits());
        }
        ExpectationGradient g = adjoint.gradient(circuit, input, observable);
        return new ExpectationGradient(logP, g.gradient());
    }

    /**
     * Σ_k w_k·∇_θ log p(a_k|ψ) by one circuit evaluation and one adjoint pass — the gradient is linear
     * in the observable, so the observables of {@link SoftmaxReadout#logProbabilityObservable} are
     * weighted and summed first — written into {@code gradientOut} (length 3·L·N); the evaluation's
     * P(i) and p(a|ψ) into {@code outcomesOut} and {@code probabilitiesOut}.
     */
    public void weightedLogProbabilityGradient(double[] input, int[] actions, double[] weights, double[] gradientOut,
            double[] outcomesOut, double[] probabilitiesOut) {
        if (actions.length != weights.length) {
            throw new IllegalArgumentException(actions.length + " actions but " + weights.length + " weights");
        }
        evaluate(input);
        double[] observable = new double[outcomes.length];
        double[] one = new double[outcomes.length];
        for (int k = 0; k < actions.length; k++) {
            readout.requireAction(actions[k]);
            readout.logProbabilityObservable(actionProbabilities, actions[k], one);
            for (int i = 0; i < one.length; i++) {
                observable[i] += weights[k] * one[i];
            }
        }
        System.arraycopy(outcomes, 0, outcomesOut, 0, outcomes.length);
        System.arraycopy(actionProbabilities, 0, probabilitiesOut, 0, actionProbabilities.length);
        if (adjoint == null) {
            adjoint = new AdjointDifferentiation(circuit.shape().qubits());
        }
        adjoint.gradient(circuit, input, observable, gradientOut);
    }

    private void evaluate(double[] input) {
        circuit.probabilities(input, state, outcomes);
        readout.actionProbabilities(outcomes, actionProbabilities);
    }
}

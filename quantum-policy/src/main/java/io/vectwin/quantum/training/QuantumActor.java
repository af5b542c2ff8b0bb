package io.vectwin.quantum.training;

import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QuantumPolicyNetwork;
import io.vectwin.quantum.policy.SoftmaxReadout;
import java.util.random.RandomGenerator;

/**
 * The trainable quantum policy Π_θx of one agent type (Algorithm 2, line 1): the quantum policy
 * network of Sec. V-C — circuit U(θ) (eq. 80–84), measurement (eq. 85), softmax read-out (eq. 88) —
 * with every trainable number in one flat vector, updated by {@link AdamOptimizer}.
 *
 * <h2>Flat parameter layout</h2>
 * θ (3·L·N circuit angles), then the read-out weights W row by row (A rows of 2^N), then its bias b
 * (A). The read-out temperature T stays fixed: it scales the logits exactly as W does, so training
 * it too would only make the gradient ill-conditioned.
 *
 * <h2>Score function ∇ log p(a|ψ)</h2>
 * θ-part by the adjoint method ({@link QuantumPolicyNetwork#logProbabilityGradient}); read-out part
 * in closed form from eq. (88): with z_b = (Σ_i W[b][i]·P(i) + b_b)/T,
 * ∂ log p(a)/∂W[b][i] = (δ_ab − p(b))·P(i)/T and ∂ log p(a)/∂b_b = (δ_ab − p(b))/T.
 *
 * <p>Not thread-safe (the network holds scratch buffers).
 */
public final class QuantumActor {

    private QpnParameters parameters;
    private QuantumPolicyNetwork network;
    private final int actions;
    private final int angles;
    private final int outcomes;
    private final AdamOptimizer adam;

    public QuantumActor(QpnParameters initial, int actions, double learningRate) {
        if (initial == null) {
            throw new IllegalArgumentException("initial parameters are required");
        }
        this.network = new QuantumPolicyNetwork(initial, actions);
        this.parameters = network.parameters();
        this.actions = actions;
        this.angles = parameters.shape().parameterCount();
        this.outcomes = parameters.shape().dimension();
        this.adam = new AdamOptimizer(parameterCount(), learningRate);
    }

    /** Number of trainable numbers: θ, W and b. */
    public int parameterCount() {
        return angles + actions * outcomes + actions;
    }

    /** A. */
    public int actions() {
        return actions;
    }

    /** How many numbers the circuit's input holds. */
    public int inputLength() {
        return network.inputLength();
    }

    /** The current parameters, read-out included (what a policy file saves). */
    public QpnParameters parameters() {
        return parameters;
    }

    public AdamOptimizer optimiser() {
        return adam;
    }

    /** p(·|ψ) of eq. (88) for this input. */
    public double[] probabilities(double[] input) {
        return network.actionProbabilities(input);
    }

    /**
     * ε-greedy selection among the allowed actions (Sec. VI: "an epsilon-greedy exploration
     * strategy"): with probability ε a uniformly drawn allowed action, otherwise one drawn from the
     * policy's own p(a|ψ) renormalised over the allowed actions; at ε = 0 the most probable allowed
     * action (ties to the lowest index), as deployment decides. The policy's part is a draw, not its
     * argmax: a policy-gradient actor is a distribution, and the argmax of a barely trained, nearly
     * uniform one sends every state to the same action (docs/TRAINING.md has the measured difference).
     * The result carries the behaviour probability μ(a) = ε/|allowed| + (1 − ε)·p(a)/Σ_allowed p, which
     * the off-policy update needs (1 at ε = 0).
     *
     * @param allowed null for every action
     */
    public Choice choose(double[] input, boolean[] allowed, double epsilon, RandomGenerator rng) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must lie in [0, 1], got " + epsilon);
        }
        double[] p = network.actionProbabilities(input);
        double mass = 0;
        int count = 0;
        int greedy = -1;
        for (int a = 0; a < actions; a++) {
            if (allowed == null || allowed[a]) {
                count++;
                mass += p[a];
                if (greedy < 0 || p[a] > p[greedy]) {
                    greedy = a;
                }
            }
        }
        if (epsilon == 0) {
            return new Choice(greedy, greedy, 1.0);
        }
        int action = -1;
        if (rng.nextDouble() < epsilon) {
            int pick = rng.nextInt(count);
            for (int a = 0; a < actions; a++) {
                if ((allowed == null || allowed[a]) && pick-- == 0) {
                    action = a;
                    break;
                }
            }
        } else {
            double u = rng.nextDouble() * mass;
            for (int a = 0; a < actions; a++) {
                if (allowed == null || allowed[a]) {
                    action = a;
                    u -= p[a];
                    if (u < 0) {
                        break;
                    }
                }
            }
        }
        double behaviour = epsilon / count + (1.0 - epsilon) * p[action] / mass;
        return new Choice(action, greedy, behaviour);
    }

    /** The flat score function ∇ log p(a|ψ) (layout in the class comment). */
    public double[] logProbabilityGradient(double[] input, int action) {
        return weightedScore(input, new int[] {action}, new double[] {1.0}).gradient();
    }

    /**
     * Σ_k w_k·∇ log p(a_k|ψ) in the flat layout, with the p(·|ψ) it was taken at, from one circuit
     * evaluation and one adjoint pass. The read-out part: Σ_k w_k·(δ_{b,a_k} − p(b))·P(i)/T for W[b][i],
     * the same without P(i) for b_b.
     */
    public Score weightedScore(double[] input, int[] actions, double[] weights) {
        double[] outcomeProbabilities = new double[outcomes];
        double[] p = new double[this.actions];
        double[] g = new double[parameterCount()];
        double[] circuitGradient = new double[angles];
        network.weightedLogProbabilityGradient(input, actions, weights, circuitGradient, outcomeProbabilities, p);
        System.arraycopy(circuitGradient, 0, g, 0, angles);
        double inverseT = 1.0 / network.readout().temperature();
        double weightSum = 0;
        for (double w : weights) {
            weightSum += w;
        }
        int w = angles;
        int bias = angles + this.actions * outcomes;
        for (int b = 0; b < this.actions; b++) {
            double own = 0;
            for (int k = 0; k < actions.length; k++) {
                own += actions[k] == b ? weights[k] : 0.0;
            }
            double coefficient = (own - weightSum * p[b]) * inverseT;
            if (coefficient != 0.0) {
                for (int i = 0; i < outcomes; i++) {
                    g[w + b * outcomes + i] = coefficient * outcomeProbabilities[i];
                }
            }
            g[bias + b] = coefficient;
        }
        return new Score(g, p);
    }

    /** A weighted score function and the action probabilities it was taken at. */
    public record Score(double[] gradient, double[] probabilities) {
    }

    /** Gradient ascent on the policy objective with the flat gradient {@code g} (Algorithm 2, line 15). */
    public void ascend(double[] g) {
        double[] flat = flatParameters();
        adam.ascend(flat, g);
        setFlatParameters(flat);
    }

    /** θ, W, b in the flat layout. */
    public double[] flatParameters() {
        double[] flat = new double[parameterCount()];
        System.arraycopy(parameters.theta(), 0, flat, 0, angles);
        SoftmaxReadout readout = network.readout();
        double[][] weights = readout.weights();
        for (int a = 0; a < actions; a++) {
            System.arraycopy(weights[a], 0, flat, angles + a * outcomes, outcomes);
        }
        System.arraycopy(readout.bias(), 0, flat, angles + actions * outcomes, actions);
        return flat;
    }

    /** Replaces the parameters (a checkpoint's); the read-out must map to this actor's actions. */
    public void setParameters(QpnParameters p) {
        this.network = new QuantumPolicyNetwork(p, actions);
        this.parameters = network.parameters();
    }

    /** Replaces θ, W, b from the flat layout. */
    public void setFlatParameters(double[] flat) {
        if (flat.length != parameterCount()) {
            throw new IllegalArgumentException("expected " + parameterCount() + " parameters, got " + flat.length);
        }
        double[] theta = java.util.Arrays.copyOfRange(flat, 0, angles);
        double[][] weights = new double[actions][];
        for (int a = 0; a < actions; a++) {
            weights[a] = java.util.Arrays.copyOfRange(flat, angles + a * outcomes, angles + (a + 1) * outcomes);
        }
        double[] bias = java.util.Arrays.copyOfRange(flat, angles + actions * outcomes, parameterCount());
        SoftmaxReadout readout = new SoftmaxReadout(weights, bias, network.readout().temperature());
        QpnParameters next = parameters.withTheta(theta).withReadout(readout);
        this.network = new QuantumPolicyNetwork(next, actions);
        this.parameters = network.parameters();
    }

    /**
     * One ε-greedy choice.
     *
     * @param action    the action taken
     * @param greedy    the most probable allowed action
     * @param behaviour μ(action), its probability under the ε-greedy behaviour policy
     */
    public record Choice(int action, int greedy, double behaviour) {
    }
}

package io.vectwin.benchmarks;

import io.vectwin.model.mdp.VehicleActionSpace;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.quantum.circuit.AdjointDifferentiation;
import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.circuit.VariationalCircuit;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QuantumPolicyNetwork;
import io.vectwin.quantum.simulator.StateVector;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The quantum policy network's circuit at Sec. VI's size, 6 qubits × 4 layers (72 angles, 64
 * amplitudes), amplitude encoding. Target (DESIGN.md, "Performance targets"): ≥ 500 000 circuit
 * evaluations/s on one core, for {@link #forward}.
 *
 * <p>Inputs cycle through a precomputed ring of {@value #RING} seeded random feature vectors (64
 * numbers in [−1, 1]) so that each call encodes a different state; θ and the observable are
 * seeded random too. The policy's buffers are reused, as in a Flink operator: no allocation per
 * operation except {@link #policyActionProbabilities}'s result array.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class QuantumCircuitBenchmark {

    /** One line per benchmark method, for the results table. */
    public static final Map<String, String> DESCRIPTIONS = Map.of(
            "forward", "amplitude encoding (eq. 76) + ansatz (eq. 80–84) + the 64 probabilities of eq. (85)",
            "forwardAndGradient", "forward + adjoint-method gradient of a diagonal observable ⟨O⟩ w.r.t. all 72 angles",
            "policyActionProbabilities", "forward + softmax read-out to p(a|ψ) over the 168 vehicle actions (eq. 88)",
            "policyGreedyAction", "forward + read-out logits + argmax over the 168 vehicle actions: one deployed vehicle decision");

    static final long SEED = 20_240_705L;
    static final int RING = 1 << 10;
    private static final int MASK = RING - 1;
    /** (B + U = 14 first hops) × 4 power levels × 3 segment sizes: the vehicle action space of Sec. VI's scenario. */
    private static final int ACTIONS = VehicleActionSpace.forParameters(NetworkParameters.physical()).size();

    private VariationalCircuit circuit;
    private StateVector state;
    private double[] probabilities;
    private double[][] inputs;
    private AdjointDifferentiation adjoint;
    private double[] observable;
    private double[] gradient;
    private QuantumPolicyNetwork policy;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(SEED);
        CircuitShape shape = CircuitShape.paper();
        QpnParameters parameters = QpnParameters.initial(shape, Encoding.AMPLITUDE, false, ACTIONS, rng);
        circuit = parameters.circuit();
        policy = new QuantumPolicyNetwork(parameters, ACTIONS);
        state = new StateVector(shape.qubits());
        probabilities = new double[shape.dimension()];
        inputs = new double[RING][shape.dimension()];
        for (double[] input : inputs) {
            for (int i = 0; i < input.length; i++) {
                input[i] = rng.nextDouble(-1, 1);
            }
        }
        adjoint = new AdjointDifferentiation(shape.qubits());
        observable = new double[shape.dimension()];
        for (int i = 0; i < observable.length; i++) {
            observable[i] = rng.nextDouble(-1, 1);
        }
        gradient = new double[shape.parameterCount()];
        next = 0;
    }

    private double[] nextInput() {
        next = (next + 1) & MASK;
        return inputs[next];
    }

    @Benchmark
    public double forward() {
        circuit.probabilities(nextInput(), state, probabilities);
        return probabilities[next & (probabilities.length - 1)];
    }

    @Benchmark
    public double forwardAndGradient() {
        double value = adjoint.gradient(circuit, nextInput(), observable, gradient);
        return value + gradient[next % gradient.length];
    }

    @Benchmark
    public double[] policyActionProbabilities() {
        return policy.actionProbabilities(nextInput());
    }

    @Benchmark
    public int policyGreedyAction() {
        return policy.greedyAction(nextInput());
    }
}
